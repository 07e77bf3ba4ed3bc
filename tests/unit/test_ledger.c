/* test_ledger.c — reading ledgers: CSV text in memory → claims and their lines, findings. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAXC 8
#define MAXF 6

typedef struct {
    const char *rule;
    size_t line;
    const char *column; /* NULL: no column */
} want_finding;

static const struct {
    const char *name;
    const char *csv;
    size_t len; /* 0: strlen(csv) */
    size_t nclaims;
    size_t lines[MAXC];
    want_finding f[MAXF];
} cases[] = {
    {"LF", "id,quote,value\na,q1,1\nb,q2,2\n", 0, 2, {2, 3}, {{0}}},
    {"CRLF", "id,quote,value\r\na,q1,1\r\nb,q2,2\r\n", 0, 2, {2, 3}, {{0}}},
    {"BOM+CRLF", "\xEF\xBB\xBFid,quote\r\na,q\r\nb,q\r\n", 0, 2, {2, 3}, {{0}}},
    {"CR only", "id,quote\ra,q\rb,q\r", 0, 2, {2, 3}, {{0}}},
    {"no final newline", "id,quote\na,q", 0, 1, {2}, {{0}}},
    {"quoted commas, doubled quotes, newlines",
     "id,quote\na,\"x, y\"\nb,\"he said \"\"hi\"\"\"\nc,\"one\ntwo\r\nthree\"\nd,q\n", 0, 4, {2, 3, 4, 7}, {{0}}},
    {"newline in the first field", "id,quote\n\"a\nb\",q\nc,q\n", 0, 2, {2, 4}, {{0}}},
    {"any order, mixed case", " Quote ,ID,Value\nq,a,1\n", 0, 1, {2}, {{0}}},
    {"unknown columns kept", "id,quote,desk_note\na,q,hello\n", 0, 1, {2}, {{0}}},
    {"missing id", "quote,value\nq,1\n", 0, 1, {2}, {{"missing-column", 1, "id"}}},
    {"missing id and quote", "a,b\n1,2\n", 0, 1, {2}, {{"missing-column", 1, "id"}, {"missing-column", 1, "quote"}}},
    {"too many fields", "id,quote\na,q\nb,q,extra\nc,q\n", 0, 2, {2, 4}, {{"csv-syntax", 3, NULL}}},
    {"short record, trailing optional", "id,quote,value,notes\na,q\n", 0, 1, {2}, {{0}}},
    {"short record ends before quote", "value,id,quote\n1,a\n2,b,q\n", 0, 1, {3}, {{"csv-syntax", 2, "quote"}}},
    {"unterminated quote, then more", "id,quote\na,q\nb,\"never closed\nc,q\n", 0, 2, {2, 4},
     {{"csv-syntax", 3, "quote"}}},
    {"unterminated quote at the end", "id,quote\na,q\nb,\"open", 0, 1, {2}, {{"csv-syntax", 3, "quote"}}},
    {"unterminated quote after a multi-line record", "id,quote\na,\"x\ny\"\nb,\"open\n", 0, 1, {2},
     {{"csv-syntax", 4, "quote"}}},
    {"stray quote mid-field", "id,quote\na,q\nb,say \"hi\" now\nc,q\n", 0, 2, {2, 4}, {{"csv-syntax", 3, "quote"}}},
    {"text after a closing quote", "id,quote\na,\"q\"x\nb,q\n", 0, 1, {3}, {{"csv-syntax", 2, "quote"}}},
    {"stray quote on the 2nd line of a record", "id,quote\na,\"x\ny\"z\nb,q\n", 0, 1, {4}, {{"csv-syntax", 3, "quote"}}},
    {"stray quote in the header", "id,qu\"ote\na,q\n", 0, 0, {0}, {{"csv-syntax", 1, NULL}}},
    {"invalid UTF-8 in one record", "id,quote\na,ok\nb,bad\xFF" "byte\nc,ok\n", 0, 2, {2, 4},
     {{"invalid-utf8", 3, NULL}}},
    {"invalid UTF-8 on the 2nd line of a record", "id,quote\na,\"x\n\xC3(\"\nb,q\n", 0, 1, {4},
     {{"invalid-utf8", 3, NULL}}},
    {"GBK text", "id,quote\na,\xD0\xD4\xC4\xDC\n", 0, 0, {0}, {{"invalid-utf8", 2, NULL}}},
    {"NUL byte", "id,quote\na,x\0y\nb,q\n", 19, 1, {3}, {{"invalid-utf8", 2, NULL}}},
    {"UTF-16", "\xFF\xFEi\0d\0", 6, 0, {0}, {{"invalid-utf8", 1, NULL}}},
    {"blank lines", "id,quote\n\na,q\n\n,\n   \n\"\",\"\"\nb,q\n", 0, 2, {3, 8}, {{0}}},
    {"blank lines before the header", "\n\nid,quote\na,q\n", 0, 1, {4}, {{0}}},
    {"header only", "id,quote\n", 0, 0, {0}, {{0}}},
    {"empty file", "", 0, 0, {0}, {{"missing-column", 1, NULL}}},
    {"BOM only", "\xEF\xBB\xBF", 0, 0, {0}, {{"missing-column", 1, NULL}}},
    {"duplicate column", "id,quote,ID\na,q,b\n", 0, 1, {2}, {{"csv-syntax", 1, "ID"}}},
    {"spaces around fields", "id , quote\n  a ,  \"q, r\"  \n", 0, 1, {2}, {{0}}},
};

