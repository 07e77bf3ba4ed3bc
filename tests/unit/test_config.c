/* test_config.c — .claimcheck.json: defaults, loading, errors, lookup. */
#include "unit.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char S_dir[64];

static void S_mkdir(void)
{
    strcpy(S_dir, "/tmp/cc-config-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(S_dir));
}

static void S_rmdir(void)
{
    char *cmd = cc_xasprintf("rm -rf '%s'", S_dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

static char *S_write(const char *name, const char *text, size_t len)
{
    char *p = cc_xasprintf("%s/%s", S_dir, name);
    FILE *fp = fopen(p, "wb");
    ck_assert_ptr_nonnull(fp);
    fwrite(text, 1, len, fp);
    fclose(fp);
    return p;
}

/* Loads text as a config over the defaults; returns the error or NULL,
 * with "PATH" in place of the file's path. */
static char *S_load(const char *text, size_t len, cc_config *cfg)
{
    S_mkdir();
    char *path = S_write("c.json", text, len);
    cc_config_defaults(cfg);
    char *err = NULL;
    bool ok = cc_config_load(path, cfg, &err);
    ck_assert(ok == (err == NULL));
    if (err) {
        size_t pl = strlen(path);
        ck_assert_msg(strncmp(err, path, pl) == 0, "%s", err);
        char *e = cc_xasprintf("PATH%s", err + pl);
        free(err);
        err = e;
    }
    free(path);
    S_rmdir();
    return err;
}

START_TEST(test_defaults)
{
    cc_config cfg;
    cc_config_defaults(&cfg);
    ck_assert_ptr_null(cfg.path);
    ck_assert_int_eq(cfg.fail_on, CC_SEV_ERROR);
    ck_assert_num_eq(cfg.tol.approx, 0.10);
    ck_assert_num_eq(cfg.tol.nearly, 0.10);
    ck_assert_uint_eq(cfg.n_vague, 15);
    ck_assert_str_eq(cfg.vague[0], "业界");
    ck_assert_str_eq(cfg.vague[5], "国外友商");
    ck_assert_str_eq(cfg.vague[14], "rivals");
    ck_assert_uint_eq(cfg.n_overrides, 0);
    ck_assert_ptr_null(cfg.reviewer_name);
    ck_assert_int_eq(cc_config_severity(&cfg, "up-to"), CC_SEV_WARNING);
    ck_assert_int_eq(cc_config_severity(&cfg, "ratio-mismatch"), CC_SEV_ERROR);
    ck_assert_int_eq(cc_config_severity(NULL, "undated"), CC_SEV_INFO);
    cc_config_free(&cfg);
}
END_TEST

START_TEST(test_valid)
{
    static const char text[] = "{\n"
                               "  \"fail_on\": \"warning\",\n"
                               "  \"rules\": { \"no-primary-source\": \"off\", \"up-to\": \"error\" },\n"
                               "  \"tolerance\": { \"approx\": 0.05, \"nearly\": 0 },\n"
                               "  \"vague_comparators\": [\"业界\", \"友商\", \"industry\", \"competitor\"],\n"
                               "  \"reviewer\": { \"name\": \"Example Fact Desk\", \"url\": \"https://example.org\" }\n"
                               "}\n";
    cc_config cfg;
    char *err = S_load(text, strlen(text), &cfg);
    ck_assert_msg(err == NULL, "%s", err);
    ck_assert_ptr_nonnull(cfg.path);
    ck_assert_int_eq(cfg.fail_on, CC_SEV_WARNING);
    ck_assert_uint_eq(cfg.n_overrides, 2);
    ck_assert_int_eq(cc_config_severity(&cfg, "no-primary-source"), CC_SEV_OFF);
    ck_assert_int_eq(cc_config_severity(&cfg, "up-to"), CC_SEV_ERROR);
    ck_assert_int_eq(cc_config_severity(&cfg, "undated"), CC_SEV_INFO);
    ck_assert_num_eq(cfg.tol.approx, 0.05);
    ck_assert_num_eq(cfg.tol.nearly, 0);
    ck_assert_uint_eq(cfg.n_vague, 4);
    ck_assert_str_eq(cfg.vague[1], "友商");
    ck_assert_str_eq(cfg.reviewer_name, "Example Fact Desk");
    ck_assert_str_eq(cfg.reviewer_url, "https://example.org");
    cc_config_free(&cfg);

    static const char pair[] = "{\"reviewer\": {\"name\": \"\\ud83d\\ude00 \\u4e1a\"}}";
    err = S_load(pair, strlen(pair), &cfg);
    ck_assert_msg(err == NULL, "%s", err);
    ck_assert_str_eq(cfg.reviewer_name, "\U0001F600 业");
    cc_config_free(&cfg);

    /* an empty object keeps every default; "never" is a fail_on of its own */
    err = S_load("{}", 2, &cfg);
    ck_assert_ptr_null(err);
    ck_assert_uint_eq(cfg.n_vague, 15);
    cc_config_free(&cfg);
    err = S_load("{\"fail_on\": \"never\", \"vague_comparators\": []}", 45, &cfg);
    ck_assert_msg(err == NULL, "%s", err);
    ck_assert_int_eq(cfg.fail_on, CC_FAIL_NEVER);
    ck_assert_uint_eq(cfg.n_vague, 0);
    cc_config_free(&cfg);
}
END_TEST

static const struct {
    const char *json;
    const char *err;
} bad[] = {
    /* ill-typed and unknown values */
    {"{\"rules\": {\"up-to\": 3}}", "PATH: rules.up-to: expected \"error\", \"warning\", \"info\" or \"off\", got 3"},
    {"{\"rules\": {\"up-to\": \"fatal\"}}",
     "PATH: rules.up-to: expected \"error\", \"warning\", \"info\" or \"off\", got \"fatal\""},
    {"{\"rules\": {\"no-such-rule\": \"off\"}}", "PATH: rules.no-such-rule: unknown rule (`claimcheck rules` lists them)"},
    {"{\"rules\": [\"up-to\"]}",
     "PATH: rules: expected an object of rule ids to \"error\", \"warning\", \"info\" or \"off\", got [\"up-to\"]"},
    {"{\"fail_on\": \"off\"}", "PATH: fail_on: expected \"error\", \"warning\", \"info\" or \"never\", got \"off\""},
    {"{\"fail_on\": true}", "PATH: fail_on: expected \"error\", \"warning\", \"info\" or \"never\", got true"},
    {"{\"tolerance\": {\"approx\": 1.5}}", "PATH: tolerance.approx must be a number between 0 and 1, got 1.5"},
    {"{\"tolerance\": {\"nearly\": \"10%\"}}", "PATH: tolerance.nearly must be a number between 0 and 1, got \"10%\""},
    {"{\"tolerance\": {\"approx\": -0.1}}", "PATH: tolerance.approx must be a number between 0 and 1, got -0.1"},
    {"{\"tolerance\": {\"exact\": 0.1}}", "PATH: tolerance.exact: unknown key: expected approx or nearly"},
    {"{\"tolerance\": 0.1}", "PATH: tolerance: expected an object with approx and nearly, got 0.1"},
    {"{\"vague_comparators\": \"industry\"}", "PATH: vague_comparators: expected an array of strings, got \"industry\""},
    {"{\"vague_comparators\": [\"a\", 2]}", "PATH: vague_comparators[1]: expected a non-empty UTF-8 string, got 2"},
    {"{\"vague_comparators\": [\"\"]}", "PATH: vague_comparators[0]: expected a non-empty UTF-8 string, got \"\""},
    {"{\"reviewer\": \"me\"}", "PATH: reviewer: expected an object with name and url, got \"me\""},
    {"{\"reviewer\": {\"name\": 1}}", "PATH: reviewer.name: expected a string, got 1"},
    {"{\"reviewer\": {\"email\": \"x\"}}", "PATH: reviewer.email: unknown key: expected name or url"},
    {"{\"failOn\": \"error\"}",
     "PATH: unknown key \"failOn\": the known keys are fail_on, rules, tolerance, vague_comparators, reviewer"},
    {"[]", "PATH: the top level: expected a JSON object, got []"},
    {"{\"rules\": {\"up-to\": \"a very long value that goes on and on and on\"}}",
     "PATH: rules.up-to: expected \"error\", \"warning\", \"info\" or \"off\", got \"a very long value that goes on "
     "and on a…"},
    /* malformed JSON, with line:col */
    {"{\n  \"fail_on\": \"error\",\n}\n",
     "PATH:3:1: malformed JSON: expected a key after the comma (a trailing comma is not allowed), got '}'"},
    {"{\n  \"fail_on\": \"error\"\n  \"rules\": {}\n}",
     "PATH:3:3: malformed JSON: expected ',' or '}' after the value, got '\"'"},
    {"{\"fail_on\" \"error\"}", "PATH:1:12: malformed JSON: expected ':' after the key, got '\"'"},
    {"{\"fail_on\": error}",
     "PATH:1:13: malformed JSON: expected a value (a string, number, object, array, true, false or null), got 'e'"},
    {"{\"vague_comparators\": [\"a\",]}",
     "PATH:1:28: malformed JSON: expected a value after the comma (a trailing comma is not allowed), got ']'"},
    {"{\"fail_on\": \"err", "PATH:1:13: malformed JSON: expected a closing \" for the string starting here, got the end of the file"},
    {"{\"fail_on\": \"a\\qb\"}",
     "PATH:1:16: malformed JSON: expected an escape: \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX, got 'q'"},
    {"{\"reviewer\": {\"name\": \"\\ud83d\"}}",
     "PATH:1:30: malformed JSON: expected a low surrogate \\uDC00-\\uDFFF after a high one, got '\"'"},
    {"{\"reviewer\": {\"name\": \"\\udc00\"}}",
     "PATH:1:24: malformed JSON: expected a high surrogate before this \\u escape (a low surrogate cannot stand alone)"},
    {"{\"tolerance\": {\"approx\": 01}}", "PATH:1:27: malformed JSON: expected ',' or '}' after the value, got '1'"},
    {"{} {}", "PATH:1:4: malformed JSON: expected the end of the file after the value, got '{'"},
    {"", "PATH:1:1: malformed JSON: expected a value (a string, number, object, array, true, false or null), got the "
         "end of the file"},
    {"{\"a\": [1, 2", "PATH:1:12: malformed JSON: expected ',' or ']' after the value, got the end of the file"},
    {"// comment\n{}", "PATH:1:1: malformed JSON: expected a value (a string, number, object, array, true, false or "
                       "null), got '/'"},
    {"{\"reviewer\": {\"name\": \"\xFF\"}}", "PATH:1:24: invalid UTF-8: expected a UTF-8 encoded file"},
};

START_TEST(test_bad)
{
    cc_config cfg;
    char *err = S_load(bad[_i].json, strlen(bad[_i].json), &cfg);
    ck_assert_msg(err != NULL, "case %d accepted", _i);
    ck_assert_str_eq(err, bad[_i].err);
    /* a failed load leaves the configuration as it was */
    ck_assert_ptr_null(cfg.path);
    ck_assert_int_eq(cfg.fail_on, CC_SEV_ERROR);
    ck_assert_uint_eq(cfg.n_vague, 15);
    ck_assert_uint_eq(cfg.n_overrides, 0);
    free(err);
    cc_config_free(&cfg);
}
END_TEST

START_TEST(test_nesting)
{
    cc_buf b = CC_BUF_INIT;
    cc_config cfg;
    /* 64 levels are allowed (the top-level object is one) */
    cc_buf_puts(&b, "{\"reviewer\": {\"name\": \"x\"}, \"x\": ");
    char *err;
    for (int i = 0; i < 62; i++)
        cc_buf_putc(&b, '[');
    for (int i = 0; i < 62; i++)
        cc_buf_putc(&b, ']');
    cc_buf_putc(&b, '}');
    err = S_load(b.data, b.len, &cfg);
    ck_assert_str_eq(err, "PATH: unknown key \"x\": the known keys are fail_on, rules, tolerance, "
                          "vague_comparators, reviewer");
    free(err);
    cc_config_free(&cfg);
    cc_buf_clear(&b);

    cc_buf_puts(&b, "{\"x\": ");
    for (int i = 0; i < 64; i++)
        cc_buf_putc(&b, '[');
    err = S_load(b.data, b.len, &cfg);
    ck_assert_str_eq(err, "PATH:1:70: JSON nested deeper than 64 levels");
    free(err);
    cc_config_free(&cfg);
    cc_buf_clear(&b);

    /* far past cJSON's own limit: fails cleanly, no deep recursion */
    for (int i = 0; i < 100000; i++)
        cc_buf_putc(&b, '[');
    err = S_load(b.data, b.len, &cfg);
    ck_assert_str_eq(err, "PATH:1:65: JSON nested deeper than 64 levels");
    free(err);
    cc_config_free(&cfg);
    cc_buf_free(&b);
}
END_TEST

START_TEST(test_unreadable)
{
    cc_config cfg;
    cc_config_defaults(&cfg);
    char *err = NULL;
    ck_assert(!cc_config_load("/nonexistent/.claimcheck.json", &cfg, &err));
    ck_assert_str_eq(err, "cannot read /nonexistent/.claimcheck.json: No such file or directory");
    free(err);
    cc_config_free(&cfg);
}
END_TEST

START_TEST(test_find)
{
    S_mkdir();
    char *deep = cc_xasprintf("%s/a/b/c", S_dir);
    char *cmd = cc_xasprintf("mkdir -p '%s' '%s/a/.claimcheck.json.d'", deep, S_dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);

    /* none up to the temporary directory (whatever lies above it is not ours) */
    char *found = cc_config_find(deep);
    if (found) {
        char real[PATH_MAX];
        ck_assert_ptr_nonnull(realpath(S_dir, real));
        ck_assert(strncmp(found, real, strlen(real)) != 0);
        free(found);
    }

    /* a directory of that name does not count */
    char *dirname = cc_xasprintf("%s/a/b/.claimcheck.json", S_dir);
    ck_assert_int_eq(mkdir(dirname, 0755), 0);
    free(dirname);

    char *p = S_write("a/.claimcheck.json", "{}", 2);
    char real[PATH_MAX];
    ck_assert_ptr_nonnull(realpath(p, real));
    found = cc_config_find(deep);
    ck_assert_ptr_nonnull(found);
    ck_assert_str_eq(found, real);
    free(found);

    /* in dir itself, and through a relative path with .. in it */
    char *here = cc_xasprintf("%s/a", S_dir);
    found = cc_config_find(here);
    ck_assert_str_eq(found, real);
    free(found);
    char *rel = cc_xasprintf("%s/a/b/c/../..", S_dir);
    found = cc_config_find(rel);
    ck_assert_str_eq(found, real);
    free(found);

    ck_assert_ptr_null(cc_config_find("/nonexistent/dir"));
    free(rel);
    free(here);
    free(p);
    free(deep);
    S_rmdir();
}
END_TEST

Suite *config_suite(void)
{
    Suite *s = suite_create("config");
    TCase *tc = tcase_create("load");
    tcase_add_test(tc, test_defaults);
    tcase_add_test(tc, test_valid);
    tcase_add_loop_test(tc, test_bad, 0, sizeof bad / sizeof bad[0]);
    tcase_add_test(tc, test_nesting);
    tcase_add_test(tc, test_unreadable);
    tcase_add_test(tc, test_find);
    suite_add_tcase(s, tc);
    return s;
}
