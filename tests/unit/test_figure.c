/* test_figure.c — the figure reader (src/figure.c, src/render_figure.c)
 * against DESIGN 1: the data-driven spec tests/spec/figures.tsv, and
 * focused tests of qualifiers, units, readings, JSON and the text line. */
#include "unit.h"
#include "../../src/internal.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>

/* ------------------------------------------------------------------ */
/* The spec table                                                       */
/* ------------------------------------------------------------------ */

enum { F_INPUT, F_KIND, F_VALUE, F_INTERVAL, F_QUALIFIER, F_UNIT, F_DIMENSION, F_DIRECTION, F_READINGS, F_COUNT };

static const char *const S_field_names[F_COUNT] = {"input", "kind", "value", "interval", "qualifier",
                                                   "unit", "dimension", "direction", "readings"};

typedef struct {
    size_t line;
    char *input; /* unescaped: may hold NUL and invalid UTF-8 */
    size_t input_len;
    char *field[F_COUNT];
} S_row;

static S_row *S_rows;
static size_t S_nrows;
static char *S_spec_path;
static char *S_spec_error; /* why the table could not be read, or NULL */

/* \t \n \r \\ \0 and \xHH in the input column, so that a row can hold
 * what a TSV line cannot: a tab, a NUL byte, an invalid UTF-8 sequence. */
static char *S_unescape(const char *s, size_t *len)
{
    cc_buf b = CC_BUF_INIT;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] != '\\' || !s[i + 1]) {
            cc_buf_putc(&b, s[i]);
            continue;
        }
        char c = s[++i];
        if (c == 'x' && s[i + 1] && s[i + 2]) {
            char hex[3] = {s[i + 1], s[i + 2], '\0'};
            cc_buf_putc(&b, (char)strtol(hex, NULL, 16));
            i += 2;
        } else {
            cc_buf_putc(&b, c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c == '0' ? '\0' : c);
        }
    }
    *len = b.len;
    char *out = cc_buf_detach(&b);
    return out;
}

static void S_load_spec(void)
{
    if (S_rows || S_spec_error)
        return;
    const char *dir = getenv("CC_SPEC_DIR");
    S_spec_path = cc_xasprintf("%s/figures.tsv", dir && *dir ? dir : "tests/spec");
    FILE *fp = fopen(S_spec_path, "rb");
    if (!fp) {
        S_spec_error = cc_xasprintf("cannot open %s (run from the project root or set CC_SPEC_DIR)", S_spec_path);
        return;
    }
    int col[F_COUNT];
    bool header = false;
    size_t cap = 0, lineno = 0;
    char *line = NULL;
    size_t linecap = 0;
    ssize_t got;
    while ((got = getline(&line, &linecap, fp)) != -1) {
        lineno++;
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        if (got == 0 || line[0] == '#')
            continue;
        char *fields[32];
        int nf = 0;
        for (char *p = line; nf < 32;) {
            fields[nf++] = p;
            char *tab = strchr(p, '\t');
            if (!tab)
                break;
            *tab = '\0';
            p = tab + 1;
        }
        if (!header) {
            for (int f = 0; f < F_COUNT; f++) {
                col[f] = -1;
                for (int i = 0; i < nf; i++)
                    if (strcmp(fields[i], S_field_names[f]) == 0)
                        col[f] = i;
                if (col[f] < 0) {
                    S_spec_error = cc_xasprintf("%s:%zu: the header has no column '%s'", S_spec_path, lineno,
                                                S_field_names[f]);
                    goto out;
                }
            }
            header = true;
            continue;
        }
        if (S_nrows == cap) {
            cap = cap ? cap * 2 : 256;
            S_rows = cc_xrealloc(S_rows, cap * sizeof *S_rows);
        }
        S_row *r = &S_rows[S_nrows++];
        r->line = lineno;
        for (int f = 0; f < F_COUNT; f++)
            r->field[f] = cc_xstrdup(col[f] < nf ? fields[col[f]] : "");
        r->input = S_unescape(r->field[F_INPUT], &r->input_len);
    }
    if (!header)
        S_spec_error = cc_xasprintf("%s: no header line", S_spec_path);
out:
    free(line);
    fclose(fp);
}

/* "3x [2.5, 3.5] | 4x (strict "by" reading) [3.5, 4.5]" */
static void S_format_readings(cc_buf *b, const cc_figure *f)
{
    for (int i = 0; i < f->n_readings; i++) {
        if (i)
            cc_buf_puts(b, " | ");
        cc_buf_printf(b, "%s ", f->readings[i].label);
        cc_iv_format(b, f->readings[i].iv);
    }
}

static bool S_num_close(double a, double b, double rel)
{
    if (isinf(a) || isinf(b))
        return a == b;
    return fabs(a - b) <= rel * fmax(fabs(a), fabs(b)) || fabs(a - b) < 1e-12;
}

static bool S_bound(const char *s, char **end, double *x)
{
    if (strncmp(s, "-∞", strlen("-∞")) == 0) {
        *x = -INFINITY;
        *end = (char *)s + strlen("-∞");
        return true;
    }
    if (strncmp(s, "∞", strlen("∞")) == 0) {
        *x = INFINITY;
        *end = (char *)s + strlen("∞");
        return true;
    }
    *x = strtod(s, end);
    return *end != s;
}

