/* check.c — the per-claim rules of DESIGN 3, as docs/checks.md pins them
 * down, then configuration and suppressions. */
#include "checker.h"
#include "internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const cc_figure_cols[CC_F_COUNT] = {"before", "after", "change", "value"};

#define S_SIG 3         /* significant digits of a derived interval in a derivation */
#define S_SIG_READING 4 /* of a reading: [2.5, 3.5], [1.170, 1.184] */

cc_finding *cc_check_report(cc_checkctx *ctx, const cc_checked *k, const char *rule, const char *col,
                            const char *derivation, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = cc_xvasprintf(fmt, ap);
    va_end(ap);
    cc_finding *f = cc_findings_add(ctx->out, rule, ctx->ledger->path, k ? k->rec->line : 0, col,
                                    k && *k->id ? k->id : NULL, derivation, "%s", msg);
    free(msg);
    if (col) {
        int c = cc_ledger_col(ctx->ledger, col);
        f->col = c >= 0 ? (size_t)c + 1 : 0;
    }
    return f;
}

static const char *S_get(const cc_checkctx *ctx, const cc_checked *k, const char *col)
{
    return cc_claim_get(ctx->ledger, k->rec, col);
}

/* Whether two dimensions can be compared (count and none go together). */
static bool S_dims_compatible(cc_dimension a, cc_dimension b)
{
    if (a == b)
        return true;
    return (a == CC_DIM_COUNT || a == CC_DIM_NONE) && (b == CC_DIM_COUNT || b == CC_DIM_NONE);
}

bool cc_figures_base(const cc_figure *f, const cc_figure *g, cc_interval *fi, cc_interval *gi, double *fs, double *gs)
{
    if (!S_dims_compatible(f->dimension, g->dimension))
        return false;
    double sf = 1, sg = 1;
    if (f->dimension == CC_DIM_TIME) {
        sf = cc_unit_seconds(f->unit);
        sg = cc_unit_seconds(g->unit);
    } else {
        const char *bf = NULL, *bg = NULL;
        double pf = f->dimension == CC_DIM_COUNT ? cc_symbol_scale(f->unit, &bf) : 0;
        double pg = g->dimension == CC_DIM_COUNT ? cc_symbol_scale(g->unit, &bg) : 0;
        if (pf > 0 && pg > 0) {
            if (strcmp(bf, bg) != 0)
                return false;
            if (pf != pg) { /* 900GB/s and 1.2TB/s; 1GB and 1GiB */
                sf = pf;
                sg = pg;
            }
        } else if ((pf > 0 || pg > 0) && (pf > 0 ? g : f)->dimension != CC_DIM_NONE) {
            /* beside a count of a symbol, only a bare number, in that symbol */
            return false;
        }
        /* money: one currency ($3 million and 500万美元), the same time
         * paid for ($/h), or a bare number */
        const char *rf = NULL, *rg = NULL;
        const char *cf = f->dimension == CC_DIM_COUNT ? cc_currency(f->unit, &rf) : NULL;
        const char *cg = g->dimension == CC_DIM_COUNT ? cc_currency(g->unit, &rg) : NULL;
        if (cf && cg ? strcmp(cf, cg) != 0 || strcmp(rf, rg) != 0
                     : (cf || cg) && (cf ? g : f)->dimension != CC_DIM_NONE)
            return false;
    }
    *fi = sf == 1 ? f->iv : cc_iv_scale(f->iv, sf);
    *gi = sg == 1 ? g->iv : cc_iv_scale(g->iv, sg);
    if (f->dimension == CC_DIM_TIME) {
        bool fm = strcmp(f->unit, "mo") == 0, gm = strcmp(g->unit, "mo") == 0;
        if (fm && gm) { /* 3个月 and 6个月: in months */
            sf = sg = 1;
            *fi = f->iv;
            *gi = g->iv;
        } else if (fm || gm) {
            /* a month is 28 to 31 days: in seconds it spans them all */
            cc_interval month = cc_iv(28 * 86400.0, 31 * 86400.0, false, false);
            if (fm)
                *fi = cc_iv_mul(f->iv, month);
            else
                *gi = cc_iv_mul(g->iv, month);
        }
    }
    if (fs)
        *fs = sf;
    if (gs)
        *gs = sg;
    return true;
}

void cc_figure_what(const cc_figure *f, char *buf, size_t cap)
{
    static const char *const what[] = {"a number", "a time", "a percentage", "a ratio", "a count"};
    if (f->dimension == CC_DIM_COUNT && *f->unit)
        snprintf(buf, cap, "a count of %s", f->unit);
    else
        snprintf(buf, cap, "%s", (unsigned)f->dimension < 5 ? what[f->dimension] : what[0]);
}

