/* test_report.c — the printed report's pieces: chart geometry (axes, the
 * positions of intervals in the SVG), the rows a claim draws, escaping,
 * links, and quote lookup. */
#include "unit.h"

#include <stdlib.h>

#include "report.h"

/* ------------------------------------------------------------------ */
/* Axis                                                                 */
/* ------------------------------------------------------------------ */

static cc_chart_row S_r(double lo, double hi, bool lo_open, bool hi_open)
{
    cc_chart_row r;
    memset(&r, 0, sizeof r);
    r.iv = cc_iv(lo, hi, lo_open, hi_open);
    r.kind = CC_ROW_STATED;
    r.fits = -1;
    return r;
}

static bool S_nice(double step)
{
    double mag = pow(10, floor(log10(step))), m = step / mag;
    return fabs(m - 1) < 1e-9 || fabs(m - 2) < 1e-9 || fabs(m - 2.5) < 1e-9 || fabs(m - 5) < 1e-9 ||
           fabs(m - 10) < 1e-9;
}

static const struct {
    double lo, hi;
    bool ratio;
} S_axes[] = {
    {2.5, 4.5, true}, {1.165, 2.785, true}, {5.9, INFINITY, true}, {29.5, 30.5, false},
    {0, 20, false},   {260, 270, false},    {-INFINITY, 5, false}, {1e6, 3e6, false},
    {0.001, 0.002, false}, {7, 7, false},   {1, 1.2, true},        {-40, -10, false},
};

START_TEST(test_axis_fit)
{
    cc_chart_row r = S_r(S_axes[_i].lo, S_axes[_i].hi, false, false);
    cc_axis ax;
    cc_axis_fit(&ax, &r, 1, S_axes[_i].ratio);
    ck_assert(isfinite(ax.lo) && isfinite(ax.hi) && ax.lo < ax.hi);
    ck_assert_msg(S_nice(ax.step), "step %g is not 1, 2, 2.5 or 5 times a power of ten", ax.step);
    ck_assert_int_ge(ax.nticks, 2);
    ck_assert_int_le(ax.nticks, 12);
    if (isfinite(S_axes[_i].lo))
        ck_assert(ax.lo <= S_axes[_i].lo);
    if (isfinite(S_axes[_i].hi))
        ck_assert(ax.hi >= S_axes[_i].hi);
    else
        ck_assert_msg(ax.hi > S_axes[_i].lo, "no room for the arrow of an open interval");
    if (S_axes[_i].ratio)
        ck_assert(ax.lo <= 1 && ax.hi >= 1);
    /* the ticks are the axis ends and equally spaced multiples of step */
    ck_assert_num_eq(cc_axis_tick(&ax, 0), ax.lo);
    ck_assert(fabs(cc_axis_tick(&ax, ax.nticks - 1) - ax.hi) < ax.step * 1e-6);
    double prev = -INFINITY;
    for (int t = 0; t < ax.nticks; t++) {
        double x = cc_axis_x(&ax, cc_axis_tick(&ax, t), 100, 500);
        ck_assert(x > prev);
        ck_assert(x >= 100 && x <= 500);
        prev = x;
    }
}
END_TEST

START_TEST(test_axis_x_monotone)
{
    cc_chart_row rows[2] = {S_r(0.5, 3, false, false), S_r(2, 9, false, false)};
    cc_axis ax;
    cc_axis_fit(&ax, rows, 2, true);
    double prev = -INFINITY;
    for (double v = ax.lo - 1; v <= ax.hi + 1; v += 0.01) {
        double x = cc_axis_x(&ax, v, 10, 610);
        ck_assert(x >= prev);
        ck_assert(x >= 10 && x <= 610);
        prev = x;
    }
    ck_assert_num_eq(cc_axis_x(&ax, ax.lo, 10, 610), 10);
    ck_assert_num_eq(cc_axis_x(&ax, ax.hi, 10, 610), 610);
    ck_assert_num_eq(cc_axis_x(&ax, (ax.lo + ax.hi) / 2, 10, 610), 310);
}
END_TEST