/* An interval as cc_iv_format prints it: "[2.5, 3.5]", "(1000, 2000)", "[15, ∞)". */
static bool S_parse_iv(const char *s, size_t n, cc_interval *iv)
{
    char *p;
    if (n < 6 || (s[0] != '[' && s[0] != '(') || (s[n - 1] != ']' && s[n - 1] != ')'))
        return false;
    iv->lo_open = s[0] == '(';
    iv->hi_open = s[n - 1] == ')';
    if (!S_bound(s + 1, &p, &iv->lo) || strncmp(p, ", ", 2) != 0 || !S_bound(p + 2, &p, &iv->hi))
        return false;
    return p == s + n - 1;
}

/* The interval is printed to a few significant digits in the table: it is
 * compared as numbers, its ends open or closed exactly. */
static bool S_iv_matches(cc_interval got, const char *want, size_t n)
{
    cc_interval w;
    return S_parse_iv(want, n, &w) && got.lo_open == w.lo_open && got.hi_open == w.hi_open &&
           S_num_close(got.lo, w.lo, 1e-5) && S_num_close(got.hi, w.hi, 1e-5);
}

/* Each reading "label interval": labels exactly, intervals as numbers. */
static bool S_readings_match(const cc_figure *f, const char *want)
{
    int i = 0;
    const char *p = want;
    while (*p) {
        const char *bar = strstr(p, " | ");
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (i >= f->n_readings)
            return false;
        /* the interval is the last " [" or " (" of the reading */
        const char *iv = NULL;
        for (const char *q = p; q + 1 < p + n; q++)
            if (q[0] == ' ' && (q[1] == '[' || q[1] == '('))
                iv = q;
        if (!iv)
            return false;
        const char *label = f->readings[i].label;
        if (strlen(label) != (size_t)(iv - p) || strncmp(label, p, (size_t)(iv - p)) != 0 ||
            !S_iv_matches(f->readings[i].iv, iv + 1, (size_t)(p + n - iv - 1)))
            return false;
        i++;
        p = bar ? bar + 3 : p + n;
    }
    return i == f->n_readings;
}

static void S_diff(cc_buf *diffs, int field, const char *got, const char *want)
{
    if (strcmp(got, want) != 0)
        cc_buf_printf(diffs, "\n  field %s: got '%s', expected '%s'", S_field_names[field], got, want);
}

/* cc_figure_print_fields gives what cJSON prints for the object that
 * cc_figure_add_fields fills, braces aside; NULL, or what differs. */
static char *S_pieced_differs(const cc_figure *f, cc_jpiece *p)
{
    cJSON *o = cJSON_CreateObject();
    cc_figure_add_fields(o, f);
    char *tree = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    char *msg = NULL;
    /* the input printed here, or handed over as printed */
    for (int given = 0; given < 2 && !msg; given++) {
        cc_buf b = CC_BUF_INIT;
        size_t at = CC_JPIECE_NONE, len = 0;
        if (given) { /* as extract does: at the start of what it prints to */
            cc_buf_puts(&b, "text:");
            cc_jpiece_strz(p, &b, f->input);
            at = 5;
            len = b.len - 5;
            cc_buf_putc(&b, '|');
        }
        size_t open = b.len;
        cc_buf_putc(&b, '{');
        cc_figure_print_fields(f, p, &b, at, len);
        cc_buf_putc(&b, '}');
        if (strcmp(tree, b.data + open) != 0) {
            cc_buf m = CC_BUF_INIT;
            cc_buf_printf(&m, "pieced%s %s\n  cJSON  %s", given ? " (input given)" : "", b.data + open, tree);
            msg = cc_buf_detach(&m);
        }
        cc_buf_free(&b);
    }
    free(tree);
    return msg;
}