static bool S_same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void S_dump(const cc_findings *fs)
{
    for (size_t i = 0; i < fs->n; i++)
        fprintf(stderr, "  %s:%zu [%s] col=%s: %s\n", fs->v[i].rule, fs->v[i].line, cc_severity_name(fs->v[i].severity),
                fs->v[i].column ? fs->v[i].column : "-", fs->v[i].message);
}

START_TEST(test_table)
{
    cc_ledger lg;
    cc_findings fs = {0};
    size_t len = cases[_i].len ? cases[_i].len : strlen(cases[_i].csv);
    cc_ledger_parse("t.csv", cases[_i].csv, len, &lg, &fs);
    size_t nf = 0;
    while (nf < MAXF && cases[_i].f[nf].rule)
        nf++;
    bool ok = fs.n == nf && lg.nclaims == cases[_i].nclaims;
    for (size_t i = 0; ok && i < nf; i++)
        ok = strcmp(fs.v[i].rule, cases[_i].f[i].rule) == 0 && fs.v[i].line == cases[_i].f[i].line &&
             S_same(fs.v[i].column, cases[_i].f[i].column);
    for (size_t i = 0; ok && i < lg.nclaims; i++)
        ok = lg.claims[i].line == cases[_i].lines[i];
    if (!ok) {
        fprintf(stderr, "case %s: %zu claims at", cases[_i].name, lg.nclaims);
        for (size_t i = 0; i < lg.nclaims; i++)
            fprintf(stderr, " %zu", lg.claims[i].line);
        fprintf(stderr, "\n");
        S_dump(&fs);
    }
    ck_assert_msg(ok, "case %s", cases[_i].name);
    for (size_t i = 0; i < lg.nclaims; i++)
        for (size_t j = 0; j < lg.ncols; j++)
            ck_assert_ptr_nonnull(lg.claims[i].values[j]);
    ck_assert_str_eq(lg.path, "t.csv");
    cc_ledger_free(&lg);
    cc_findings_free(&fs);
}
END_TEST

static void S_parse(const char *csv, cc_ledger *lg, cc_findings *fs)
{
    memset(fs, 0, sizeof *fs);
    cc_ledger_parse("t.csv", csv, strlen(csv), lg, fs);
}