const cc_figure *cc_checked_current(const cc_checked *k)
{
    if (k->have[CC_F_AFTER])
        return &k->fig[CC_F_AFTER];
    if (k->have[CC_F_VALUE])
        return &k->fig[CC_F_VALUE];
    return NULL;
}

static char *S_ivstr(cc_interval a, int sig)
{
    cc_buf b = CC_BUF_INIT;
    if (sig)
        cc_iv_format_sig(&b, a, sig);
    else
        cc_iv_format(&b, a);
    return cc_buf_detach(&b);
}

/* ------------------------------------------------------------------ */
/* Input rules: figures that cannot be read, vocabularies, dates       */
/* ------------------------------------------------------------------ */

static bool S_in(const char *s, const char *const *words)
{
    for (; *words; words++)
        if (strcmp(s, *words) == 0)
            return true;
    return false;
}

static void S_check_vocab(cc_checkctx *ctx, const cc_checked *k)
{
    static const char *const better[] = {"higher", "lower", NULL};
    static const char *const kinds[] = {"first-party", "independent", "press", "unknown", NULL};
    static const char *const status[] = {"unchecked", "supported", "misleading", "unsupported", "false", NULL};
    static const struct {
        const char *col;
        const char *const *words;
        const char *expected;
    } vocab[] = {
        {"better", better, "higher or lower"},
        {"source_kind", kinds, "first-party, independent, press or unknown"},
        {"status", status, "unchecked, supported, misleading, unsupported or false"},
    };
    for (size_t i = 0; i < sizeof vocab / sizeof vocab[0]; i++) {
        const char *v = S_get(ctx, k, vocab[i].col);
        if (*v && !S_in(v, vocab[i].words))
            cc_check_report(ctx, k, "bad-value", vocab[i].col, NULL, "%s is '%s': expected %s", vocab[i].col, v,
                            vocab[i].expected);
    }
}

static bool S_digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    return true;
}

/* ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by T and a time. */
bool cc_iso_date(const char *s)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    size_t n = strlen(s);
    if (n < 4 || !S_digits(s, 4))
        return false;
    if (n == 4)
        return true;
    if (s[4] != '-' || n < 7 || !S_digits(s + 5, 2))
        return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    if (month < 1 || month > 12)
        return false;
    if (n == 7)
        return true;
    if (s[7] != '-' || n < 10 || !S_digits(s + 8, 2))
        return false;
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    int year = atoi(s);
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day < 1 || day > mdays[month - 1] || (month == 2 && day == 29 && !leap))
        return false;
    if (n == 10)
        return true;
    if (s[10] != 'T' || n < 16 || !S_digits(s + 11, 2) || s[13] != ':' || !S_digits(s + 14, 2))
        return false;
    return true;
}

/* ------------------------------------------------------------------ */
/* figure-not-in-quote                                                  */
/* ------------------------------------------------------------------ */

typedef struct {
    double *v;
    size_t n, cap;
} S_nums;

/* Every numeral in s, read by the same scanner as the figures, so that
 * 1.5万 and 15000, 百分之三十 and 30%, ３０ and 30 compare equal. */
static void S_numerals(const char *s, S_nums *out)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        cc_numeral m;
        if (cc_numeral_scan(s + i, n - i, &m, NULL) && m.len > 0) {
            if (out->n == out->cap) {
                out->cap = out->cap ? out->cap * 2 : 16;
                out->v = cc_xrealloc(out->v, out->cap * sizeof *out->v);
            }
            out->v[out->n++] = fabs(m.value);
            i += m.len;
            continue;
        }
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        i += k ? k : 1;
    }
}

static bool S_has(const S_nums *q, double x)
{
    for (size_t i = 0; i < q->n; i++)
        if (fabs(q->v[i] - x) <= 1e-9 * fmax(1, fabs(x)))
            return true;
    return false;
}

static void S_check_in_quote(cc_checkctx *ctx, const cc_checked *k, const char *quote)
{
    if (!*quote)
        return;
    S_nums q = {0};
    S_numerals(quote, &q);
    for (int i = 0; i < CC_F_COUNT; i++) {
        if (!k->have[i])
            continue;
        const char *text = k->fig[i].input;
        S_nums f = {0};
        S_numerals(text, &f);
        const char *missing = NULL;
        double miss = 0;
        for (size_t j = 0; j < f.n && !missing; j++)
            if (!S_has(&q, f.v[j])) {
                missing = "number";
                miss = f.v[j];
            }
        if (f.n == 0 && !strstr(quote, text))
            missing = "wording";
        if (missing && strcmp(missing, "number") == 0) {
            cc_buf b = CC_BUF_INIT;
            cc_buf_num(&b, miss);
            cc_check_report(ctx, k, "figure-not-in-quote", cc_figure_cols[i], NULL,
                            "%s '%s' has the number %s, which the quote does not contain", cc_figure_cols[i], text,
                            b.data);
            cc_buf_free(&b);
        } else if (missing) {
            cc_check_report(ctx, k, "figure-not-in-quote", cc_figure_cols[i], NULL,
                            "%s '%s' does not occur in the quote", cc_figure_cols[i], text);
        }
        free(f.v);
    }
    free(q.v);
}