START_TEST(test_spec_row)
{
    ck_assert_msg(!S_spec_error, "%s", S_spec_error ? S_spec_error : "");
    const S_row *r = &S_rows[_i];
    cc_figure fig;
    char *err = NULL;
    bool ok = cc_figure_parse(r->input, r->input_len, NULL, &fig, &err);
    const char *want_value = r->field[F_VALUE];
    if (strcmp(r->field[F_KIND], "ERROR") == 0) {
        if (ok) {
            cc_buf got = CC_BUF_INIT;
            cc_figure_describe(&fig, &got);
            cc_figure_free(&fig);
            ck_abort_msg("%s:%zu: field kind: '%s' was read (%s), expected ERROR containing '%s'", S_spec_path,
                         r->line, r->field[F_INPUT], got.data, want_value);
        }
        ck_assert_msg(err && *err, "%s:%zu: rejected without a message", S_spec_path, r->line);
        bool has = strstr(err, want_value) != NULL;
        ck_assert_msg(has, "%s:%zu: field value: message '%s' does not contain '%s'", S_spec_path, r->line, err,
                      want_value);
        free(err);
        return;
    }
    ck_assert_msg(ok, "%s:%zu: '%s' was rejected: %s", S_spec_path, r->line, r->field[F_INPUT], err ? err : "");
    ck_assert_msg(err == NULL, "%s:%zu: an error message on success", S_spec_path, r->line);

    cc_buf diffs = CC_BUF_INIT, b = CC_BUF_INIT;
    S_diff(&diffs, F_KIND, cc_kind_name(fig.kind), r->field[F_KIND]);
    char *end;
    double want = strtod(want_value, &end);
    if (end == want_value || *end || !S_num_close(fig.value, want, 1e-9)) {
        cc_buf_num(&b, fig.value);
        cc_buf_printf(&diffs, "\n  field value: got '%s', expected '%s'", b.data, want_value);
        cc_buf_clear(&b);
    }
    if (!S_iv_matches(fig.iv, r->field[F_INTERVAL], strlen(r->field[F_INTERVAL]))) {
        cc_iv_format(&b, fig.iv);
        cc_buf_printf(&diffs, "\n  field interval: got '%s', expected '%s'", b.data, r->field[F_INTERVAL]);
        cc_buf_clear(&b);
    }
    S_diff(&diffs, F_QUALIFIER, cc_qualifier_name(fig.qualifier), r->field[F_QUALIFIER]);
    S_diff(&diffs, F_UNIT, fig.unit, r->field[F_UNIT]);
    S_diff(&diffs, F_DIMENSION, cc_dimension_name(fig.dimension), r->field[F_DIMENSION]);
    const char *dir = cc_direction_name(fig.direction);
    S_diff(&diffs, F_DIRECTION, dir ? dir : "-", r->field[F_DIRECTION]);
    if (!S_readings_match(&fig, r->field[F_READINGS])) {
        S_format_readings(&b, &fig);
        cc_buf_printf(&diffs, "\n  field readings: got '%s', expected '%s'", b.data ? b.data : "",
                      r->field[F_READINGS]);
    }
    cc_jpiece jp;
    cc_jpiece_init(&jp);
    char *pieced = S_pieced_differs(&fig, &jp);
    cc_jpiece_free(&jp);
    if (pieced)
        cc_buf_printf(&diffs, "\n  JSON: %s", pieced);
    free(pieced);
    cc_buf_free(&b);
    cc_figure_free(&fig);
    if (diffs.len) {
        char *msg = cc_buf_detach(&diffs);
        ck_abort_msg("%s:%zu: '%s' differs:%s", S_spec_path, r->line, r->field[F_INPUT], msg);
    }
}
END_TEST

START_TEST(test_spec_loaded)
{
    ck_assert_msg(!S_spec_error, "%s", S_spec_error ? S_spec_error : "");
    ck_assert_msg(S_nrows >= 300, "%s has %zu rows, expected at least 300", S_spec_path, S_nrows);
}
END_TEST

Suite *figure_spec_suite(void)
{
    S_load_spec();
    Suite *s = suite_create("figure-spec");
    TCase *tc = tcase_create("figures.tsv");
    tcase_add_test(tc, test_spec_loaded);
    if (S_nrows)
        tcase_add_loop_test(tc, test_spec_row, 0, (int)S_nrows);
    suite_add_tcase(s, tc);
    return s;
}

/* ------------------------------------------------------------------ */
/* Focused tests                                                        */
/* ------------------------------------------------------------------ */

static cc_figure S_parse(const char *s)
{
    cc_figure f;
    char *err = NULL;
    bool ok = cc_figure_parse(s, strlen(s), NULL, &f, &err);
    ck_assert_msg(ok, "'%s' rejected: %s", s, err ? err : "");
    return f;
}

static char *S_iv_text(cc_interval iv)
{
    cc_buf b = CC_BUF_INIT;
    cc_iv_format(&b, iv);
    return cc_buf_detach(&b);
}

static const struct {
    const char *input;
    cc_qualifier qual;
    const char *iv;
} qual_cases[] = {
    {"30", CC_QUAL_EXACT, "[29.5, 30.5]"},
    {"约30", CC_QUAL_APPROX, "[27, 33]"},
    {"around 30", CC_QUAL_APPROX, "[27, 33]"},
    {"1000多", CC_QUAL_MORE_THAN, "(1000, 2000)"},
    {"260多", CC_QUAL_MORE_THAN, "(260, 270)"},
    {"over 10", CC_QUAL_MORE_THAN, "(10, ∞)"},
    {"15%以上", CC_QUAL_AT_LEAST, "[15, ∞)"},
    {"50+", CC_QUAL_AT_LEAST, "[50, ∞)"},
    {"不到5分钟", CC_QUAL_LESS_THAN, "[0, 5)"},
    {"5分钟以内", CC_QUAL_AT_MOST, "[0, 5]"},
    {"近30个", CC_QUAL_NEARLY, "[27, 30)"},
    {"up to 20%", CC_QUAL_UP_TO, "[0, 20]"},
    {"20~30%", CC_QUAL_RANGE, "[20, 30]"},
    {"数十次", CC_QUAL_RANGE, "(10, 100)"},
};

START_TEST(test_qualifier)
{
    cc_figure f = S_parse(qual_cases[_i].input);
    ck_assert_str_eq(cc_qualifier_name(f.qualifier), cc_qualifier_name(qual_cases[_i].qual));
    char *iv = S_iv_text(f.iv);
    ck_assert_str_eq(iv, qual_cases[_i].iv);
    free(iv);
    cc_figure_free(&f);
}
END_TEST