START_TEST(test_values)
{
    cc_ledger lg;
    cc_findings fs;
    S_parse("\xEF\xBB\xBF Quote ,ID,Value,desk_note\r\n"
            "\"x, \"\"y\"\"\",a,\"one\r\ntwo\",kept\r\n"
            "  q2  ,b\r\n",
            &lg, &fs);
    ck_assert_uint_eq(fs.n, 0);
    ck_assert_uint_eq(lg.ncols, 4);
    ck_assert_str_eq(lg.cols[0], "Quote");
    ck_assert_str_eq(lg.cols[1], "ID");
    ck_assert_str_eq(lg.cols[3], "desk_note");
    ck_assert_int_eq(cc_ledger_col(&lg, "quote"), 0);
    ck_assert_int_eq(cc_ledger_col(&lg, "id"), 1);
    ck_assert_int_eq(cc_ledger_col(&lg, "DESK_NOTE"), 3);
    ck_assert_int_eq(cc_ledger_col(&lg, "source"), -1);
    ck_assert_uint_eq(lg.nclaims, 2);
    const cc_claim *c = &lg.claims[0];
    ck_assert_str_eq(cc_claim_get(&lg, c, "quote"), "x, \"y\"");
    ck_assert_str_eq(cc_claim_get(&lg, c, "id"), "a");
    ck_assert_str_eq(cc_claim_get(&lg, c, "value"), "one\r\ntwo");
    ck_assert_str_eq(cc_claim_get(&lg, c, "desk_note"), "kept");
    ck_assert_str_eq(cc_claim_get(&lg, c, "source"), "");
    c = &lg.claims[1];
    ck_assert_uint_eq(c->line, 4);
    ck_assert_str_eq(cc_claim_get(&lg, c, "quote"), "q2");
    ck_assert_str_eq(cc_claim_get(&lg, c, "value"), "");
    ck_assert_str_eq(cc_claim_get(&lg, c, "desk_note"), "");
    cc_ledger_free(&lg);
    cc_findings_free(&fs);
}
END_TEST

static const cc_finding *S_only(const cc_findings *fs)
{
    ck_assert_uint_eq(fs->n, 1);
    return &fs->v[0];
}