/* ------------------------------------------------------------------ */
/* The stated change against the change derived from before and after  */
/* ------------------------------------------------------------------ */

typedef struct {
    cc_interval iv;
    char label[CC_LABEL_MAX + 32];
} S_reading;

typedef struct {
    bool lower_better;
    cc_interval b, a;          /* before and after in a common base */
    double sb, sa;             /* the scales that took them there (cc_figures_base) */
    const cc_figure *fb, *fa;
    cc_figure implied;         /* a bare before or after in the other's unit (S_implied_unit) */
    bool ratio_ok;             /* the level ratio is defined (before cannot be 0) */
    cc_interval ratio;         /* after/before */
    cc_interval gain;          /* ratio, or before/after when lower is better */
    int movement;              /* +1 up, -1 down, 0 undecided */
} S_levels;

static int S_movement(cc_interval b, cc_interval a)
{
    if (a.lo > b.hi || (a.lo == b.hi && (a.lo_open || b.hi_open)))
        return 1;
    if (a.hi < b.lo || (a.hi == b.lo && (a.hi_open || b.lo_open)))
        return -1;
    return 0;
}

/* "after/before = [89.5, 90.5]/[29.5, 30.5] = [2.93, 3.07]"; times in their
 * own unit when both share one ("[29.5, 30.5] min/[0, 5] min"), else in
 * seconds; counts of one symbol with two prefixes in after's ("[1.15, 1.25]
 * TB/s/[0.8995, 0.9005] TB/s"). */
static void S_ratio_text(cc_buf *d, const S_levels *lv, bool gain)
{
    bool inv = gain && lv->lower_better;
    const char *u = "";
    cc_interval b = lv->fb->iv, a = lv->fa->iv;
    if (lv->fa->dimension == CC_DIM_TIME) {
        bool same = strcmp(lv->fa->unit, lv->fb->unit) == 0;
        u = same ? lv->fa->unit : "s";
        if (!same) {
            b = lv->b;
            a = lv->a;
        }
    } else if (lv->sb != lv->sa) {
        u = lv->fa->unit;
        b = cc_iv_scale(lv->b, 1 / lv->sa);
    }
    char *num = S_ivstr(inv ? b : a, 0), *den = S_ivstr(inv ? a : b, 0);
    char *res = S_ivstr(gain ? lv->gain : lv->ratio, S_SIG);
    cc_buf_printf(d, "%s = %s%s%s/%s%s%s = %s", inv ? "before/after" : "after/before", num, *u ? " " : "", u, den,
                  *u ? " " : "", u, res);
    free(num);
    free(den);
    free(res);
}

bool cc_implied_unit(const cc_figure *bare, const cc_figure *other, cc_figure *copy)
{
    if (bare->kind != CC_KIND_QUANTITY || bare->dimension != CC_DIM_NONE || other->kind != CC_KIND_QUANTITY ||
        (other->dimension != CC_DIM_TIME && other->dimension != CC_DIM_PERCENT))
        return false;
    *copy = *bare;
    copy->dimension = other->dimension;
    copy->unit = other->unit;
    return true;
}

bool cc_pair_base(const cc_figure **fb, const cc_figure **fa, cc_figure *implied, cc_interval *b, cc_interval *a,
                  double *sb, double *sa)
{
    if (cc_implied_unit(*fb, *fa, implied))
        *fb = implied;
    else if (cc_implied_unit(*fa, *fb, implied))
        *fa = implied;
    return cc_figures_base(*fb, *fa, b, a, sb, sa);
}