START_TEST(test_tolerance_from_config)
{
    cc_tolerance tol = {0.2, 0.05};
    cc_figure f;
    char *err = NULL;
    ck_assert(cc_figure_parse("约30", strlen("约30"), &tol, &f, &err));
    ck_assert_num_eq(f.iv.lo, 24);
    ck_assert_num_eq(f.iv.hi, 36);
    cc_figure_free(&f);
    ck_assert(cc_figure_parse("近30个", strlen("近30个"), &tol, &f, &err));
    ck_assert_num_eq(f.iv.lo, 28.5);
    ck_assert(f.iv.hi_open);
    cc_figure_free(&f);
}
END_TEST

START_TEST(test_names)
{
    ck_assert_str_eq(cc_kind_name(CC_KIND_QUANTITY), "quantity");
    ck_assert_str_eq(cc_kind_name(CC_KIND_MULTIPLIER), "multiplier");
    ck_assert_str_eq(cc_kind_name(CC_KIND_CHANGE), "change");
    ck_assert_str_eq(cc_kind_name(CC_KIND_POINTS), "points");
    const char *quals[] = {"exact", "approx", "more-than", "at-least", "less-than",
                           "at-most", "nearly", "up-to", "range"};
    for (int q = CC_QUAL_EXACT; q <= CC_QUAL_RANGE; q++)
        ck_assert_str_eq(cc_qualifier_name((cc_qualifier)q), quals[q]);
    ck_assert_str_eq(cc_dimension_name(CC_DIM_TIME), "time");
    ck_assert_str_eq(cc_dimension_name(CC_DIM_PERCENT), "percent");
    ck_assert_str_eq(cc_dimension_name(CC_DIM_RATIO), "ratio");
    ck_assert_str_eq(cc_dimension_name(CC_DIM_COUNT), "count");
    ck_assert_str_eq(cc_dimension_name(CC_DIM_NONE), "none");
    ck_assert_str_eq(cc_direction_name(CC_DIR_UP), "up");
    ck_assert_str_eq(cc_direction_name(CC_DIR_DOWN), "down");
    ck_assert_ptr_null(cc_direction_name(CC_DIR_NONE));
}
END_TEST

static const struct {
    const char *unit;
    double seconds;
} unit_cases[] = {
    {"ns", 1e-9}, {"us", 1e-6}, {"ms", 1e-3}, {"s", 1}, {"min", 60}, {"h", 3600}, {"d", 86400},
    {"%", 0},     {"x", 0},     {"pp", 0},    {"人", 0}, {"", 0},     {"m", 0},    {"hours", 0},
};

START_TEST(test_unit_seconds)
{
    ck_assert_num_eq(cc_unit_seconds(unit_cases[_i].unit), unit_cases[_i].seconds);
}
END_TEST

/* A count's noun that is a symbol of measure: its prefix's size and its base. */
static const struct {
    const char *noun;
    double scale;
    const char *base;
} symbol_cases[] = {
    {"TB/s", 1e12, "B/s"},  {"GB/s", 1e9, "B/s"},   {"GB", 1e9, "B"},       {"GiB", 1073741824.0, "B"},
    {"KiB", 1024, "B"},     {"kB", 1e3, "B"},       {"KB", 1e3, "B"},       {"Gb", 1e9, "b"},
    {"Gbps", 1e9, "bps"},   {"bps", 1, "bps"},      {"TFLOPS", 1e12, "FLOPS"}, {"FLOPS", 1, "FLOPS"},
    {"TOPS", 1e12, "OPS"},  {"GHz", 1e9, "Hz"},     {"Hz", 1, "Hz"},        {"kW", 1e3, "W"},
    {"W", 1, "W"},          {"mW", 1e-3, "W"},      {"nm", 1e-9, "m"},      {"\xCE\xBCm", 1e-6, "m"},
    /* metres and grams below one and in thousands, energy and charge */
    {"km", 1e3, "m"},       {"cm", 1e-2, "m"},      {"mm", 1e-3, "m"},      {"g", 1, "g"},
    {"kg", 1e3, "g"},       {"mg", 1e-3, "g"},      {"Wh", 1, "Wh"},        {"kWh", 1e3, "Wh"},
    {"mAh", 1e-3, "Ah"},    {"Ah", 1, "Ah"},
    /* spelled out, in any case, and bytes per second */
    {"petaflops", 1e15, "FLOPS"}, {"TeraFLOPS", 1e12, "FLOPS"}, {"watts", 1, "W"},   {"Kilowatts", 1e3, "W"},
    {"gigabytes per second", 1e9, "B/s"}, {"terabytes/s", 1e12, "B/s"}, {"gigahertz", 1e9, "Hz"},
    {"nanometers", 1e-9, "m"},   {"\xE5\x8D\x83\xE7\x93\xA6", 1e3, "W"},   {"\xE7\xBA\xB3\xE7\xB1\xB3", 1e-9, "m"},
    {"exaflop", 1e18, "FLOPS"},  {"Teraflop", 1e12, "FLOPS"},
    {"gigabyte", 1e9, "B"},      {"gigabits per second", 1e9, "b/s"}, {"watts per second", 0, NULL},
    {"gigawatt-hours", 0, NULL}, {"bytesize", 0, NULL},
    /* no symbols: billions (70B) and millions ($5m), binary prefixes of
     * other bases, metres and grams above one but in thousands, milli- and
     * centi- of anything else, other nouns */
    {"B", 0, NULL},         {"b", 0, NULL},         {"GiHz", 0, NULL},      {"Mm", 0, NULL},
    {"Gg", 0, NULL},        {"cW", 0, NULL},        {"cg", 0, NULL},        {"cAh", 0, NULL},
    {"m", 0, NULL},         {"mB", 0, NULL},        {"mHz", 0, NULL},       {"人", 0, NULL},
    {"users", 0, NULL},     {"", 0, NULL},          {"gb", 0, NULL},        {"GBs", 0, NULL},
};

