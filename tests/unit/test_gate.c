/* test_gate.c — field positions, fingerprints and repository paths. */
#include "gate.h"
#include "unit.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct {
    const char *csv;
    size_t line, col;       /* the record's line, the field's 1-based index */
    bool found;
    size_t want_line, want_col;
} positions[] = {
    {"a,b,c\n1,22,333\n", 2, 3, true, 2, 6},
    {"a,b,c\n1,22,333\n", 2, 1, true, 2, 1},
    {"\xEF\xBB\xBF" "a,b\nx,y\n", 1, 2, true, 1, 3},          /* the BOM is no column */
    {"a,b,c\n\"x\ny\",\"p,q\",z\n", 2, 2, true, 3, 4},       /* after a field with a newline */
    {"a,b,c\n\"x\r\ny\",\"p\",z\n", 2, 3, true, 3, 8},
    {"a,b\n\xE6\x80\xA7\xE8\x83\xBD,v\n", 2, 2, true, 2, 4},  /* code points, not bytes */
    {"a,b,c\n1,2\n", 2, 3, false, 0, 0},                      /* a short record */
    {"a,b\n1,2\n", 7, 1, false, 0, 0},                        /* no such line */
};

START_TEST(test_position)
{
    const char *s = positions[_i].csv;
    size_t l = 0, c = 0;
    bool found = cc_field_position(s, strlen(s), positions[_i].line, positions[_i].col, &l, &c);
    ck_assert_int_eq(found, positions[_i].found);
    if (found) {
        ck_assert_uint_eq(l, positions[_i].want_line);
        ck_assert_uint_eq(c, positions[_i].want_col);
    }
}
END_TEST

/* The fingerprints of the first ledger's findings, by rule and claim. */
static void S_prints(const char *csv, char (*out)[CC_FP_LEN], size_t *n)
{
    cc_ledger lg;
    cc_findings fs = {NULL, 0, 0};
    cc_ledger_parse("t.csv", csv, strlen(csv), &lg, &fs);
    cc_config cfg;
    cc_config_defaults(&cfg);
    cc_coverage cov = {0};
    cc_check_ledger(&lg, &cfg, &fs, &cov);
    cc_findings_sort(&fs);
    char (*fps)[CC_FP_LEN] = cc_xmalloc((fs.n ? fs.n : 1) * sizeof *fps);
    cc_fingerprints(&lg, 1, &fs, fps);
    *n = 0;
    for (size_t i = 0; i < fs.n; i++)
        if (fs.v[i].claim && strcmp(fs.v[i].claim, "x-2") == 0)
            memcpy(out[(*n)++], fps[i], CC_FP_LEN);
    free(fps);
    cc_findings_free(&fs);
    cc_ledger_free(&lg);
    cc_config_free(&cfg);
}

#define S_HEAD "id,quote,value,source,notes\n"
#define S_ROW1 "x-1,It has 10 operators.,10 operators,,\n"
#define S_ROW2 "x-2,It has 20 operators.,20 operators,,first\n"

START_TEST(test_fingerprint_stable)
{
    char a[8][CC_FP_LEN], b[8][CC_FP_LEN], c[8][CC_FP_LEN], d[8][CC_FP_LEN];
    size_t na, nb, nc, nd;
    S_prints(S_HEAD S_ROW1 S_ROW2, a, &na);
    /* another claim above it, a note changed, the columns reordered */
    S_prints(S_HEAD S_ROW1 "x-0,It has 5 operators.,5 operators,,\n" S_ROW2, b, &nb);
    S_prints(S_HEAD S_ROW1 "x-2,It has 20 operators.,20 operators,,a note\n", c, &nc);
    S_prints("notes,source,value,quote,id\n,,20 operators,It has 20 operators.,x-2\n", d, &nd);
    ck_assert_uint_gt(na, 0);
    ck_assert_uint_eq(nb, na);
    ck_assert_uint_eq(nc, na);
    ck_assert_uint_eq(nd, na);
    for (size_t i = 0; i < na; i++) {
        ck_assert_uint_eq(strlen(a[i]), 16);
        ck_assert_str_eq(a[i], b[i]);
        ck_assert_str_eq(a[i], c[i]);
        ck_assert_str_eq(a[i], d[i]);
    }
    /* what the claim says changed: a new fingerprint */
    S_prints(S_HEAD "x-2,It has 21 operators.,21 operators,,\n", b, &nb);
    ck_assert_uint_eq(nb, na);
    ck_assert_str_ne(a[0], b[0]);
}
END_TEST

START_TEST(test_fingerprint_repeats)
{
    /* two identical records: the same key, told apart by the occurrence */
    char a[8][CC_FP_LEN];
    size_t n;
    S_prints(S_HEAD S_ROW2 S_ROW2, a, &n);
    ck_assert_uint_ge(n, 2);
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            ck_assert_str_ne(a[i], a[j]);
}
END_TEST

START_TEST(test_repo_path)
{
    char dir[] = "/tmp/cc-gate-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *git = cc_xasprintf("%s/.git", dir), *sub = cc_xasprintf("%s/claims", dir);
    ck_assert_int_eq(mkdir(git, 0700), 0);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    char *file = cc_xasprintf("%s/claims/x.csv", dir);
    bool in_repo = false;
    char *rel = cc_repo_path(file, &in_repo);
    ck_assert(in_repo);
    ck_assert_str_eq(rel, "claims/x.csv");
    free(rel);
    rmdir(git);
    rel = cc_repo_path(file, &in_repo);
    ck_assert(!in_repo);
    ck_assert_str_eq(rel, file);
    free(rel);
    rmdir(sub);
    rmdir(dir);
    free(git);
    free(sub);
    free(file);
}
END_TEST

Suite *gate_suite(void)
{
    Suite *s = suite_create("gate");
    TCase *tc = tcase_create("gate");
    tcase_add_loop_test(tc, test_position, 0, sizeof positions / sizeof positions[0]);
    tcase_add_test(tc, test_fingerprint_stable);
    tcase_add_test(tc, test_fingerprint_repeats);
    tcase_add_test(tc, test_repo_path);
    suite_add_tcase(s, tc);
    return s;
}