static bool S_read_levels(cc_checkctx *ctx, const cc_checked *k, S_levels *lv)
{
    if (!k->have[CC_F_BEFORE] || !k->have[CC_F_AFTER])
        return false;
    lv->fb = &k->fig[CC_F_BEFORE];
    lv->fa = &k->fig[CC_F_AFTER];
    if (!cc_pair_base(&lv->fb, &lv->fa, &lv->implied, &lv->b, &lv->a, &lv->sb, &lv->sa)) {
        char wb[64], wa[64];
        cc_figure_what(lv->fb, wb, sizeof wb);
        cc_figure_what(lv->fa, wa, sizeof wa);
        cc_check_report(ctx, k, "unit-mismatch", "after", NULL,
                        "before '%s' is %s and after '%s' is %s: they cannot be compared", lv->fb->input, wb,
                        lv->fa->input, wa);
        return false;
    }
    const char *better = S_get(ctx, k, "better");
    lv->lower_better = strcmp(better, "lower") == 0 || (!*better && lv->fa->dimension == CC_DIM_TIME);
    lv->ratio = cc_iv_div(lv->a, lv->b, &lv->ratio_ok);
    if (lv->ratio_ok && lv->lower_better) {
        bool ok;
        lv->gain = cc_iv_div(lv->b, lv->a, &ok);
        if (!ok) /* after can be 0: the gain is unbounded above */
            lv->gain = cc_iv(lv->b.lo > 0 && isfinite(lv->a.hi) && lv->a.hi > 0 ? lv->b.lo / lv->a.hi : 0, INFINITY,
                             false, true);
    } else {
        lv->gain = lv->ratio;
    }
    lv->movement = S_movement(lv->b, lv->a);
    return true;
}

/* The readings of a stated multiplier or % change, as factors comparable
 * with `target`; "15% faster" on a time gets its second reading here. */
static int S_factor_readings(const cc_figure *f, bool speed_on_time, S_reading *out)
{
    int n = 0;
    for (int i = 0; i < f->n_readings; i++) {
        out[n].iv = f->readings[i].iv;
        snprintf(out[n].label, sizeof out[n].label, "%s", f->readings[i].label);
        n++;
    }
    if (speed_on_time && f->kind == CC_KIND_CHANGE && f->direction == CC_DIR_UP) {
        /* speed x(1+p) means time x1/(1+p); the other reading is time x(1-p) */
        bool ok;
        cc_interval time = cc_iv_sub(cc_iv_point(1), cc_iv_scale(f->iv, 0.01));
        snprintf(out[0].label, sizeof out[0].label, "speed +%s (time ×1/(1+p))", f->readings[0].label + 1);
        out[n].iv = cc_iv_recip(time, &ok);
        if (ok) {
            snprintf(out[n].label, sizeof out[n].label, "time −%s (time ×(1−p))", f->readings[0].label + 1);
            n++;
        }
    }
    return n;
}

static void S_readings_text(cc_buf *d, const char *input, const S_reading *r, int n)
{
    cc_buf_printf(d, "%s reads ", input);
    for (int i = 0; i < n; i++) {
        char *s = S_ivstr(r[i].iv, S_SIG_READING);
        cc_buf_printf(d, "%s%s %s", i ? " or " : "", r[i].label, s);
        free(s);
    }
}

static bool S_all_exact(const cc_figure *const *f, int n)
{
    for (int i = 0; i < n; i++)
        if (f[i]->qualifier != CC_QUAL_EXACT)
            return false;
    return true;
}

/* Does iv hold x, a value computed in full precision from printed
 * numbers?  The figure reader keeps 15 significant digits (1/3 reads
 * 0.333333333333333), so a closed end holds what is within that rounding
 * of it: 10分钟 over 30分钟 is the 1/3 of 下降至原来的1/3. */
static bool S_contains_printed(cc_interval iv, double x)
{
    double eps = fabs(x) * 1e-14;
    if (!iv.lo_open)
        iv.lo -= eps;
    if (!iv.hi_open)
        iv.hi += eps;
    return cc_iv_contains(iv, x);
}