START_TEST(test_symbol_scale)
{
    const char *base = NULL;
    double k = cc_symbol_scale(symbol_cases[_i].noun, &base);
    ck_assert_msg(k == symbol_cases[_i].scale, "%s: scale %g, expected %g", symbol_cases[_i].noun, k,
                  symbol_cases[_i].scale);
    if (symbol_cases[_i].base)
        ck_assert_str_eq(base, symbol_cases[_i].base);
}
END_TEST

/* The currency of a count's noun, and what follows it. */
static const struct {
    const char *noun, *code, *rest; /* code NULL: no currency */
} currency_cases[] = {
    {"$", "USD", ""},        {"US$", "USD", ""},     {"USD", "USD", ""},      {"美元", "USD", ""},
    {"$/h", "USD", "/h"},    {"美元/小时", "USD", "/小时"}, {"HK$", "HKD", ""},     {"港元", "HKD", ""},
    {"元", "CNY", ""},       {"人民币", "CNY", ""},  {"RMB", "CNY", ""},      {"€", "EUR", ""},
    {"£", "GBP", ""},        {"¥", "¥", ""},         {"日元", "JPY", ""},     {"人", NULL, NULL},
    {"元素", NULL, NULL},    {"$s", NULL, NULL},     {"USDT", NULL, NULL},    {"GB", NULL, NULL},
    {"₹", "INR", ""},        {"Rs", "INR", ""},      {"Rs.", "INR", ""},      {"INR", "INR", ""},
    {"卢比", "INR", ""},     {"Rss", NULL, NULL},    {"", NULL, NULL},
};

START_TEST(test_currency)
{
    const char *rest = NULL;
    const char *code = cc_currency(currency_cases[_i].noun, &rest);
    if (!currency_cases[_i].code) {
        ck_assert_msg(code == NULL, "'%s': currency %s, expected none", currency_cases[_i].noun, code);
        return;
    }
    ck_assert_msg(code != NULL, "'%s': no currency, expected %s", currency_cases[_i].noun, currency_cases[_i].code);
    ck_assert_str_eq(code, currency_cases[_i].code);
    ck_assert_str_eq(rest, currency_cases[_i].rest);
}
END_TEST

/* The Chinese names extract takes after a number: every name of two
 * characters or more, and no sign, code or 元 (a measure word). */
START_TEST(test_currency_names)
{
    bool dollar = false, renminbi = false;
    size_t i = 0;
    for (const char *name; (name = cc_currency_name(i)) != NULL; i++) {
        const char *rest = NULL;
        ck_assert_msg(cc_currency(name, &rest) != NULL, "%s names no currency", name);
        ck_assert_msg(strlen(name) >= 6 && (unsigned char)name[0] >= 0xE4, "%s is no Chinese name", name);
        dollar |= strcmp(name, "美元") == 0;
        renminbi |= strcmp(name, "人民币") == 0;
    }
    ck_assert(dollar && renminbi);
    ck_assert_uint_ge(i, 10);
    ck_assert_uint_le(i, 16); /* extract keeps 16 */
}
END_TEST

/* 30分钟 = 30 min = 0.5 h = 1800 s (DESIGN 1.2): the same duration in seconds. */
START_TEST(test_time_units_convert)
{
    const char *same[] = {"30分钟", "30 min", "30 minutes", "0.5 h", "0.5小时", "1800 s", "1800秒", "1800 seconds"};
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        cc_figure f = S_parse(same[i]);
        ck_assert_msg(f.dimension == CC_DIM_TIME, "%s is not a time", same[i]);
        double sec = cc_unit_seconds(f.unit);
        ck_assert_msg(sec > 0, "%s: unit '%s' is not a time unit", same[i], f.unit);
        ck_assert_num_eq(f.value * sec, 1800);
        cc_figure_free(&f);
    }
    cc_figure f = S_parse("1000多人");
    ck_assert_str_eq(f.unit, "人");
    ck_assert_int_eq(f.dimension, CC_DIM_COUNT);
    ck_assert_num_eq(cc_unit_seconds(f.unit), 0);
    cc_figure_free(&f);
}
END_TEST

