/* test_interval.c — interval arithmetic, table-driven. */
#include "unit.h"

#include <math.h>

#define INF INFINITY

static const struct {
    cc_interval a, b;
    const char *quot; /* a / b to 6 digits, rounded outwards, or NULL when undefined */
} div_cases[] = {
    {{89.5, 90.5, false, false}, {29.5, 30.5, false, false}, "[2.93442, 3.0678]"},
    {{0, 5, false, false}, {29.5, 30.5, false, false}, "[0, 0.169492]"},
    {{0, 5, false, true}, {30, 30, false, false}, "[0, 0.166667)"},
    {{6000, 7000, true, true}, {1000, 2000, true, true}, "(3, 7)"},
    {{15, INF, false, true}, {2, 2, false, false}, "[7.5, ∞)"},
    {{1, 1, false, false}, {0, 5, false, false}, NULL},
    {{1, 1, false, false}, {0, 5, true, false}, "[0.2, ∞)"},
    {{-6, -3, false, false}, {-2, -1, false, false}, "[1.5, 6]"},
    {{1, 2, false, false}, {-2, -1, false, false}, "[-2, -0.5]"},
};

START_TEST(test_div)
{
    bool ok;
    cc_interval r = cc_iv_div(div_cases[_i].a, div_cases[_i].b, &ok);
    if (!div_cases[_i].quot) {
        ck_assert(!ok);
        return;
    }
    ck_assert(ok);
    cc_buf b = CC_BUF_INIT;
    cc_iv_format_sig(&b, r, 6);
    ck_assert_str_eq(b.data, div_cases[_i].quot);
    cc_buf_free(&b);
}
END_TEST

static const struct {
    cc_interval a, b;
    bool overlaps;
} overlap_cases[] = {
    {{1, 2, false, false}, {2, 3, false, false}, true},
    {{1, 2, false, true}, {2, 3, false, false}, false},
    {{1, 2, false, false}, {2, 3, true, false}, false},
    {{6000, 7000, true, true}, {5999.5, 6000.5, false, false}, true},
    {{4050, 4950, false, false}, {6000, INF, true, true}, false},
    {{2.5, 3.5, false, false}, {2.93, 3.07, false, false}, true},
    {{3, 3, false, false}, {3, 3, false, false}, true},
    {{3, 3, true, false}, {0, 10, false, false}, false},
};

START_TEST(test_overlap)
{
    ck_assert_int_eq(cc_iv_overlaps(overlap_cases[_i].a, overlap_cases[_i].b), overlap_cases[_i].overlaps);
    ck_assert_int_eq(cc_iv_overlaps(overlap_cases[_i].b, overlap_cases[_i].a), overlap_cases[_i].overlaps);
}
END_TEST

START_TEST(test_contains_and_format)
{
    cc_interval a = cc_iv(0, INF, false, false);
    ck_assert(a.hi_open);
    ck_assert(cc_iv_contains(a, 1e300));
    ck_assert(!cc_iv_contains(a, -1));
    cc_buf b = CC_BUF_INIT;
    cc_iv_format(&b, cc_iv(-INF, 5, false, false));
    ck_assert_str_eq(b.data, "(-∞, 5]");
    cc_buf_free(&b);
    ck_assert_num_eq(cc_iv_mid(cc_iv(2.5, 3.5, false, false)), 3.0);
}
END_TEST

/* cc_num_format: the fewest digits (up to 15) that read back as the
 * number, in plain decimals between 1e-6 and 1e15. */
static const struct {
    double x;
    const char *text;
} num_cases[] = {
    {0, "0"},
    {30, "30"},
    {-2.5, "-2.5"},
    {2.78, "2.78"},
    {123456.789, "123456.789"},
    {1e-6, "0.000001"},
    {1.0 / 3, "0.333333333333333"},
    {2.0 / 3, "0.666666666666667"},
    {100.0 / 3, "33.3333333333333"},
    {1 / 3.5, "0.285714285714286"},
    {1.0 / 7, "0.142857142857143"},
    {0.04, "0.04"},
    {1.0 / 25, "0.04"},
    {1e20, "1e+20"},
    {3.05 * (31 * 86400.0), "8169120"}, /* 8169119.9999999991: its 15 digits end in zeros */
    {INF, "\xE2\x88\x9E"},
};

START_TEST(test_num_format)
{
    char out[CC_NUM_CHARS];
    size_t n = cc_num_format(num_cases[_i].x, out);
    ck_assert_str_eq(out, num_cases[_i].text);
    ck_assert_uint_eq(n, strlen(num_cases[_i].text));
}
END_TEST

/* For reading: a number as written stays whole (up to twelve significant
 * digits), a quotient that does not end is cut to six, its bounds
 * outwards, one exact value to the nearest. */
static const struct {
    double lo, hi;
    bool lo_open, hi_open;
    const char *text;
} readable_cases[] = {
    {2.5, 3.5, false, false, "[2.5, 3.5]"},
    {1234566.5, 1234567.5, false, false, "[1234566.5, 1234567.5]"},
    {1234567.885, 1234567.895, false, false, "[1234567.885, 1234567.895]"},
    {30, 110.0 / 3, false, false, "[30, 36.6667]"},
    {1 / 5.5, 1 / 4.5, false, false, "[0.181818, 0.222223]"},
    {1 / 25.5, 1 / 24.5, true, true, "(0.0392156, 0.0408164)"},
    {100.0 / 3, 100.0 / 3, false, false, "[33.3333, 33.3333]"},
    {2.0 / 3, 2.0 / 3, false, false, "[0.666667, 0.666667]"},
    {-INF, 1.0 / 3, true, false, "(-\xE2\x88\x9E, 0.333334]"},
    {0, INF, false, true, "[0, \xE2\x88\x9E)"},
};

START_TEST(test_readable)
{
    cc_buf b = CC_BUF_INIT;
    cc_iv_format_readable(&b, cc_iv(readable_cases[_i].lo, readable_cases[_i].hi, readable_cases[_i].lo_open,
                                    readable_cases[_i].hi_open));
    ck_assert_str_eq(b.data, readable_cases[_i].text);
    cc_buf_clear(&b);
    cc_buf_num_readable(&b, readable_cases[_i].lo);
    char whole[CC_NUM_CHARS];
    cc_num_format(readable_cases[_i].lo, whole);
    /* the value alone: whole when short, else six digits to the nearest */
    if (strlen(whole) <= 13)
        ck_assert_str_eq(b.data, whole);
    else
        ck_assert_uint_le(b.len, 9);
    cc_buf_free(&b);
}
END_TEST

Suite *interval_suite(void)
{
    Suite *s = suite_create("interval");
    TCase *tc = tcase_create("arithmetic");
    tcase_add_loop_test(tc, test_div, 0, sizeof div_cases / sizeof div_cases[0]);
    tcase_add_loop_test(tc, test_overlap, 0, sizeof overlap_cases / sizeof overlap_cases[0]);
    tcase_add_test(tc, test_contains_and_format);
    tcase_add_loop_test(tc, test_num_format, 0, sizeof num_cases / sizeof num_cases[0]);
    tcase_add_loop_test(tc, test_readable, 0, sizeof readable_cases / sizeof readable_cases[0]);
    suite_add_tcase(s, tc);
    return s;
}