static void S_check_change(cc_checkctx *ctx, const cc_checked *k, const S_levels *lv)
{
    const cc_figure *c = &k->fig[CC_F_CHANGE];
    bool improve = lv->lower_better && (c->speed || (c->kind == CC_KIND_MULTIPLIER && c->direction != CC_DIR_DOWN));
    int expected = c->direction == CC_DIR_UP ? 1 : c->direction == CC_DIR_DOWN ? -1 : 0;
    if (improve)
        expected = -expected;
    if (c->kind == CC_KIND_MULTIPLIER && c->direction == CC_DIR_NONE)
        expected = lv->lower_better ? -1 : 1;

    if (expected && lv->movement && expected != lv->movement) {
        char *b = S_ivstr(lv->b, 0), *a = S_ivstr(lv->a, 0);
        char *d = cc_xasprintf("before %s, after %s: the level went %s", b, a, lv->movement > 0 ? "up" : "down");
        cc_check_report(ctx, k, "direction-mismatch", "change", d,
                        "'%s' says the %s went %s, but before '%s' → after '%s' goes %s%s", c->input,
                        improve ? "performance" : "figure", (improve ? -expected : expected) > 0 ? "up" : "down",
                        lv->fb->input, lv->fa->input, lv->movement > 0 ? "up" : "down",
                        improve ? ", which is worse where lower is better" : "");
        free(d);
        free(b);
        free(a);
        return;
    }

    S_reading r[4];
    int nr = 0;
    cc_interval target;
    cc_buf d = CC_BUF_INIT;
    bool is_points = false;
    bool percent_levels = lv->fa->dimension == CC_DIM_PERCENT;
    switch (c->kind) {
    case CC_KIND_MULTIPLIER:
    case CC_KIND_CHANGE:
        if (!lv->ratio_ok) {
            cc_buf_free(&d);
            return;
        }
        target = improve || (c->kind == CC_KIND_MULTIPLIER && c->direction == CC_DIR_NONE) ? lv->gain : lv->ratio;
        S_ratio_text(&d, lv, improve || (c->kind == CC_KIND_MULTIPLIER && c->direction == CC_DIR_NONE));
        nr = S_factor_readings(c, lv->lower_better && c->speed, r);
        break;
    case CC_KIND_POINTS:
        if (!percent_levels) {
            cc_check_report(ctx, k, "unit-mismatch", "change", NULL,
                            "'%s' is a change in percentage points, but before and after are not percentages",
                            c->input);
            cc_buf_free(&d);
            return;
        }
        is_points = true;
        target = c->direction == CC_DIR_DOWN ? cc_iv_sub(lv->b, lv->a) : cc_iv_sub(lv->a, lv->b);
        {
            char *t = S_ivstr(target, S_SIG), *a = S_ivstr(lv->a, 0), *b = S_ivstr(lv->b, 0);
            cc_buf_printf(&d, "%s = %s − %s = %s pp", c->direction == CC_DIR_DOWN ? "before − after" : "after − before",
                          c->direction == CC_DIR_DOWN ? b : a, c->direction == CC_DIR_DOWN ? a : b, t);
            free(t);
            free(a);
            free(b);
        }
        r[0].iv = c->iv;
        snprintf(r[0].label, sizeof r[0].label, "%s", c->readings[0].label);
        nr = 1;
        break;
    default:
        /* a quantity with a verb (下降到5分钟以内) restates the new level */
        if (!cc_figures_base(c, lv->fa, &r[0].iv, &target, NULL, NULL)) {
            char wc[64], wa[64];
            cc_figure_what(c, wc, sizeof wc);
            cc_figure_what(lv->fa, wa, sizeof wa);
            cc_check_report(ctx, k, "unit-mismatch", "change", NULL, "change '%s' is %s and after '%s' is %s",
                            c->input, wc, lv->fa->input, wa);
            cc_buf_free(&d);
            return;
        }
        {
            char *a = S_ivstr(target, 0);
            cc_buf_printf(&d, "after = %s", a);
            free(a);
        }
        snprintf(r[0].label, sizeof r[0].label, "the new level");
        nr = 1;
        break;
    }

    bool fit[4] = {false};
    int nfit = 0;
    for (int i = 0; i < nr; i++)
        if ((fit[i] = cc_iv_overlaps(r[i].iv, target)))
            nfit++;

    /* a % change between two percentages: the point difference is the other reading */
    bool points_fit = false;
    cc_interval diff = {0, 0, false, false};
    if (c->kind == CC_KIND_CHANGE && percent_levels) {
        diff = c->direction == CC_DIR_DOWN ? cc_iv_sub(lv->b, lv->a) : cc_iv_sub(lv->a, lv->b);
        points_fit = cc_iv_overlaps(c->iv, diff);
    }

    cc_buf_puts(&d, "; ");
    S_readings_text(&d, c->input, r, nr);
    if (points_fit) {
        char *t = S_ivstr(diff, S_SIG);
        cc_buf_printf(&d, "; as points: after − before = %s pp", t);
        free(t);
    }

    if (points_fit) {
        cc_buf_puts(&d, nfit ? "; both readings fit" : "; only the point difference fits");
        cc_check_report(ctx, k, "percent-or-points", "change", d.data,
                        nfit ? "'%s' between two percentages fits both as a relative change and as a difference in "
                               "percentage points: say which"
                             : "'%s' equals the difference in percentage points (%s → %s), not the relative change: "
                               "write it as percentage points",
                        c->input, lv->fb->input, lv->fa->input);
    } else if (nfit == 0) {
        cc_buf_puts(&d, "; no reading fits");
        cc_check_report(ctx, k, "ratio-mismatch", "change", d.data,
                        "'%s' does not fit %s '%s' → '%s': the figures give a different %s", c->input,
                        is_points ? "the points from" : "the change from", lv->fb->input, lv->fa->input,
                        is_points ? "difference" : "ratio");
    } else if (nr == 2 && nfit == 1) {
        cc_buf_printf(&d, "; only %s fits", fit[0] ? r[0].label : r[1].label);
        cc_check_report(ctx, k, "reading-resolved", "change", d.data, "'%s' means %s here: %s → %s", c->input,
                        fit[0] ? r[0].label : r[1].label, lv->fb->input, lv->fa->input);
    } else if (nr == 2 && nfit == 2) {
        cc_buf_puts(&d, "; both readings fit");
        cc_check_report(ctx, k, "ambiguous-multiplier", "change", d.data,
                        "'%s' reads two ways and both fit %s → %s: nothing in the claim decides which", c->input,
                        lv->fb->input, lv->fa->input);
    }

    /* fits only through rounding slack: the printed numbers themselves miss */
    const cc_figure *three[] = {lv->fb, lv->fa, c};
    if (nfit > 0 && !points_fit && !is_points && S_all_exact(three, 3) && c->kind != CC_KIND_QUANTITY) {
        double bv = lv->fb->value * lv->sb, av = lv->fa->value * lv->sa;
        bool use_gain = improve || (c->kind == CC_KIND_MULTIPLIER && c->direction == CC_DIR_NONE);
        double nominal = use_gain && lv->lower_better ? (av != 0 ? bv / av : NAN) : (bv != 0 ? av / bv : NAN);
        bool inside = false;
        for (int i = 0; i < nr; i++)
            if (fit[i] && isfinite(nominal) && S_contains_printed(r[i].iv, nominal))
                inside = true;
        if (isfinite(nominal) && !inside) {
            cc_buf e = CC_BUF_INIT;
            cc_buf_num(&e, nominal);
            char *dd = cc_xasprintf("%s; the printed numbers give %s", d.data, e.data);
            cc_check_report(ctx, k, "edge-of-rounding", "change", dd,
                            "'%s' fits %s → %s only through rounding: the printed numbers give %s", c->input,
                            lv->fb->input, lv->fa->input, e.data);
            free(dd);
            cc_buf_free(&e);
        }
    }
    cc_buf_free(&d);
}