static const struct {
    const char *input;
    int n;
    const char *first, *second; /* label and interval */
} reading_cases[] = {
    {"提升了3倍", 2, "3x [2.5, 3.5]", "4x (strict \"by\" reading) [3.5, 4.5]"},
    {"3x faster", 2, "3x [2.5, 3.5]", "4x (strict \"by\" reading) [3.5, 4.5]"},
    {"3 times faster", 2, "3x [2.5, 3.5]", "4x (strict \"by\" reading) [3.5, 4.5]"},
    {"增长了5倍", 2, "5x [4.5, 5.5]", "6x (strict \"by\" reading) [5.5, 6.5]"},
    {"increased by 3 times", 2, "3x [2.5, 3.5]", "4x (strict \"by\" reading) [3.5, 4.5]"},
    {"a 3-fold increase", 2, "3x [2.5, 3.5]", "4x (strict \"by\" reading) [3.5, 4.5]"},
    {"提升到3倍", 1, "3x [2.5, 3.5]", NULL},
    {"是原来的3倍", 1, "3x [2.5, 3.5]", NULL},
    {"3x speedup", 1, "3x [2.5, 3.5]", NULL},
    {"3 times as fast", 1, "3x [2.5, 3.5]", NULL},
    {"2.78倍", 1, "2.78x [2.775, 2.785]", NULL},
    {"3倍的加速", 1, "3x [2.5, 3.5]", NULL},
    {"提升了15%", 1, "+15% [1.145, 1.155]", NULL},
    {"下降20%", 1, "-20% [0.795, 0.805]", NULL},
    {"翻两番", 1, "4x [4, 4]", NULL},
    {"减半", 1, "0.5x [0.5, 0.5]", NULL},
};

START_TEST(test_readings)
{
    cc_figure f = S_parse(reading_cases[_i].input);
    ck_assert_msg(f.n_readings == reading_cases[_i].n, "%s: %d readings, expected %d", reading_cases[_i].input,
                  f.n_readings, reading_cases[_i].n);
    for (int i = 0; i < f.n_readings; i++) {
        cc_buf b = CC_BUF_INIT;
        cc_buf_printf(&b, "%s ", f.readings[i].label);
        cc_iv_format(&b, f.readings[i].iv);
        ck_assert_str_eq(b.data, i ? reading_cases[_i].second : reading_cases[_i].first);
        cc_buf_free(&b);
    }
    cc_figure_free(&f);
}
END_TEST

START_TEST(test_speed_and_level_flags)
{
    cc_figure f = S_parse("3x faster");
    ck_assert(f.speed);
    ck_assert(!f.to_level);
    cc_figure_free(&f);
    f = S_parse("提升到3倍");
    ck_assert(f.to_level);
    ck_assert(!f.speed);
    cc_figure_free(&f);
    f = S_parse("1.5万");
    ck_assert_num_eq(f.step, 1000);
    cc_figure_free(&f);
    f = S_parse("2.78x");
    ck_assert_num_eq(f.step, 0.01);
    cc_figure_free(&f);
}
END_TEST

static cJSON *S_json(const char *input)
{
    cc_figure f = S_parse(input);
    cc_buf b = CC_BUF_INIT;
    cc_figure_json(&f, &b);
    cc_figure_free(&f);
    ck_assert_ptr_nonnull(b.data);
    ck_assert_msg(!strchr(b.data, '\n'), "JSON of %s spans lines", input);
    cJSON *o = cJSON_Parse(b.data);
    ck_assert_msg(o != NULL, "JSON of %s does not parse: %s", input, b.data);
    cc_buf_free(&b);
    return o;
}

/* Exactly the names of DESIGN 1, in that order. */
static void S_check_names(const cJSON *o, const char *const *names, size_t n)
{
    size_t i = 0;
    for (const cJSON *c = o->child; c; c = c->next, i++) {
        ck_assert_msg(i < n, "unexpected field '%s'", c->string);
        ck_assert_str_eq(c->string, names[i]);
    }
    ck_assert_msg(i == n, "%zu fields, expected %zu", i, n);
}

START_TEST(test_json_fields)
{
    static const char *const names[] = {"input",     "kind", "value",     "lo",        "hi",       "lo_open",
                                        "hi_open",   "qualifier", "unit", "dimension", "direction", "readings"};
    static const char *const rnames[] = {"lo", "hi", "lo_open", "hi_open", "label"};
    cJSON *o = S_json("提升了3倍");
    S_check_names(o, names, sizeof names / sizeof names[0]);
    ck_assert_str_eq(cJSON_GetObjectItem(o, "input")->valuestring, "提升了3倍");
    ck_assert_str_eq(cJSON_GetObjectItem(o, "kind")->valuestring, "multiplier");
    ck_assert_num_eq(cJSON_GetObjectItem(o, "value")->valuedouble, 3);
    ck_assert_num_eq(cJSON_GetObjectItem(o, "lo")->valuedouble, 2.5);
    ck_assert_num_eq(cJSON_GetObjectItem(o, "hi")->valuedouble, 3.5);
    ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(o, "lo_open")));
    ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(o, "hi_open")));
    ck_assert_str_eq(cJSON_GetObjectItem(o, "qualifier")->valuestring, "exact");
    ck_assert_str_eq(cJSON_GetObjectItem(o, "unit")->valuestring, "x");
    ck_assert_str_eq(cJSON_GetObjectItem(o, "dimension")->valuestring, "ratio");
    ck_assert_str_eq(cJSON_GetObjectItem(o, "direction")->valuestring, "up");
    cJSON *rd = cJSON_GetObjectItem(o, "readings");
    ck_assert(cJSON_IsArray(rd));
    ck_assert_int_eq(cJSON_GetArraySize(rd), 2);
    for (cJSON *r = rd->child; r; r = r->next)
        S_check_names(r, rnames, sizeof rnames / sizeof rnames[0]);
    ck_assert_str_eq(cJSON_GetObjectItem(rd->child->next, "label")->valuestring, "4x (strict \"by\" reading)");
    ck_assert_num_eq(cJSON_GetObjectItem(rd->child->next, "lo")->valuedouble, 3.5);
    cJSON_Delete(o);
}
END_TEST