/* ------------------------------------------------------------------ */
/* SVG: the drawn x positions follow the numbers                        */
/* ------------------------------------------------------------------ */

typedef struct {
    double lo, hi, x1, x2;
} S_drawn;

static double S_attr(const char *tag, const char *name)
{
    char key[32];
    snprintf(key, sizeof key, " %s=\"", name);
    const char *p = strstr(tag, key);
    ck_assert_msg(p != NULL, "no %s in %.80s", name, tag);
    p += strlen(key);
    if (strncmp(p, "inf\"", 4) == 0)
        return INFINITY;
    if (strncmp(p, "-inf\"", 5) == 0)
        return -INFINITY;
    return strtod(p, NULL);
}

/* The <line class="iv ..."> elements of an SVG, in document order. */
static size_t S_lines(const char *svg, S_drawn *out, size_t max)
{
    size_t n = 0;
    for (const char *p = strstr(svg, "<line class=\"iv"); p && n < max; p = strstr(p + 1, "<line class=\"iv")) {
        const char *end = strchr(p, '>');
        ck_assert(end != NULL);
        char *tag = cc_xstrndup(p, (size_t)(end - p));
        out[n].lo = S_attr(tag, "data-lo");
        out[n].hi = S_attr(tag, "data-hi");
        out[n].x1 = S_attr(tag, "x1");
        out[n].x2 = S_attr(tag, "x2");
        free(tag);
        n++;
    }
    return n;
}

static void S_assert_monotone(const S_drawn *d, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        ck_assert_msg(d[i].x1 <= d[i].x2, "row %zu drawn backwards", i);
        for (size_t j = 0; j < n; j++) {
            if (d[i].lo < d[j].lo)
                ck_assert_msg(d[i].x1 < d[j].x1, "lo %g < %g but x1 %g >= %g", d[i].lo, d[j].lo, d[i].x1, d[j].x1);
            if (d[i].lo == d[j].lo)
                ck_assert_num_eq(d[i].x1, d[j].x1);
            if (d[i].hi < d[j].hi)
                ck_assert_msg(d[i].x2 < d[j].x2, "hi %g < %g but x2 %g >= %g", d[i].hi, d[j].hi, d[i].x2, d[j].x2);
            /* where one row ends and another starts, the picture agrees */
            if (isfinite(d[i].hi) && isfinite(d[j].lo) && d[i].hi < d[j].lo)
                ck_assert(d[i].x2 < d[j].x1);
        }
    }
}

START_TEST(test_svg_positions)
{
    cc_chart ch;
    memset(&ch, 0, sizeof ch);
    cc_chart_row rows[] = {S_r(2.5, 3.5, false, false), S_r(3.5, 4.5, false, false),
                           S_r(2.93, 3.07, false, false), S_r(5.9, INFINITY, false, true),
                           S_r(1.165, 1.175, false, false), S_r(1, 1.2, false, false)};
    rows[1].kind = CC_ROW_STATED_ALT;
    rows[2].kind = CC_ROW_DERIVED;
    ch.rows = rows;
    ch.n = sizeof rows / sizeof rows[0];
    snprintf(ch.unit, sizeof ch.unit, "\xC3\x97");
    cc_buf b = CC_BUF_INIT;
    cc_chart_svg(&b, &ch, "test");
    S_drawn d[8];
    size_t n = S_lines(b.data, d, 8);
    ck_assert_uint_eq(n, ch.n);
    for (size_t i = 0; i < n; i++) {
        ck_assert_num_eq(d[i].lo, rows[i].iv.lo);
        ck_assert_num_eq(d[i].hi, rows[i].iv.hi);
    }
    S_assert_monotone(d, n);
    /* an open upper end runs past every finite position, to the edge */
    for (size_t i = 0; i < n; i++)
        if (i != 3)
            ck_assert(d[3].x2 > d[i].x2);
    /* one scale: equal widths in value are equal widths on the page */
    ck_assert(fabs((d[0].x2 - d[0].x1) - (d[1].x2 - d[1].x1)) < 0.02);
    ck_assert(strstr(b.data, "<script") == NULL);
    ck_assert(strstr(b.data, "http") == NULL);
    cc_buf_free(&b);
}
END_TEST

