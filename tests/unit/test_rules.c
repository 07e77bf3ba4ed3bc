/* test_rules.c — the rule catalogue (src/rules.c) against DESIGN 3. */
#include "unit.h"

#include <ctype.h>

/* Every rule DESIGN 3 names, plus those of the other commands, with the
 * default severity the design gives it. */
static const struct {
    const char *id;
    cc_severity sev;
} expected[] = {
    {"ratio-mismatch", CC_SEV_ERROR},
    {"direction-mismatch", CC_SEV_ERROR},
    {"unit-mismatch", CC_SEV_ERROR},
    {"figure-not-in-quote", CC_SEV_ERROR},
    {"figure-conflict", CC_SEV_ERROR},
    {"part-exceeds-whole", CC_SEV_ERROR},
    {"shares-over-100", CC_SEV_ERROR},
    {"csv-syntax", CC_SEV_ERROR},
    {"missing-column", CC_SEV_ERROR},
    {"duplicate-id", CC_SEV_ERROR},
    {"bad-figure", CC_SEV_ERROR},
    {"bad-reference", CC_SEV_ERROR},
    {"bad-date", CC_SEV_ERROR},
    {"invalid-utf8", CC_SEV_ERROR},
    {"empty-claim", CC_SEV_ERROR},
    {"ambiguous-multiplier", CC_SEV_WARNING},
    {"percent-or-points", CC_SEV_WARNING},
    {"up-to", CC_SEV_WARNING},
    {"vague-comparator", CC_SEV_WARNING},
    {"no-comparator", CC_SEV_WARNING},
    {"missing-conditions", CC_SEV_WARNING},
    {"unsourced", CC_SEV_WARNING},
    {"reading-resolved", CC_SEV_INFO},
    {"open-bound", CC_SEV_INFO},
    {"imprecise", CC_SEV_INFO},
    {"edge-of-rounding", CC_SEV_INFO},
    {"no-primary-source", CC_SEV_INFO},
    {"self-reported", CC_SEV_INFO},
    {"undated", CC_SEV_INFO},
    {"suppression-without-reason", CC_SEV_WARNING},
    {"bad-sidecar", CC_SEV_ERROR},
    {"bad-value", CC_SEV_ERROR},
    {"quote-not-found", CC_SEV_ERROR},
    {"unregistered-figure", CC_SEV_WARNING},
    {"stale-baseline", CC_SEV_WARNING},
    {"limit-exceeded", CC_SEV_ERROR},
};
#define N_EXPECTED (sizeof expected / sizeof expected[0])

/* [a-z0-9]+(-[a-z0-9]+)* */
static int is_kebab(const char *s)
{
    if (!*s)
        return 0;
    char prev = '-';
    for (; *s; s++) {
        if (*s == '-') {
            if (prev == '-')
                return 0;
        } else if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s))) {
            return 0;
        }
        prev = *s;
    }
    return prev != '-';
}

START_TEST(test_ids_kebab_and_unique)
{
    size_t n = 0;
    const cc_rule *r = cc_rules(&n);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_ge(n, N_EXPECTED);
    for (size_t i = 0; i < n; i++) {
        ck_assert_ptr_nonnull(r[i].id);
        ck_assert_msg(is_kebab(r[i].id), "id '%s' is not kebab-case", r[i].id);
        for (size_t j = i + 1; j < n; j++)
            ck_assert_msg(strcmp(r[i].id, r[j].id) != 0, "id '%s' appears twice", r[i].id);
    }
    ck_assert(is_kebab("shares-over-100"));
    ck_assert(!is_kebab("Up-To") && !is_kebab("up--to") && !is_kebab("-up") && !is_kebab("up_to"));
}
END_TEST

START_TEST(test_text_fields)
{
    size_t n = 0;
    const cc_rule *r = cc_rules(&n);
    for (size_t i = 0; i < n; i++) {
        const char *f[] = {r[i].summary, r[i].why, r[i].fires, r[i].passes};
        const char *name[] = {"summary", "why", "fires", "passes"};
        for (size_t k = 0; k < 4; k++) {
            ck_assert_msg(f[k] && f[k][0], "%s: empty %s", r[i].id, name[k]);
            ck_assert_msg(!strchr(f[k], '\n'), "%s: %s has a newline", r[i].id, name[k]);
        }
        ck_assert_msg(strncmp(r[i].summary, "Fires when ", 11) == 0 ||
                          strncmp(r[i].summary, "Fires, in audit, when ", 22) == 0,
                      "%s: summary does not start 'Fires when'", r[i].id);
        ck_assert_msg(strcmp(r[i].fires, r[i].passes) != 0, "%s: fires == passes", r[i].id);
        ck_assert_msg(r[i].severity == CC_SEV_INFO || r[i].severity == CC_SEV_WARNING ||
                          r[i].severity == CC_SEV_ERROR,
                      "%s: default severity %d", r[i].id, (int)r[i].severity);
    }
}
END_TEST

START_TEST(test_find)
{
    size_t n = 0;
    const cc_rule *r = cc_rules(&n);
    for (size_t i = 0; i < n; i++)
        ck_assert_ptr_eq(cc_rule_find(r[i].id), &r[i]);
    ck_assert_ptr_null(cc_rule_find("no-such-rule"));
    ck_assert_ptr_null(cc_rule_find("Ratio-Mismatch"));
    ck_assert_ptr_null(cc_rule_find("ratio-mismatch "));
    ck_assert_ptr_null(cc_rule_find(""));
    ck_assert_ptr_null(cc_rule_find(NULL));
    /* cc_rules accepts a NULL count. */
    ck_assert_ptr_eq(cc_rules(NULL), r);
}
END_TEST

START_TEST(test_design_severity)
{
    const cc_rule *r = cc_rule_find(expected[_i].id);
    ck_assert_msg(r != NULL, "rule '%s' missing from the catalogue", expected[_i].id);
    ck_assert_msg(r->severity == expected[_i].sev, "%s: severity %d, DESIGN says %d", r->id,
                  (int)r->severity, (int)expected[_i].sev);
}
END_TEST

Suite *rules_suite(void)
{
    Suite *s = suite_create("rules");
    TCase *tc = tcase_create("catalogue");
    tcase_add_test(tc, test_ids_kebab_and_unique);
    tcase_add_test(tc, test_text_fields);
    tcase_add_test(tc, test_find);
    tcase_add_loop_test(tc, test_design_severity, 0, (int)N_EXPECTED);
    suite_add_tcase(s, tc);
    return s;
}