START_TEST(test_json_nulls)
{
    /* an unbounded side is null, and so is a missing direction */
    cJSON *o = S_json("15%以上");
    ck_assert_num_eq(cJSON_GetObjectItem(o, "lo")->valuedouble, 15);
    ck_assert(cJSON_IsNull(cJSON_GetObjectItem(o, "hi")));
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(o, "hi_open")));
    ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(o, "lo_open")));
    ck_assert(cJSON_IsNull(cJSON_GetObjectItem(o, "direction")));
    cJSON *r = cJSON_GetArrayItem(cJSON_GetObjectItem(o, "readings"), 0);
    ck_assert(cJSON_IsNull(cJSON_GetObjectItem(r, "hi")));
    cJSON_Delete(o);
    o = S_json("1000多人");
    ck_assert_str_eq(cJSON_GetObjectItem(o, "unit")->valuestring, "人");
    ck_assert_str_eq(cJSON_GetObjectItem(o, "dimension")->valuestring, "count");
    ck_assert_str_eq(cJSON_GetObjectItem(o, "qualifier")->valuestring, "more-than");
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(o, "lo_open")));
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(o, "hi_open")));
    cJSON_Delete(o);
    o = S_json("30");
    ck_assert_str_eq(cJSON_GetObjectItem(o, "unit")->valuestring, "");
    ck_assert_str_eq(cJSON_GetObjectItem(o, "dimension")->valuestring, "none");
    cJSON_Delete(o);
}
END_TEST

/* The pieced printing against cJSON's on figures no reading gives:
 * strings to escape, numbers at the ends of the double range, infinite
 * and NaN values, no reading and the most readings; the number memo is
 * shared by all of them and fills up more than once. */
START_TEST(test_json_pieced)
{
    static const char *const strings[] = {"",         "plain",          "quote \" and \\ back",
                                          "\x01\x1f tab\t nl\n cr\r ff\f bs\b",
                                          "中文 → ∞", "\x7f del", "/slash/", "\xc3\x28 invalid"};
    static const double nums[] = {0,       -0.0,    1,         -1,       0.1,     1.0 / 3,  2.78,   1e15,
                                  1e15 + 1, 123456789012345678.0, 1e300, -1e-300, 5e-324, 1.7976931348623157e308,
                                  INFINITY, -INFINITY, NAN};
    size_t ns = sizeof strings / sizeof strings[0], nn = sizeof nums / sizeof nums[0];
    cc_jpiece jp;
    cc_jpiece_init(&jp);
    for (size_t k = 0; k < 3000; k++) {
        cc_figure f;
        memset(&f, 0, sizeof f);
        f.input = (char *)strings[k % ns];
        f.unit = (char *)strings[(k / ns) % ns];
        f.kind = (cc_kind)(k % 4);
        f.qualifier = (cc_qualifier)(k % 9);
        f.dimension = (cc_dimension)(k % 5);
        f.direction = (cc_direction)(k % 3);
        /* past the named numbers, a new one each time: the memo starts over */
        f.value = k < nn ? nums[k] : (double)k * 1.25;
        f.iv = cc_iv(nums[(k + 1) % nn], nums[(k + 2) % nn], k & 1, k & 2);
        f.n_readings = (int)(k % (CC_MAX_READINGS + 1));
        for (int i = 0; i < f.n_readings; i++) {
            f.readings[i].iv = cc_iv(nums[(k + 3 + (size_t)i) % nn], (double)k / 7, i & 1, k & 4);
            snprintf(f.readings[i].label, sizeof f.readings[i].label, "%s", strings[(k + (size_t)i) % ns]);
        }
        char *msg = S_pieced_differs(&f, &jp);
        ck_assert_msg(msg == NULL, "figure %zu:\n  %s", k, msg ? msg : "");
    }
    cc_jpiece_free(&jp);
}
END_TEST