START_TEST(test_svg_escapes)
{
    cc_chart ch;
    memset(&ch, 0, sizeof ch);
    cc_chart_row r = S_r(1, 2, false, false);
    snprintf(r.label, sizeof r.label, "<script>\"x\"</script>");
    snprintf(r.claim, sizeof r.claim, "a&b");
    ch.rows = &r;
    ch.n = 1;
    ch.note = "note <b>'q'</b>";
    cc_buf b = CC_BUF_INIT;
    cc_chart_svg(&b, &ch, "</title><script>");
    ck_assert(strstr(b.data, "<script") == NULL);
    ck_assert(strstr(b.data, "<b>") == NULL);
    ck_assert(strstr(b.data, "&lt;script&gt;&quot;x&quot;") != NULL);
    ck_assert(strstr(b.data, "a&amp;b") != NULL);
    ck_assert(strstr(b.data, "&#39;q&#39;") != NULL);
    cc_buf_free(&b);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The rows a claim draws                                               */
/* ------------------------------------------------------------------ */

static const char S_ledger[] =
    "id,quote,better,before,after,change,value,group\n"
    "a,从30%提升到90%，提升了2倍,,30%,90%,提升了2倍,,\n"
    "b,从30分钟下降到5分钟以内,,30分钟,5分钟以内,,,\n"
    "c,提升了3倍,,,,提升了3倍,,\n"
    "d,2.78x,,,,2.78x,,g\n"
    "e,1.23x,,,,1.23x,,g\n"
    "f,从30分钟下降到5分钟以内,,30分钟,5分钟以内,下降到5分钟以内,,\n"
    "g,260多个,,,,,260多个,\n"
    "h,从45秒缩短到10,,45秒,10,,,\n";

static void S_read(cc_ledger *lg)
{
    cc_findings fs = {NULL, 0, 0};
    cc_ledger_parse("t.csv", S_ledger, sizeof S_ledger - 1, lg, &fs);
    cc_findings_free(&fs);
    ck_assert_uint_eq(lg->nclaims, 8);
}

START_TEST(test_rows_resolved)
{
    cc_ledger lg;
    S_read(&lg);
    cc_chart ch;
    ck_assert(cc_chart_claim(&lg, &lg.claims[0], NULL, 0, &ch));
    ck_assert_uint_eq(ch.n, 3);
    ck_assert_int_eq(ch.rows[0].kind, CC_ROW_STATED);
    ck_assert_str_eq(ch.rows[0].label, "2x");
    ck_assert_int_eq(ch.rows[0].fits, 0);
    ck_assert_int_eq(ch.rows[1].kind, CC_ROW_STATED_ALT);
    ck_assert_str_eq(ch.rows[1].label, "3x (strict by)");
    ck_assert_int_eq(ch.rows[1].fits, 1);
    ck_assert_int_eq(ch.rows[2].kind, CC_ROW_DERIVED);
    ck_assert_num_eq(ch.rows[2].iv.lo, 89.5 / 30.5);
    ck_assert_num_eq(ch.rows[2].iv.hi, 90.5 / 29.5);
    ck_assert_str_eq(ch.unit, "\xC3\x97");
    cc_chart_free(&ch);
    ck_assert(!cc_chart_claim(&lg, &lg.claims[0], NULL, 1, &ch));
    cc_ledger_free(&lg);
}
END_TEST

START_TEST(test_rows_open_gain)
{
    cc_ledger lg;
    S_read(&lg);
    cc_chart ch;
    ck_assert(cc_chart_claim(&lg, &lg.claims[1], NULL, 0, &ch));
    ck_assert_uint_eq(ch.n, 1);
    ck_assert_int_eq(ch.rows[0].kind, CC_ROW_DERIVED);
    ck_assert_num_eq(ch.rows[0].iv.lo, 5.9);
    ck_assert(isinf(ch.rows[0].iv.hi));
    cc_chart_free(&ch);
    /* a restated level: the levels first, then the gain */
    ck_assert(cc_chart_claim(&lg, &lg.claims[5], NULL, 0, &ch));
    ck_assert_str_eq(ch.unit, "min");
    ck_assert_uint_eq(ch.n, 3);
    ck_assert_num_eq(ch.rows[0].iv.lo, 29.5);
    cc_chart_free(&ch);
    ck_assert(cc_chart_claim(&lg, &lg.claims[5], NULL, 1, &ch));
    ck_assert_num_eq(ch.rows[0].iv.lo, 5.9);
    cc_chart_free(&ch);
    cc_ledger_free(&lg);
}
END_TEST

/* 从45秒缩短到10: the bare after is in seconds, and lower is better, as
 * for a time: the gain before/after */
START_TEST(test_rows_implied_unit)
{
    cc_ledger lg;
    S_read(&lg);
    cc_chart ch;
    ck_assert(cc_chart_claim(&lg, &lg.claims[7], NULL, 0, &ch));
    ck_assert_uint_eq(ch.n, 1);
    ck_assert_int_eq(ch.rows[0].kind, CC_ROW_DERIVED);
    ck_assert_num_eq(ch.rows[0].iv.lo, 44.5 / 10.5);
    ck_assert_num_eq(ch.rows[0].iv.hi, 45.5 / 9.5);
    cc_chart_free(&ch);
    cc_ledger_free(&lg);
}
END_TEST

START_TEST(test_rows_ambiguous_and_group)
{
    cc_ledger lg;
    S_read(&lg);
    cc_chart ch;
    ck_assert(cc_chart_claim(&lg, &lg.claims[2], NULL, 0, &ch));
    ck_assert_uint_eq(ch.n, 2);
    ck_assert_int_eq(ch.rows[0].fits, -1);
    ck_assert_str_eq(ch.rows[1].label, "4x (strict by)");
    cc_chart_free(&ch);
    ck_assert(cc_chart_group(&lg, "g", NULL, &ch));
    ck_assert_uint_eq(ch.n, 2);
    ck_assert_str_eq(ch.rows[0].claim, "d");
    ck_assert_str_eq(ch.rows[1].claim, "e");
    cc_chart_free(&ch);
    ck_assert(!cc_chart_group(&lg, "nothing", NULL, &ch));
    ck_assert(cc_chart_claim(&lg, &lg.claims[6], NULL, 0, &ch));
    ck_assert_str_eq(ch.unit, "\xE4\xB8\xAA");
    ck_assert(ch.rows[0].iv.lo_open && ch.rows[0].iv.hi_open);
    cc_chart_free(&ch);
    cc_ledger_free(&lg);
}
END_TEST

START_TEST(test_ascii_width)
{
    cc_ledger lg;
    S_read(&lg);
    for (size_t i = 0; i < lg.nclaims; i++) {
        cc_chart ch;
        for (int k = 0; cc_chart_claim(&lg, &lg.claims[i], NULL, k, &ch); k++) {
            cc_buf b = CC_BUF_INIT;
            cc_chart_ascii(&b, &ch, 78);
            char *save = NULL;
            for (char *line = strtok_r(b.data, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
                ck_assert_msg(cc_report_width(line) <= 78, "%zu columns: %s", cc_report_width(line), line);
            cc_buf_free(&b);
            cc_chart_free(&ch);
        }
    }
    cc_ledger_free(&lg);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Escaping, links, languages, quotes                                   */
/* ------------------------------------------------------------------ */

static const struct {
    const char *in, *out;
} S_escapes[] = {
    {"plain", "plain"},
    {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
    {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
    {"a & b 'c'", "a &amp; b &#39;c&#39;"},
    {"&amp;", "&amp;amp;"},
    {"提升了3倍", "提升了3倍"},
    {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
    {"bell\a esc\x1b[31m", "bell esc[31m"},
    {"tab\tnew\nline", "tab\tnew\nline"},
    {"c1 \xC2\x85 next", "c1  next"},
};

START_TEST(test_html_escape)
{
    cc_buf b = CC_BUF_INIT;
    cc_html_escape(&b, S_escapes[_i].in);
    ck_assert_str_eq(b.data ? b.data : "", S_escapes[_i].out);
    cc_buf_free(&b);
}
END_TEST

static const struct {
    const char *url;
    bool ok;
} S_links[] = {
    {"https://example.org/a?b=1&c=2", true},
    {"http://example.org", true},
    {"HTTPS://Example.org/x", true},
    {"javascript:alert(1)", false},
    {"JavaScript:alert(1)", false},
    {" javascript:alert(1)", false},
    {"data:text/html;base64,PHNjcmlwdD4=", false},
    {"vbscript:msgbox", false},
    {"//example.org/x", false},
    {"https://", false},
    {"https:///path", false},
    {"https://example.org/\"onmouseover=\"x", false},
    {"https://example.org/<script>", false},
    {"https://exa mple.org", false},
    {"https://example.org/\n", false},
    {"ftp://example.org", false},
    {"", false},
};

START_TEST(test_link_ok)
{
    ck_assert_msg(cc_report_link_ok(S_links[_i].url) == S_links[_i].ok, "%s", S_links[_i].url);
}
END_TEST

START_TEST(test_cjk_and_quotes)
{
    ck_assert(cc_report_has_cjk("性能提升了3倍"));
    ck_assert(cc_report_has_cjk("mixed 中 text"));
    ck_assert(!cc_report_has_cjk("2.78x faster"));
    ck_assert(!cc_report_has_cjk("“quoted” — ×"));
    const char *article = "title\n\n第一段。\n性能从开箱只有业界的30%提升到了90%，很好。\nlast line";
    ck_assert_uint_eq(cc_report_quote_line(article, "性能从开箱只有业界的30%提升到了90%"), 4);
    /* full-width forms and white space do not matter */
    ck_assert_uint_eq(cc_report_quote_line(article, "性能从开箱只有业界的３０％提升到了90%,"), 4);
    ck_assert_uint_eq(cc_report_quote_line(article, "last  line"), 5);
    ck_assert_uint_eq(cc_report_quote_line(article, "not there"), 0);
    ck_assert_uint_eq(cc_report_quote_line(NULL, "x"), 0);
    ck_assert_uint_eq(cc_report_width("ab中文"), 6);
}
END_TEST

START_TEST(test_wrap)
{
    cc_buf b = CC_BUF_INIT;
    cc_report_wrap(&b, "深度贡献的开发者数量已经从1000多人迅速增长到6000多人, and then some English words that "
                       "go on for a while to need a second line",
                   2, true, 4, 30);
    char *save = NULL;
    int lines = 0;
    for (char *line = strtok_r(b.data, "\n", &save); line; line = strtok_r(NULL, "\n", &save), lines++) {
        ck_assert_msg(cc_report_width(line) <= 30, "%s", line);
        ck_assert(strncmp(line, lines ? "    " : "  ", lines ? 4 : 2) == 0);
    }
    ck_assert_int_ge(lines, 4);
    cc_buf_free(&b);
}
END_TEST

Suite *report_suite(void)
{
    Suite *s = suite_create("report");
    TCase *tc = tcase_create("chart");
    tcase_add_loop_test(tc, test_axis_fit, 0, (int)(sizeof S_axes / sizeof S_axes[0]));
    tcase_add_test(tc, test_axis_x_monotone);
    tcase_add_test(tc, test_svg_positions);
    tcase_add_test(tc, test_svg_escapes);
    tcase_add_test(tc, test_rows_resolved);
    tcase_add_test(tc, test_rows_open_gain);
    tcase_add_test(tc, test_rows_implied_unit);
    tcase_add_test(tc, test_rows_ambiguous_and_group);
    tcase_add_test(tc, test_ascii_width);
    suite_add_tcase(s, tc);
    tc = tcase_create("escaping");
    tcase_add_loop_test(tc, test_html_escape, 0, (int)(sizeof S_escapes / sizeof S_escapes[0]));
    tcase_add_loop_test(tc, test_link_ok, 0, (int)(sizeof S_links / sizeof S_links[0]));
    tcase_add_test(tc, test_cjk_and_quotes);
    tcase_add_test(tc, test_wrap);
    suite_add_tcase(s, tc);
    return s;
}