static void S_check_after_verb(cc_checkctx *ctx, const cc_checked *k, const S_levels *lv)
{
    const cc_figure *a = lv->fa;
    int said = a->direction == CC_DIR_UP ? 1 : a->direction == CC_DIR_DOWN ? -1 : 0;
    if (said && lv->movement && said != lv->movement) {
        char *b = S_ivstr(lv->b, 0), *aa = S_ivstr(lv->a, 0);
        char *d = cc_xasprintf("before %s, after %s", b, aa);
        cc_check_report(ctx, k, "direction-mismatch", "after", d, "after '%s' says %s, but it is %s than before '%s'",
                        a->input, said > 0 ? "up" : "down", lv->movement > 0 ? "higher" : "lower", lv->fb->input);
        free(d);
        free(b);
        free(aa);
    }
}

static void S_check_derived(cc_checkctx *ctx, const cc_checked *k, const S_levels *lv)
{
    cc_buf d = CC_BUF_INIT;
    if (!lv->ratio_ok) {
        char *b = S_ivstr(lv->b, 0);
        cc_buf_printf(&d, "before = %s contains 0", b);
        free(b);
        cc_check_report(ctx, k, "open-bound", "before", d.data,
                        "before '%s' can be zero, so no ratio can be derived from '%s' → '%s'", lv->fb->input,
                        lv->fb->input, lv->fa->input);
        cc_buf_free(&d);
        return;
    }
    cc_interval g = lv->gain;
    S_ratio_text(&d, lv, true);
    if (!cc_iv_bounded(g)) {
        /* the bound, rounded down like the interval: "[5.9, 5.9]" -> "5.9" */
        cc_buf e = CC_BUF_INIT;
        cc_iv_format_sig(&e, cc_iv(g.lo, g.lo, false, false), S_SIG);
        char *num = cc_xstrndup(e.data + 1, strcspn(e.data + 1, ","));
        cc_check_report(ctx, k, "open-bound", "after", d.data,
                        "'%s' → '%s' only bounds the change from one side: at least %sx%s", lv->fb->input,
                        lv->fa->input, num, lv->lower_better ? " (as a gain: before/after)" : "");
        free(num);
        cc_buf_free(&e);
    } else {
        double mid = cc_iv_mid(g), half = (g.hi - g.lo) / 2;
        if (mid != 0 && half > 0.25 * fabs(mid)) {
            char *r = S_ivstr(g, S_SIG);
            cc_check_report(ctx, k, "imprecise", "after", d.data,
                            "'%s' → '%s' allows anything in %s: the figures are too rough to check a change",
                            lv->fb->input, lv->fa->input, r);
            free(r);
        }
    }
    cc_buf_free(&d);
}