static const struct {
    const char *input, *line;
} describe_cases[] = {
    {"5分钟以内", "5分钟以内 → time at most 5 min: [0, 5]"},
    {"30%", "30% → percent 30%: [29.5, 30.5]"},
    {"1000多人", "1000多人 → count more than 1000 人: (1000, 2000)"},
    {"up to 20%", "up to 20% → percent up to 20%: [0, 20]"},
    {"1.5万", "1.5万 → number 15000: [14500, 15500]"},
    {"2.78倍", "2.78倍 → multiplier 2.78x: [2.775, 2.785]; factor [2.775, 2.785]"},
    {"提升了3倍",
     "提升了3倍 → multiplier up 3x: [2.5, 3.5]; reads 3x [2.5, 3.5] or 4x (strict \"by\" reading) [3.5, 4.5]"},
    {"提升了15%以上", "提升了15%以上 → change up at least 15%: [15, ∞); factor +15% [1.15, ∞)"},
    {"+60 pp", "+60 pp → points up 60 pp: [59.5, 60.5]"},
    {"20%-30%", "20%-30% → percent between 20 and 30%: [20, 30]"},
};

START_TEST(test_describe)
{
    cc_figure f = S_parse(describe_cases[_i].input);
    cc_buf b = CC_BUF_INIT;
    cc_figure_describe(&f, &b);
    ck_assert_str_eq(b.data, describe_cases[_i].line);
    cc_buf_free(&b);
    cc_figure_free(&f);
}
END_TEST

/* Never a crash, never a silent zero: every prefix and suffix of a set of
 * figures, and a few hostile strings, either read or say what was expected. */
START_TEST(test_no_crash_on_any_cut)
{
    static const char *const seeds[] = {"提升了15%以上", "最高达20%", "1000多人", "between 20 and 30", "1.5万",
                                        "３０％", "a 3-fold increase", "数十次", "5分钟以内", "翻了一番"};
    for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        size_t n = strlen(seeds[i]);
        for (size_t a = 0; a <= n; a++)
            for (size_t k = 0; a + k <= n; k++) {
                cc_figure f;
                char *err = NULL;
                if (cc_figure_parse(seeds[i] + a, k, NULL, &f, &err)) {
                    ck_assert_ptr_null(err);
                    ck_assert(!isnan(f.value) && !isnan(f.iv.lo) && !isnan(f.iv.hi));
                    ck_assert_ptr_nonnull(f.unit);
                    cc_figure_free(&f);
                } else {
                    ck_assert_msg(err && strstr(err, "expect"), "'%.*s': message without what was expected: %s",
                                  (int)k, seeds[i] + a, err ? err : "(none)");
                    free(err);
                }
            }
    }
}
END_TEST

START_TEST(test_length_limit)
{
    char buf[CC_FIGURE_MAX + 2];
    memset(buf, '1', sizeof buf);
    cc_figure f;
    char *err = NULL;
    ck_assert(!cc_figure_parse(buf, CC_FIGURE_MAX + 1, NULL, &f, &err));
    ck_assert_ptr_nonnull(strstr(err, "longer than the limit"));
    free(err);
    /* spaces do not count against the number */
    memset(buf, ' ', CC_FIGURE_MAX);
    memcpy(buf + CC_FIGURE_MAX - 3, "30%", 3);
    ck_assert(cc_figure_parse(buf, CC_FIGURE_MAX, NULL, &f, &err));
    ck_assert_num_eq(f.value, 30);
    cc_figure_free(&f);
}
END_TEST

START_TEST(test_long_noun_keeps_utf8)
{
    /* a long label is cut at a code point, never inside one */
    const char *s = "1000000-2000000人人人人人人人人人人人人人人人";
    cc_figure f;
    char *err = NULL;
    if (cc_figure_parse(s, strlen(s), NULL, &f, &err)) {
        const char *l = f.readings[0].label;
        ck_assert_uint_eq(cc_utf8_check(l, strlen(l)), strlen(l));
        cc_figure_free(&f);
    } else {
        free(err);
    }
}
END_TEST

Suite *figure_suite(void)
{
    Suite *s = suite_create("figure");
    TCase *tc = tcase_create("figure");
    tcase_add_loop_test(tc, test_qualifier, 0, sizeof qual_cases / sizeof qual_cases[0]);
    tcase_add_test(tc, test_tolerance_from_config);
    tcase_add_test(tc, test_names);
    tcase_add_loop_test(tc, test_unit_seconds, 0, sizeof unit_cases / sizeof unit_cases[0]);
    tcase_add_loop_test(tc, test_symbol_scale, 0, sizeof symbol_cases / sizeof symbol_cases[0]);
    tcase_add_loop_test(tc, test_currency, 0, sizeof currency_cases / sizeof currency_cases[0]);
    tcase_add_test(tc, test_currency_names);
    tcase_add_test(tc, test_time_units_convert);
    tcase_add_loop_test(tc, test_readings, 0, sizeof reading_cases / sizeof reading_cases[0]);
    tcase_add_test(tc, test_speed_and_level_flags);
    tcase_add_test(tc, test_json_fields);
    tcase_add_test(tc, test_json_nulls);
    tcase_add_test(tc, test_json_pieced);
    tcase_add_loop_test(tc, test_describe, 0, sizeof describe_cases / sizeof describe_cases[0]);
    tcase_add_test(tc, test_no_crash_on_any_cut);
    tcase_add_test(tc, test_length_limit);
    tcase_add_test(tc, test_long_noun_keeps_utf8);
    suite_add_tcase(s, tc);
    return s;
}