START_TEST(test_messages)
{
    cc_ledger lg;
    cc_findings fs;
    const cc_finding *f;

    S_parse("id,quote\na,ok\nb,bad\xFF" "byte\n", &lg, &fs);
    f = S_only(&fs);
    ck_assert_str_eq(f->message,
                     "invalid UTF-8 at byte 6 of line 3: expected a UTF-8 encoded CSV (re-save the file as UTF-8)");
    ck_assert_str_eq(f->file, "t.csv");
    ck_assert_int_eq(f->severity, CC_SEV_ERROR);
    cc_ledger_free(&lg);
    cc_findings_free(&fs);

    S_parse("id,quote,a,b,c,d,e,f,g,h\n1,2,3,4,5,6,7,8,9,10\n1,2,3,4,5,6,7,8,9,10,11,12\n", &lg, &fs);
    f = S_only(&fs);
    ck_assert_str_eq(f->message, "line 3 has 12 fields, the header has 10: is a comma inside an unquoted field?");
    cc_ledger_free(&lg);
    cc_findings_free(&fs);

    S_parse("id,quote,notes\na,q,x\nb,q,x\nc,q,x\nd,q,x\ne,q,x\nf,q,x\ng,q,x\nh,\"never\n", &lg, &fs);
    f = S_only(&fs);
    ck_assert_str_eq(f->message, "unterminated quoted field starting on line 9: expected a closing \"");
    ck_assert_str_eq(f->column, "quote");
    ck_assert_uint_eq(f->col, 2);
    ck_assert_uint_eq(lg.nclaims, 7);
    cc_ledger_free(&lg);
    cc_findings_free(&fs);

    S_parse("id,quote\na,say \"hi\"\n", &lg, &fs);
    f = S_only(&fs);
    ck_assert_str_eq(f->message, "a quote inside an unquoted field at byte 7 of line 2: expected the whole field "
                                 "in quotes, with the inner quote doubled (\"\")");
    cc_ledger_free(&lg);
    cc_findings_free(&fs);

    S_parse("id,quote\na,\"q\" x\n", &lg, &fs);
    f = S_only(&fs);
    ck_assert_str_eq(f->message, "unexpected 'x' after a closing quote at byte 7 of line 2: expected a comma or the "
                                 "end of the line (a quote inside a quoted field is written \"\")");
    cc_ledger_free(&lg);
    cc_findings_free(&fs);

    S_parse("Quote,value\nq,1\n", &lg, &fs);
    f = S_only(&fs);
    ck_assert_str_eq(f->message, "missing required column id: the header has Quote, value");
    ck_assert_uint_eq(f->col, 0);
    cc_ledger_free(&lg);
    cc_findings_free(&fs);

    S_parse("id,quote,ID\na,q,b\n", &lg, &fs);
    f = S_only(&fs);
    ck_assert_uint_eq(f->col, 3);
    ck_assert_int_eq(cc_ledger_col(&lg, "id"), 0);
    cc_ledger_free(&lg);
    cc_findings_free(&fs);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Limits: each a finding, never an abort or a slow crawl               */
/* ------------------------------------------------------------------ */

START_TEST(test_limit_columns)
{
    cc_buf b = CC_BUF_INIT;
    cc_buf_puts(&b, "id,quote");
    for (int i = 0; i < 255; i++)
        cc_buf_printf(&b, ",c%d", i);
    cc_buf_puts(&b, "\na,q\n");
    cc_ledger lg;
    cc_findings fs = {0};
    cc_ledger_parse("t.csv", b.data, b.len, &lg, &fs);
    ck_assert_uint_eq(fs.n, 1);
    ck_assert_str_eq(fs.v[0].rule, "limit-exceeded");
    ck_assert_uint_eq(fs.v[0].line, 1);
    ck_assert_uint_eq(lg.nclaims, 0);
    cc_ledger_free(&lg);
    cc_findings_free(&fs);
    cc_buf_free(&b);

    cc_buf_puts(&b, "id,quote");
    for (int i = 0; i < 254; i++)
        cc_buf_printf(&b, ",c%d", i);
    cc_buf_puts(&b, "\na,q\n");
    cc_ledger_parse("t.csv", b.data, b.len, &lg, &fs);
    ck_assert_uint_eq(fs.n, 0);
    ck_assert_uint_eq(lg.ncols, 256);
    ck_assert_uint_eq(lg.nclaims, 1);
    cc_ledger_free(&lg);
    cc_findings_free(&fs);
    cc_buf_free(&b);
}
END_TEST

START_TEST(test_limit_field)
{
    /* an unquoted 3 MiB field on one line, then an unterminated quote
     * that would swallow 3 MiB of later lines */
    size_t big = 3 * 1024 * 1024;
    cc_buf b = CC_BUF_INIT;
    cc_buf_puts(&b, "id,quote\na,");
    for (size_t i = 0; i < big; i++)
        cc_buf_putc(&b, 'x');
    cc_buf_puts(&b, "\nb,q\nc,\"open\n");
    for (size_t i = 0; i < big / 8; i++)
        cc_buf_puts(&b, "d,q r s\n");
    cc_ledger lg;
    cc_findings fs = {0};
    cc_ledger_parse("t.csv", b.data, b.len, &lg, &fs);
    if (fs.n != 2)
        S_dump(&fs);
    ck_assert_uint_eq(fs.n, 2);
    ck_assert_str_eq(fs.v[0].rule, "limit-exceeded");
    ck_assert_uint_eq(fs.v[0].line, 2);
    ck_assert_str_eq(fs.v[0].column, "quote");
    ck_assert_str_eq(fs.v[1].rule, "limit-exceeded");
    ck_assert_uint_eq(fs.v[1].line, 4);
    ck_assert_uint_eq(lg.nclaims, 1 + big / 8);
    ck_assert_uint_eq(lg.claims[0].line, 3);
    ck_assert_uint_eq(lg.claims[1].line, 5);
    cc_ledger_free(&lg);
    cc_findings_free(&fs);
    cc_buf_free(&b);
}
END_TEST

START_TEST(test_limit_errors)
{
    /* every line opens a quote that the next line's quote closes too early:
     * recovery gives up after 100 errors */
    cc_buf b = CC_BUF_INIT;
    cc_buf_puts(&b, "id,quote\n");
    for (int i = 0; i < 200000; i++)
        cc_buf_puts(&b, "a,\"open\n");
    cc_ledger lg;
    cc_findings fs = {0};
    cc_ledger_parse("t.csv", b.data, b.len, &lg, &fs);
    ck_assert_uint_eq(fs.n, 101);
    ck_assert_str_eq(fs.v[0].rule, "csv-syntax");
    ck_assert_uint_eq(fs.v[0].line, 3);
    ck_assert_uint_eq(fs.v[99].line, 201);
    ck_assert_str_eq(fs.v[100].rule, "limit-exceeded");
    ck_assert_uint_eq(lg.nclaims, 0);
    cc_ledger_free(&lg);
    cc_findings_free(&fs);
    cc_buf_free(&b);
}
END_TEST

START_TEST(test_limit_records)
{
    cc_buf b = CC_BUF_INIT;
    cc_buf_puts(&b, "id,quote\n");
    for (int i = 0; i < 1000002; i++)
        cc_buf_puts(&b, "a,q\n");
    cc_ledger lg;
    cc_findings fs = {0};
    cc_ledger_parse("t.csv", b.data, b.len, &lg, &fs);
    ck_assert_uint_eq(fs.n, 1);
    ck_assert_str_eq(fs.v[0].rule, "limit-exceeded");
    ck_assert_uint_eq(fs.v[0].line, 1000002);
    ck_assert_uint_eq(lg.nclaims, 1000000);
    ck_assert_uint_eq(lg.claims[999999].line, 1000001);
    cc_ledger_free(&lg);
    cc_findings_free(&fs);
    cc_buf_free(&b);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Files and sidecars                                                   */
/* ------------------------------------------------------------------ */

static char S_dir[64];

static char *S_write(const char *name, const char *text)
{
    char *p = cc_xasprintf("%s/%s", S_dir, name);
    FILE *fp = fopen(p, "wb");
    ck_assert_ptr_nonnull(fp);
    fputs(text, fp);
    fclose(fp);
    return p;
}

static void S_mkdir(void)
{
    strcpy(S_dir, "/tmp/cc-ledger-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(S_dir));
}

static void S_rmdir(void)
{
    char *cmd = cc_xasprintf("rm -rf '%s'", S_dir);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
}

START_TEST(test_read_missing)
{
    cc_ledger lg;
    cc_findings fs = {0};
    char *err = NULL;
    ck_assert(!cc_ledger_read("/nonexistent/x.csv", &lg, &fs, &err));
    ck_assert_str_eq(err, "cannot read /nonexistent/x.csv: No such file or directory");
    ck_assert_uint_eq(fs.n, 0);
    free(err);
    cc_ledger_free(&lg);
}
END_TEST

START_TEST(test_sidecar)
{
    S_mkdir();
    char *csv = S_write("a.csv", "id,quote\nx,q\n");
    char *json = S_write("a.json", "{\"title\": \"T\", \"url\": \"https://e.org\", \"publisher\": null,\n"
                                   " \"published\": \"2025-06-10\", \"language\": \"zh\", \"article\": \"a.txt\", "
                                   "\"extra\": 1}");
    cc_ledger lg;
    cc_findings fs = {0};
    char *err = NULL;
    ck_assert(cc_ledger_read(csv, &lg, &fs, &err));
    ck_assert_uint_eq(fs.n, 0);
    ck_assert_uint_eq(lg.nclaims, 1);
    ck_assert_str_eq(lg.meta.path, json);
    ck_assert_str_eq(lg.meta.title, "T");
    ck_assert_str_eq(lg.meta.url, "https://e.org");
    ck_assert_ptr_null(lg.meta.publisher);
    ck_assert_str_eq(lg.meta.published, "2025-06-10");
    ck_assert_str_eq(lg.meta.language, "zh");
    ck_assert_str_eq(lg.meta.article, "a.txt");
    cc_ledger_free(&lg);
    free(json);

    /* no sidecar at all */
    free(csv);
    csv = S_write("b.csv", "id,quote\nx,q\n");
    ck_assert(cc_ledger_read(csv, &lg, &fs, &err));
    ck_assert_uint_eq(fs.n, 0);
    ck_assert_ptr_null(lg.meta.path);
    cc_ledger_free(&lg);
    free(csv);
    S_rmdir();
}
END_TEST

static const struct {
    const char *json;
    const char *rule;
    size_t line;
    const char *message;
} sidecar_cases[] = {
    {"{\"title\": \"T\",\n \"published\": 20250610}", "bad-sidecar", 2, "published must be a string, got 20250610"},
    {"{\"title\": \"T\",\n\n \"published\": \"10/06/2025\"}", "bad-date", 3,
     "published is \"10/06/2025\": expected an ISO 8601 date such as 2025-06-10"},
    {"{\"published\": \"2025-02-29\"}", "bad-date", 1, NULL},
    {"{\"published\": \"2024-02-29T08:00:00+08:00\"}", NULL, 0, NULL},
    {"{\"title\": \"T\",\n \"url\": \"u\",\n}", "bad-sidecar", 3,
     "malformed JSON: expected a key after the comma (a trailing comma is not allowed), got '}' at line 3, "
     "column 1 (byte 28): the sidecar is not read"},
    {"[1, 2]", "bad-sidecar", 1, NULL},
    {"{\"title\": [\"x\"]}", "bad-sidecar", 1, "title must be a string, got [\"x\"]"},
};

START_TEST(test_sidecar_bad)
{
    S_mkdir();
    char *csv = S_write("c.csv", "id,quote\nx,q\n");
    char *json = S_write("c.json", sidecar_cases[_i].json);
    cc_ledger lg;
    cc_findings fs = {0};
    char *err = NULL;
    ck_assert(cc_ledger_read(csv, &lg, &fs, &err));
    ck_assert_uint_eq(lg.nclaims, 1);
    if (!sidecar_cases[_i].rule) {
        ck_assert_uint_eq(fs.n, 0);
    } else {
        if (fs.n != 1)
            S_dump(&fs);
        ck_assert_uint_eq(fs.n, 1);
        ck_assert_str_eq(fs.v[0].rule, sidecar_cases[_i].rule);
        ck_assert_str_eq(fs.v[0].file, json);
        ck_assert_uint_eq(fs.v[0].line, sidecar_cases[_i].line);
        if (sidecar_cases[_i].message)
            ck_assert_str_eq(fs.v[0].message, sidecar_cases[_i].message);
    }
    cc_ledger_free(&lg);
    cc_findings_free(&fs);
    free(csv);
    free(json);
    S_rmdir();
}
END_TEST

Suite *ledger_suite(void)
{
    Suite *s = suite_create("ledger");
    TCase *tc = tcase_create("parse");
    tcase_add_loop_test(tc, test_table, 0, sizeof cases / sizeof cases[0]);
    tcase_add_test(tc, test_values);
    tcase_add_test(tc, test_messages);
    suite_add_tcase(s, tc);
    tc = tcase_create("limits");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_limit_columns);
    tcase_add_test(tc, test_limit_field);
    tcase_add_test(tc, test_limit_errors);
    tcase_add_test(tc, test_limit_records);
    suite_add_tcase(s, tc);
    tc = tcase_create("files");
    tcase_add_test(tc, test_read_missing);
    tcase_add_test(tc, test_sidecar);
    tcase_add_loop_test(tc, test_sidecar_bad, 0, sizeof sidecar_cases / sizeof sidecar_cases[0]);
    suite_add_tcase(s, tc);
    return s;
}