/* ------------------------------------------------------------------ */
/* Wording and sourcing                                                 */
/* ------------------------------------------------------------------ */

static bool S_relative(const cc_figure *f)
{
    return f->kind != CC_KIND_QUANTITY || f->dimension == CC_DIM_PERCENT;
}

/* Case-insensitive substring for ASCII; bytes as they are otherwise. */
static bool S_contains_word(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (!n)
        return false;
    for (const char *p = hay; *p; p++) {
        size_t i = 0;
        while (i < n && p[i] && tolower((unsigned char)p[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i == n)
            return true;
    }
    return false;
}

static void S_check_wording(cc_checkctx *ctx, const cc_checked *k)
{
    bool relative = false;
    for (int i = 0; i < CC_F_COUNT; i++) {
        if (!k->have[i])
            continue;
        const cc_figure *f = &k->fig[i];
        if (S_relative(f))
            relative = true;
        if (f->qualifier == CC_QUAL_UP_TO) {
            char *iv = S_ivstr(f->iv, 0);
            char *d = cc_xasprintf("%s allows %s", f->input, iv);
            cc_check_report(ctx, k, "up-to", cc_figure_cols[i], d,
                            "'%s' is a maximum (a best case), not a typical result", f->input);
            free(d);
            free(iv);
        }
    }
    /* a figure that reads two ways and that no before/after decides */
    bool decided = k->have[CC_F_BEFORE] && k->have[CC_F_AFTER];
    for (int i = CC_F_CHANGE; i <= CC_F_VALUE; i++) {
        const cc_figure *f = &k->fig[i];
        if (!k->have[i] || f->n_readings < 2 || (i == CC_F_CHANGE && decided))
            continue;
        cc_buf d = CC_BUF_INIT;
        cc_buf_printf(&d, "%s reads ", f->input);
        for (int j = 0; j < f->n_readings; j++) {
            char *s = S_ivstr(f->readings[j].iv, 0);
            cc_buf_printf(&d, "%s%s %s", j ? " or " : "", f->readings[j].label, s);
            free(s);
        }
        cc_buf_puts(&d, "; no before/after to decide");
        cc_check_report(ctx, k, "ambiguous-multiplier", cc_figure_cols[i], d.data,
                        "'%s' can mean %s or %s, and nothing in the claim decides which", f->input,
                        f->readings[0].label, f->readings[1].label);
        cc_buf_free(&d);
    }

    const char *comparator = S_get(ctx, k, "comparator");
    if (*comparator) {
        for (size_t i = 0; i < ctx->cfg->n_vague; i++)
            if (S_contains_word(comparator, ctx->cfg->vague[i])) {
                cc_check_report(ctx, k, "vague-comparator", "comparator", NULL,
                                "the comparator '%s' does not name what was measured against ('%s' is generic)",
                                comparator, ctx->cfg->vague[i]);
                break;
            }
        if (relative && !*S_get(ctx, k, "conditions"))
            cc_check_report(ctx, k, "missing-conditions", "conditions", NULL,
                            "a comparison with '%s' states no conditions (hardware, precision, workload)", comparator);
    } else if (relative) {
        cc_check_report(ctx, k, "no-comparator", "comparator", NULL,
                        "a relative figure names nothing to compare against: fill in comparator");
    }

    const char *source = S_get(ctx, k, "source");
    if (!*source)
        cc_check_report(ctx, k, "unsourced", "source", NULL, "the claim has no source: who states it?");
    else if (!*S_get(ctx, k, "source_url"))
        cc_check_report(ctx, k, "no-primary-source", "source_url", NULL,
                        "'%s' is named but no primary source (slides, paper, benchmark log) is linked", source);
    if (strcmp(S_get(ctx, k, "source_kind"), "first-party") == 0)
        cc_check_report(ctx, k, "self-reported", "source_kind", NULL,
                        "the figure comes from the party that benefits from it");
    const char *date = S_get(ctx, k, "date");
    if (!*date)
        cc_check_report(ctx, k, "undated", "date", NULL, "the claim has no date: when was it stated?");
    else if (!cc_iso_date(date))
        cc_check_report(ctx, k, "bad-date", "date", NULL, "date '%s' is not an ISO 8601 date: expected YYYY-MM-DD",
                        date);
}

/* ------------------------------------------------------------------ */
/* One claim                                                            */
/* ------------------------------------------------------------------ */

static void S_check_claim(cc_checkctx *ctx, cc_checked *k, cc_coverage *cov)
{
    bool any = false;
    for (int i = 0; i < CC_F_COUNT; i++) {
        const char *text = S_get(ctx, k, cc_figure_cols[i]);
        if (!*text)
            continue;
        any = true;
        char *err = NULL;
        if (cc_figure_parse(text, strlen(text), &ctx->cfg->tol, &k->fig[i], &err)) {
            k->have[i] = true;
            cov->figures++;
        } else {
            cc_check_report(ctx, k, "bad-figure", cc_figure_cols[i], NULL, "%s cannot be read: %s",
                            cc_figure_cols[i], err);
            free(err);
        }
    }
    if (!any)
        cc_check_report(ctx, k, "empty-claim", NULL, NULL,
                        "the claim has none of before, after, change, value: there is no figure to check");
    S_check_vocab(ctx, k);
    S_check_in_quote(ctx, k, S_get(ctx, k, "quote"));

    S_levels lv;
    memset(&lv, 0, sizeof lv);
    if (S_read_levels(ctx, k, &lv)) {
        cov->checkable++;
        S_check_after_verb(ctx, k, &lv);
        if (k->have[CC_F_CHANGE])
            S_check_change(ctx, k, &lv);
        S_check_derived(ctx, k, &lv);
    }
    S_check_wording(ctx, k);
}

/* ------------------------------------------------------------------ */
/* Configuration and suppressions                                       */
/* ------------------------------------------------------------------ */

static char *S_trim(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    return cc_xstrndup(s, n);
}

static void S_suppress(cc_checkctx *ctx, const cc_checked *k, size_t from, size_t to)
{
    const char *ignore = S_get(ctx, k, "ignore");
    const char *p = ignore;
    while (*p) {
        size_t len = strcspn(p, ";");
        const char *colon = memchr(p, ':', len);
        char *rule = S_trim(p, colon ? (size_t)(colon - p) : len);
        char *reason = colon ? S_trim(colon + 1, len - (size_t)(colon - p) - 1) : cc_xstrdup("");
        if (*rule) {
            if (!cc_rule_find(rule)) {
                cc_check_report(ctx, k, "bad-value", "ignore", NULL,
                                "ignore names '%s', which is not a rule (see claimcheck rules)", rule);
            } else {
                if (!*reason)
                    cc_check_report(ctx, k, "suppression-without-reason", "ignore", NULL,
                                    "'%s' is suppressed without a reason: write '%s: why'", rule, rule);
                for (size_t i = from; i < to; i++) {
                    cc_finding *f = &ctx->out->v[i];
                    if (f->line == k->rec->line && strcmp(f->rule, rule) == 0 && !f->suppressed) {
                        f->suppressed = true;
                        f->suppress_reason = cc_xstrdup(reason);
                    }
                }
            }
        }
        free(rule);
        free(reason);
        p += len;
        if (*p == ';')
            p++;
    }
}

void cc_check_ledger(const cc_ledger *ledger, const cc_config *cfg, cc_findings *out, cc_coverage *cov)
{
    cc_config defaults;
    bool own_cfg = !cfg;
    if (own_cfg) {
        cc_config_defaults(&defaults);
        cfg = &defaults;
    }
    /* the reader's findings for this ledger (and its sidecar) come just before */
    size_t from = out->n;
    while (from > 0) {
        const char *file = out->v[from - 1].file;
        if (!file || !(strcmp(file, ledger->path) == 0 || (ledger->meta.path && strcmp(file, ledger->meta.path) == 0)))
            break;
        from--;
    }
    cc_checkctx ctx = {ledger, cfg, out, NULL, ledger->nclaims};
    ctx.claims = cc_xcalloc(ledger->nclaims ? ledger->nclaims : 1, sizeof *ctx.claims);
    cov->claims += ledger->nclaims;
    for (size_t i = 0; i < ledger->nclaims; i++) {
        cc_checked *k = &ctx.claims[i];
        k->rec = &ledger->claims[i];
        k->id = cc_claim_get(ledger, k->rec, "id");
        S_check_claim(&ctx, k, cov);
    }
    cc_crosscheck(&ctx);
    size_t end = out->n;
    for (size_t i = 0; i < ledger->nclaims; i++)
        if (*cc_claim_get(ledger, ctx.claims[i].rec, "ignore"))
            S_suppress(&ctx, &ctx.claims[i], from, end);
    cc_findings_configure(out, from, cfg);
    for (size_t i = 0; i < ledger->nclaims; i++)
        for (int j = 0; j < CC_F_COUNT; j++)
            if (ctx.claims[i].have[j])
                cc_figure_free(&ctx.claims[i].fig[j]);
    free(ctx.claims);
    if (own_cfg)
        cc_config_free(&defaults);
}
