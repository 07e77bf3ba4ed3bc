/* unit.h — shared by the Check suites.  Each suite file defines
 * `Suite *NAME_suite(void)` at the start of a line; the Makefile collects
 * them into the one runner (tests/unit/main.c). */
#ifndef CC_UNIT_H
#define CC_UNIT_H

#include <check.h>
#include <math.h>
#include <string.h>

#include "claimcheck.h"

/* Doubles equal to 1e-9 relative (or absolute near zero), infinities exactly. */
#define ck_assert_num_eq(a, b)                                                                     \
    do {                                                                                           \
        double ck_a_ = (a), ck_b_ = (b);                                                           \
        int ck_ok_ = (isinf(ck_a_) || isinf(ck_b_)) ? ck_a_ == ck_b_                               \
                                                    : fabs(ck_a_ - ck_b_) <=                       \
                                                          1e-9 * fmax(1.0, fmax(fabs(ck_a_), fabs(ck_b_))); \
        ck_assert_msg(ck_ok_, "%s == %.17g, expected %.17g", #a, ck_a_, ck_b_);                    \
    } while (0)

#endif
