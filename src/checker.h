/* checker.h — what the per-claim checks (check.c) hand to the cross-claim
 * checks (crosscheck.c). */
#ifndef CC_CHECK_H
#define CC_CHECK_H

#include "claimcheck.h"

enum { CC_F_BEFORE, CC_F_AFTER, CC_F_CHANGE, CC_F_VALUE, CC_F_COUNT };

extern const char *const cc_figure_cols[CC_F_COUNT];

typedef struct {
    const cc_claim *rec;
    const char *id;
    cc_figure fig[CC_F_COUNT];
    bool have[CC_F_COUNT];   /* the column held a figure that was read */
} cc_checked;

typedef struct {
    const cc_ledger *ledger;
    const cc_config *cfg;
    cc_findings *out;
    cc_checked *claims;
    size_t n;
} cc_checkctx;

/* Appends a finding located at claim k (or the file when k is NULL), column col. */
cc_finding *cc_check_report(cc_checkctx *ctx, const cc_checked *k, const char *rule, const char *col,
                            const char *derivation, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* The figure that states where a claim ends up: `after`, else `value`, or NULL. */
const cc_figure *cc_checked_current(const cc_checked *k);
/* A figure's interval in a common base: seconds for time, as is otherwise. */
cc_interval cc_figure_base(const cc_figure *f);
/* Whether two dimensions can be compared (count and none go together). */
bool cc_dims_compatible(cc_dimension a, cc_dimension b);

void cc_crosscheck(cc_checkctx *ctx);

#endif
