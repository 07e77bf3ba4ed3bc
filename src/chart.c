/* chart.c — what the printed report draws: the intervals a claim's figures
 * allow on one number line (rows, axis, SVG and monospace pictures), and
 * the small facts every report format needs about a ledger. */
#include "checker.h"
#include "report.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------------ */
/* Ledger facts                                                         */
/* ------------------------------------------------------------------ */

const char *const cc_report_statuses[CC_REPORT_NSTATUS] = {"unchecked", "supported", "misleading",
                                                          "unsupported", "false", "other"};

static bool S_belongs(const cc_finding *f, const cc_ledger *lg)
{
    const char *file = f->file ? f->file : "";
    if (strcmp(file, lg->path) == 0 || (lg->meta.path && strcmp(file, lg->meta.path) == 0))
        return true;
    size_t n = strlen(lg->path), m = strlen(file);
    return n > 4 && m == n + 1 && strncmp(file, lg->path, n - 4) == 0 && strcmp(file + n - 4, ".json") == 0;
}

const cc_finding **cc_report_part_findings(const cc_report_in *in, const cc_ledger *lg, size_t *n)
{
    const cc_findings *fs = in->findings;
    const cc_finding **v = cc_xcalloc(fs->n ? fs->n : 1, sizeof *v);
    *n = 0;
    for (size_t i = 0; i < fs->n; i++)
        if (S_belongs(&fs->v[i], lg))
            v[(*n)++] = &fs->v[i];
    return v;
}

void cc_report_status_counts(const cc_ledger *lg, size_t counts[CC_REPORT_NSTATUS])
{
    memset(counts, 0, CC_REPORT_NSTATUS * sizeof *counts);
    for (size_t i = 0; i < lg->nclaims; i++) {
        const char *s = cc_claim_get(lg, &lg->claims[i], "status");
        size_t k = 0;
        if (*s)
            while (k + 1 < CC_REPORT_NSTATUS && strcmp(s, cc_report_statuses[k]) != 0)
                k++;
        counts[k]++;
    }
}

static int S_rule_cmp(const void *pa, const void *pb)
{
    const cc_rule_count *a = pa, *b = pb;
    if (a->severity != b->severity)
        return a->severity > b->severity ? -1 : 1;
    return strcmp(a->rule, b->rule);
}

size_t cc_report_rule_counts(const cc_finding *const *f, size_t nf, cc_rule_count *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < nf; i++) {
        if (f[i]->suppressed)
            continue;
        size_t k = 0;
        while (k < n && strcmp(out[k].rule, f[i]->rule) != 0)
            k++;
        if (k == n) {
            if (n == max)
                continue;
            out[n].rule = f[i]->rule;
            out[n].severity = f[i]->severity;
            out[n].n = 0;
            n++;
        }
        out[k].n++;
    }
    qsort(out, n, sizeof *out, S_rule_cmp);
    return n;
}

/* Code points folded for matching a quote, with where each came from. */
typedef struct {
    unsigned *cp;
    size_t *off;
    size_t n;
} S_folded;

static void S_fold(const char *s, S_folded *out)
{
    size_t len = strlen(s), i = 0;
    out->cp = cc_xmalloc((len + 1) * sizeof *out->cp);
    out->off = cc_xmalloc((len + 1) * sizeof *out->off);
    out->n = 0;
    while (i < len) {
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, len - i, &cp);
        if (k == 0) {
            cp = 0xFFFD;
            k = 1;
        }
        cp = cc_fold_width(cp);
        if (cp != ' ' && cp != '\t' && cp != '\n' && cp != '\r') {
            out->cp[out->n] = cp;
            out->off[out->n] = i;
            out->n++;
        }
        i += k;
    }
}

size_t cc_report_quote_line(const char *article, const char *quote)
{
    if (!article || !quote || !*quote)
        return 0;
    S_folded a, q;
    S_fold(article, &a);
    S_fold(quote, &q);
    size_t line = 0;
    for (size_t i = 0; q.n && i + q.n <= a.n && !line; i++) {
        if (memcmp(a.cp + i, q.cp, q.n * sizeof *q.cp) != 0)
            continue;
        line = 1;
        for (size_t k = 0; k < a.off[i]; k++)
            if (article[k] == '\n')
                line++;
    }
    free(a.cp);
    free(a.off);
    free(q.cp);
    free(q.off);
    return line;
}

bool cc_report_has_cjk(const char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            i++;
            continue;
        }
        if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
            (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF))
            return true;
        i += k;
    }
    return false;
}

bool cc_report_link_ok(const char *url)
{
    size_t skip;
    if (strncasecmp(url, "https://", 8) == 0)
        skip = 8;
    else if (strncasecmp(url, "http://", 7) == 0)
        skip = 7;
    else
        return false;
    if (!url[skip] || url[skip] == '/')
        return false;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++)
        if (*p <= 0x20 || *p == 0x7F || strchr("\"'<>\\`", *p))
            return false;
    return cc_utf8_check(url, strlen(url)) == strlen(url);
}

const char *cc_report_basename(const char *path)
{
    const char *s = strrchr(path, '/');
    return s && s[1] ? s + 1 : path;
}

size_t cc_report_width(const char *s)
{
    size_t n = strlen(s), i = 0, w = 0;
    while (i < n) {
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            i++;
            w++;
            continue;
        }
        i += k;
        if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F))
            continue;
        w += (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
                     (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                     (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                     (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD)
                 ? 2
                 : 1;
    }
    return w;
}

static size_t S_cpw(unsigned cp)
{
    char tmp[5] = {0};
    cc_utf8_encode(cp, tmp);
    return cc_report_width(tmp);
}

/* Lines break at spaces, and before or after a wide (CJK) character,
 * which needs no space to break. */
void cc_report_wrap(cc_buf *out, const char *s, size_t ind1, bool pad1, size_t ind, size_t width)
{
    cc_buf clean = CC_BUF_INIT;
    cc_render_clean(&clean, s, 0);
    const char *t = clean.data ? clean.data : "";
    size_t n = clean.len, start = 0, indent = ind1;
    while (start < n && t[start] == ' ')
        start++;
    bool pad = pad1;
    if (start == n)
        cc_buf_putc(out, '\n');
    while (start < n) {
        size_t pos = start, col = indent, brk = 0, next = 0;
        bool full = false;
        while (pos < n) {
            unsigned cp;
            size_t k = cc_utf8_decode(t + pos, n - pos, &cp);
            if (k == 0) {
                k = 1;
                cp = '?';
            }
            size_t w = S_cpw(cp);
            if (cp == ' ') {
                brk = pos;
                next = pos + 1;
            } else if (w == 2 && pos > start) {
                brk = pos;
                next = pos;
            }
            if (col + w > width && pos > start) {
                full = true;
                break;
            }
            col += w;
            pos += k;
            if (w == 2) {
                brk = pos;
                next = pos;
            }
        }
        for (size_t i = 0; pad && i < indent; i++)
            cc_buf_putc(out, ' ');
        pad = true;
        if (!full) {
            cc_buf_put(out, t + start, n - start);
            cc_buf_putc(out, '\n');
            break;
        }
        if (brk <= start) { /* a word longer than the line: cut it */
            brk = pos;
            next = pos;
        }
        size_t end = brk;
        while (end > start && t[end - 1] == ' ')
            end--;
        cc_buf_put(out, t + start, end - start);
        cc_buf_putc(out, '\n');
        start = next;
        while (start < n && t[start] == ' ')
            start++;
        indent = ind;
    }
    cc_buf_free(&clean);
}

/* ------------------------------------------------------------------ */
/* Rows of a chart                                                      */
/* ------------------------------------------------------------------ */

static cc_chart_row *S_row(cc_chart *ch, cc_row_kind kind, cc_interval iv, const char *label)
{
    if (ch->n == ch->cap) {
        ch->cap = ch->cap ? 2 * ch->cap : 8;
        ch->rows = cc_xrealloc(ch->rows, ch->cap * sizeof *ch->rows);
    }
    cc_chart_row *r = &ch->rows[ch->n++];
    memset(r, 0, sizeof *r);
    r->iv = iv;
    r->kind = kind;
    r->fits = -1;
    snprintf(r->label, sizeof r->label, "%s", label);
    /* The long form of the strict reading does not fit a chart's label column. */
    char *p = strstr(r->label, " (strict \"by\" reading)");
    if (p)
        snprintf(p, sizeof r->label - (size_t)(p - r->label), " (strict by)");
    return r;
}

static bool S_parse(const cc_ledger *lg, const cc_claim *c, const char *col, const cc_tolerance *tol, cc_figure *f)
{
    const char *s = cc_claim_get(lg, c, col);
    char *err = NULL;
    if (!*s)
        return false;
    if (cc_figure_parse(s, strlen(s), tol, f, &err))
        return true;
    free(err);
    return false;
}

/* A figure's interval in the unit of `like` (through seconds for times,
 * through the base symbol for counts such as GB/s and TB/s). */
static cc_interval S_in_unit(const cc_figure *f, const cc_figure *like)
{
    cc_interval fi, li;
    double sf, sl;
    if (!cc_figures_base(f, like, &fi, &li, &sf, &sl) || !(sl > 0))
        return f->iv;
    return sl == 1 ? fi : cc_iv_scale(fi, 1 / sl);
}

/* Can f and g be compared (cc_figures_base)? */
static bool S_comparable(const cc_figure *f, const cc_figure *g)
{
    cc_interval fi, gi;
    return cc_figures_base(f, g, &fi, &gi, NULL, NULL);
}

static void S_readings(cc_chart *ch, const cc_figure *f)
{
    for (int i = 0; i < f->n_readings; i++)
        S_row(ch, i ? CC_ROW_STATED_ALT : CC_ROW_STATED, f->readings[i].iv, f->readings[i].label);
}

static void S_note(cc_chart *ch, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void S_note(cc_chart *ch, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    free(ch->note);
    ch->note = cc_xvasprintf(fmt, ap);
    va_end(ap);
}

static void S_unit(cc_chart *ch, const char *unit)
{
    snprintf(ch->unit, sizeof ch->unit, "%s", unit);
}

bool cc_chart_claim(const cc_ledger *lg, const cc_claim *c, const cc_config *cfg, int k, cc_chart *out)
{
    memset(out, 0, sizeof *out);
    cc_tolerance deftol = CC_TOLERANCE_DEFAULT;
    const cc_tolerance *tol = cfg ? &cfg->tol : &deftol;
    cc_figure fb, fa, fc, fv;
    bool hb = S_parse(lg, c, "before", tol, &fb), ha = S_parse(lg, c, "after", tol, &fa);
    bool hc = S_parse(lg, c, "change", tol, &fc), hv = S_parse(lg, c, "value", tol, &fv);
    cc_interval b = {0, 0, false, false}, a = b, ratio = b, gain = b;
    const cc_figure *pb = &fb, *pa = &fa;
    cc_figure implied;
    bool levels = hb && ha && cc_pair_base(&pb, &pa, &implied, &b, &a, NULL, NULL);

    bool lower = false, rok = false;
    if (levels) {
        const char *better = cc_claim_get(lg, c, "better");
        lower = strcmp(better, "lower") == 0 || (!*better && pa->dimension == CC_DIM_TIME);
        ratio = cc_iv_div(a, b, &rok);
        gain = ratio;
        if (rok && lower) {
            bool ok;
            gain = cc_iv_div(b, a, &ok);
            if (!ok) /* after can be 0: the gain has no upper bound */
                gain = cc_iv(b.lo > 0 && isfinite(a.hi) && a.hi > 0 ? b.lo / a.hi : 0, INFINITY, false, true);
        }
    }

    bool level_change = hc && fc.kind == CC_KIND_QUANTITY;
    if (k == 1 && level_change && levels && rok) {
        /* a restated level hides the change: the gain is the second chart */
        S_unit(out, "\xC3\x97");
        S_row(out, CC_ROW_DERIVED, gain, lower ? "before/after" : "after/before");
        S_note(out, "the change itself: factor new/old from %s \xE2\x86\x92 %s%s", fb.input,
                 fa.input, lower ? " (lower is better: before/after)" : "");
    } else if (k != 0) {
        /* no further chart */
    } else if (hc && (fc.kind == CC_KIND_MULTIPLIER || fc.kind == CC_KIND_CHANGE)) {
        S_unit(out, "\xC3\x97");
        S_readings(out, &fc);
        if (levels && lower && fc.speed && fc.kind == CC_KIND_CHANGE && fc.direction == CC_DIR_UP) {
            /* "15% faster" on a time: speed x1.15, or time x0.85 */
            bool ok;
            cc_interval t = cc_iv_recip(cc_iv_sub(cc_iv_point(1), cc_iv_scale(fc.iv, 0.01)), &ok);
            if (ok) {
                char *lab = cc_xasprintf("time \xE2\x88\x92%s", fc.readings[0].label + 1);
                S_row(out, CC_ROW_STATED_ALT, t, lab);
                free(lab);
            }
        }
        if (levels && rok) {
            bool improve = lower && (fc.speed || (fc.kind == CC_KIND_MULTIPLIER && fc.direction != CC_DIR_DOWN));
            bool use_gain = improve || (fc.kind == CC_KIND_MULTIPLIER && fc.direction == CC_DIR_NONE);
            bool inv = use_gain && lower;
            S_row(out, CC_ROW_DERIVED, use_gain ? gain : ratio, inv ? "before/after" : "after/before");
            S_note(out, "factor new/old; derived from %s \xE2\x86\x92 %s as %s%s",
                     fb.input, fa.input, inv ? "before/after" : "after/before",
                     inv ? " (lower is better)" : "");
        } else {
            S_note(out, "factor new/old%s",
                     levels ? "" : "; no before/after to derive it from");
        }
    } else if (hc && fc.kind == CC_KIND_POINTS) {
        S_unit(out, "pp");
        S_row(out, CC_ROW_STATED, fc.iv, fc.readings[0].label);
        if (levels && pb->dimension == CC_DIM_PERCENT) {
            bool down = fc.direction == CC_DIR_DOWN;
            S_row(out, CC_ROW_DERIVED, down ? cc_iv_sub(b, a) : cc_iv_sub(a, b),
                  down ? "before \xE2\x88\x92 after" : "after \xE2\x88\x92 before");
        }
        S_note(out, "percentage points");
    } else if (hc) {
        /* a level with a verb (下降到5分钟以内) restates where the figure ends */
        S_unit(out, fc.unit);
        if (levels && S_comparable(&fc, &fa)) {
            S_row(out, CC_ROW_LEVEL, S_in_unit(&fb, &fc), "before");
            S_row(out, CC_ROW_STATED, S_in_unit(&fc, &fc), "stated new level");
            S_row(out, CC_ROW_DERIVED, S_in_unit(&fa, &fc), "after");
            S_note(out, "levels%s%s: the stated level against after", *fc.unit ? " in " : "",
                     fc.unit);
        } else {
            S_row(out, CC_ROW_STATED, fc.iv, fc.readings[0].label);
            S_note(out, "level%s%s", *fc.unit ? " in " : "", fc.unit);
        }
    } else if (hv) {
        bool factor = fv.kind == CC_KIND_MULTIPLIER || fv.kind == CC_KIND_CHANGE;
        S_unit(out, factor ? "\xC3\x97" : fv.kind == CC_KIND_POINTS ? "pp" : fv.unit);
        if (factor)
            S_readings(out, &fv);
        else
            S_row(out, CC_ROW_STATED, fv.iv, fv.input);
        S_note(out, "%s%s%s", factor ? "factor new/old" : "level",
                 !factor && *out->unit ? " in " : "", factor ? "" : out->unit);
    } else if (levels && rok) {
        S_unit(out, "\xC3\x97");
        S_row(out, CC_ROW_DERIVED, gain, lower ? "before/after" : "after/before");
        S_note(out, "factor new/old, derived from %s \xE2\x86\x92 %s%s", fb.input, fa.input,
                 lower ? " (lower is better: before/after)" : "");
    }

    const cc_chart_row *derived = NULL;
    for (size_t i = 0; i < out->n; i++)
        if (out->rows[i].kind == CC_ROW_DERIVED)
            derived = &out->rows[i];
    for (size_t i = 0; derived && i < out->n; i++)
        if (out->rows[i].kind == CC_ROW_STATED || out->rows[i].kind == CC_ROW_STATED_ALT)
            out->rows[i].fits = cc_iv_overlaps(out->rows[i].iv, derived->iv);

    if (hb)
        cc_figure_free(&fb);
    if (ha)
        cc_figure_free(&fa);
    if (hc)
        cc_figure_free(&fc);
    if (hv)
        cc_figure_free(&fv);
    if (out->n == 0) {
        cc_chart_free(out);
        return false;
    }
    return true;
}

bool cc_chart_group(const cc_ledger *lg, const char *name, const cc_config *cfg, cc_chart *out)
{
    memset(out, 0, sizeof *out);
    size_t claims = 0;
    for (size_t i = 0; i < lg->nclaims; i++) {
        const cc_claim *c = &lg->claims[i];
        if (strcmp(cc_claim_get(lg, c, "group"), name) != 0)
            continue;
        cc_chart one;
        if (!cc_chart_claim(lg, c, cfg, 0, &one))
            continue;
        if (claims == 0) {
            S_unit(out, one.unit);
            S_note(out, "%s", one.note ? one.note : "");
        }
        if (strcmp(one.unit, out->unit) == 0) {
            for (size_t k = 0; k < one.n; k++) {
                cc_chart_row *r = S_row(out, one.rows[k].kind, one.rows[k].iv, one.rows[k].label);
                snprintf(r->claim, sizeof r->claim, "%s", cc_claim_get(lg, c, "id"));
                r->fits = one.rows[k].fits;
            }
            claims++;
        }
        cc_chart_free(&one);
    }
    if (claims < 2) {
        cc_chart_free(out);
        return false;
    }
    return true;
}

bool cc_chart_overview(const cc_ledger *lg, const cc_config *cfg, cc_chart *out)
{
    memset(out, 0, sizeof *out);
    S_unit(out, "\xC3\x97");
    for (size_t i = 0; i < lg->nclaims; i++) {
        const cc_claim *c = &lg->claims[i];
        cc_chart one;
        for (int k = 0; cc_chart_claim(lg, c, cfg, k, &one); k++) {
            bool take = strcmp(one.unit, out->unit) == 0;
            bool derived = false;
            for (size_t r = 0; r < one.n; r++)
                derived = derived || one.rows[r].kind == CC_ROW_DERIVED;
            for (size_t r = 0; take && derived && r < one.n; r++) {
                cc_chart_row *row = S_row(out, one.rows[r].kind, one.rows[r].iv, one.rows[r].label);
                snprintf(row->claim, sizeof row->claim, "%s", cc_claim_get(lg, c, "id"));
                row->fits = one.rows[r].fits;
            }
            cc_chart_free(&one);
        }
    }
    if (out->n == 0) {
        cc_chart_free(out);
        return false;
    }
    S_note(out, "factor new/old; derived: after/before, or before/after where lower is better");
    return true;
}

void cc_chart_free(cc_chart *ch)
{
    free(ch->rows);
    free(ch->note);
    memset(ch, 0, sizeof *ch);
}

/* ------------------------------------------------------------------ */
/* Axis                                                                 */
/* ------------------------------------------------------------------ */

void cc_axis_fit(cc_axis *ax, const cc_chart_row *rows, size_t n, bool ratio)
{
    double lo = INFINITY, hi = -INFINITY;
    bool open_up = false, open_down = false;
    for (size_t i = 0; i < n; i++) {
        cc_interval iv = rows[i].iv;
        if (isfinite(iv.lo)) {
            lo = fmin(lo, iv.lo);
            hi = fmax(hi, iv.lo);
        } else
            open_down = true;
        if (isfinite(iv.hi)) {
            lo = fmin(lo, iv.hi);
            hi = fmax(hi, iv.hi);
        } else
            open_up = true;
    }
    if (ratio) {
        lo = fmin(lo, 1);
        hi = fmax(hi, 1);
    }
    if (lo > hi) {
        lo = 0;
        hi = 1;
    }
    /* ends near the largest double would overflow the padding below to inf
     * and the axis to NaN ((int)NaN is undefined): the axis stops at 1e300 */
    lo = fmin(fmax(lo, -1e300), 1e300);
    hi = fmin(fmax(hi, -1e300), 1e300);
    bool nonneg = lo >= 0;
    double span = hi - lo;
    if (span <= 0) {
        span = fabs(lo) > 0 ? fabs(lo) * 0.5 : 1;
        lo -= span / 2;
        hi += span / 2;
    }
    /* room past the last finite end, where a one-sided interval's arrow runs,
     * and a little on each side so that no end sits on the frame */
    hi += span * (open_up ? 0.3 : 0.05);
    lo -= span * (open_down ? 0.3 : 0.05);
    if (nonneg && !open_down && lo < 0)
        lo = 0;
    double raw = (hi - lo) / 5, mag = pow(10, floor(log10(raw))), norm = raw / mag;
    ax->step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
    ax->lo = floor(lo / ax->step + 1e-9) * ax->step;
    ax->hi = ceil(hi / ax->step - 1e-9) * ax->step;
    if (ax->hi <= ax->lo)
        ax->hi = ax->lo + ax->step;
    ax->nticks = (int)floor((ax->hi - ax->lo) / ax->step + 0.5) + 1;
}

double cc_axis_x(const cc_axis *ax, double v, double x0, double x1)
{
    if (!(v > ax->lo))
        return x0;
    if (!(v < ax->hi))
        return x1;
    return x0 + (v - ax->lo) / (ax->hi - ax->lo) * (x1 - x0);
}

double cc_axis_tick(const cc_axis *ax, int i)
{
    double v = ax->lo + i * ax->step;
    return fabs(v) < ax->step * 1e-9 ? 0 : v;
}

/* ------------------------------------------------------------------ */
/* SVG                                                                  */
/* ------------------------------------------------------------------ */

#define S_W 640.0     /* viewBox width: about the width of an A4 text column in CSS px */
#define S_LABEL 196.0 /* right edge of the label column */
#define S_X0 212.0
#define S_X1 604.0
#define S_EDGE 624.0  /* where the arrow of a one-sided interval ends */
#define S_ROW 30.0
#define S_TOP 6.0

static const struct {
    const char *cls, *color, *dash, *role;
} S_style[] = {
    [CC_ROW_STATED] = {"stated", "#1d4f91", NULL, "stated"},
    [CC_ROW_STATED_ALT] = {"stated alt", "#a84300", "7 4", "other reading"},
    [CC_ROW_DERIVED] = {"derived", "#24692a", NULL, "derived"},
    [CC_ROW_LEVEL] = {"level", "#555555", "2 3", "as printed"},
};

static void S_num(cc_buf *b, double x)
{
    if (isinf(x))
        cc_buf_puts(b, x > 0 ? "inf" : "-inf");
    else
        cc_buf_num(b, x);
}

static void S_ivtext(cc_buf *b, cc_interval iv)
{
    cc_buf t = CC_BUF_INIT;
    cc_iv_format_sig(&t, iv, 4);
    cc_buf_puts(b, t.data);
    cc_buf_free(&t);
}

/* The label of a row: "cann-18 · 2.78x" in a group chart. */
static void S_label(cc_buf *b, const cc_chart_row *r)
{
    if (*r->claim)
        cc_buf_printf(b, "%s \xC2\xB7 ", r->claim);
    cc_buf_puts(b, r->label);
}

/* Text cut to about n display columns, so it stays in the label column. */
static void S_cut(cc_buf *out, const char *s, size_t n)
{
    cc_buf t = CC_BUF_INIT;
    cc_render_clean(&t, s, n);
    cc_html_escape(out, t.data ? t.data : "");
    cc_buf_free(&t);
}

static void S_end(cc_buf *b, double x, double y, bool open, const char *color)
{
    cc_buf_printf(b, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"4\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.6\"/>", x, y,
                  open ? "#ffffff" : color, color);
}

static void S_arrow(cc_buf *b, double x, double y, int dir, const char *color)
{
    cc_buf_printf(b, "<path d=\"M%.2f %.2f l%d -6.5 l0 13 z\" fill=\"%s\"/>", x, y, -dir * 13, color);
}

void cc_chart_svg(cc_buf *b, const cc_chart *ch, const char *title)
{
    cc_axis ax;
    bool ratio = strcmp(ch->unit, "\xC3\x97") == 0;
    cc_axis_fit(&ax, ch->rows, ch->n, ratio);
    double h = S_TOP + ch->n * S_ROW + 38;
    cc_buf_printf(b,
                  "<svg class=\"chart\" viewBox=\"0 0 %.0f %.0f\" "
                  "role=\"img\" data-axis-lo=\"",
                  S_W, h);
    S_num(b, ax.lo);
    cc_buf_puts(b, "\" data-axis-hi=\"");
    S_num(b, ax.hi);
    cc_buf_puts(b, "\"><title>");
    cc_html_escape(b, title);
    cc_buf_puts(b, "</title>");

    /* The derived interval as a band behind the rows of its claim, so a
     * reader sees at a glance which stated readings meet it. */
    for (size_t i = 0; i < ch->n; i++) {
        const cc_chart_row *r = &ch->rows[i];
        if (r->kind != CC_ROW_DERIVED)
            continue;
        size_t first = i, last = i;
        while (first > 0 && strcmp(ch->rows[first - 1].claim, r->claim) == 0)
            first--;
        while (last + 1 < ch->n && strcmp(ch->rows[last + 1].claim, r->claim) == 0)
            last++;
        double xa = cc_axis_x(&ax, r->iv.lo, S_X0, S_X1);
        double xb = isinf(r->iv.hi) ? S_EDGE : cc_axis_x(&ax, r->iv.hi, S_X0, S_X1);
        if (xb - xa < 2) {
            xa -= 1;
            xb += 1;
        }
        cc_buf_printf(b,
                      "<rect class=\"band\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"#24692a\" "
                      "fill-opacity=\"0.12\" stroke=\"#24692a\" stroke-opacity=\"0.5\" stroke-dasharray=\"3 3\"/>",
                      xa, S_TOP + first * S_ROW + 2, xb - xa, (last - first + 1) * S_ROW - 4);
    }
    /* separators between the claims of a group chart */
    for (size_t i = 1; i < ch->n; i++)
        if (strcmp(ch->rows[i].claim, ch->rows[i - 1].claim) != 0)
            cc_buf_printf(b, "<line x1=\"8\" x2=\"%.0f\" y1=\"%.2f\" y2=\"%.2f\" stroke=\"#bbbbbb\" "
                             "stroke-width=\"0.8\"/>",
                          S_W - 8, S_TOP + i * S_ROW, S_TOP + i * S_ROW);

    double yaxis = S_TOP + ch->n * S_ROW + 6;
    for (int t = 0; t < ax.nticks; t++) {
        double x = cc_axis_x(&ax, cc_axis_tick(&ax, t), S_X0, S_X1);
        cc_buf_printf(b,
                      "<line x1=\"%.2f\" x2=\"%.2f\" y1=\"%.2f\" y2=\"%.2f\" stroke=\"#d0d0d0\" stroke-width=\"0.6\"/>",
                      x, x, S_TOP, yaxis);
    }
    if (ratio && ax.lo < 1 && ax.hi > 1) { /* 1x: no change at all */
        double x = cc_axis_x(&ax, 1, S_X0, S_X1);
        cc_buf_printf(b,
                      "<line class=\"one\" x1=\"%.2f\" x2=\"%.2f\" y1=\"%.2f\" y2=\"%.2f\" stroke=\"#777777\" "
                      "stroke-width=\"1.2\"/>",
                      x, x, S_TOP, yaxis);
    }
    for (size_t i = 0; i < ch->n; i++) {
        const cc_chart_row *r = &ch->rows[i];
        double y = S_TOP + i * S_ROW + S_ROW / 2;
        const char *color = S_style[r->kind].color;
        cc_buf lab = CC_BUF_INIT;
        S_label(&lab, r);
        cc_buf_printf(b, "<text x=\"%.0f\" y=\"%.2f\" text-anchor=\"end\" font-size=\"11\" fill=\"#111111\">",
                      S_LABEL, y - 1);
        S_cut(b, lab.data, 34);
        cc_buf_printf(b, "</text><text x=\"%.0f\" y=\"%.2f\" text-anchor=\"end\" font-size=\"8.5\" fill=\"#444444\">",
                      S_LABEL, y + 10);
        cc_buf_printf(b, "%s ", S_style[r->kind].role);
        cc_buf t = CC_BUF_INIT;
        S_ivtext(&t, r->iv);
        cc_html_escape(b, t.data);
        cc_buf_free(&t);
        if (r->fits >= 0)
            cc_buf_puts(b, r->fits ? " \xC2\xB7 meets derived" : " \xC2\xB7 misses derived");
        cc_buf_puts(b, "</text>");
        cc_buf_free(&lab);

        bool lo_inf = isinf(r->iv.lo), hi_inf = isinf(r->iv.hi);
        /* an unbounded side: the bar stops where the arrowhead starts */
        double xa = lo_inf ? S_X0 - 8 : cc_axis_x(&ax, r->iv.lo, S_X0, S_X1);
        double xb = hi_inf ? S_EDGE - 11 : cc_axis_x(&ax, r->iv.hi, S_X0, S_X1);
        cc_buf_printf(b, "<g class=\"row %s\">", S_style[r->kind].cls);
        cc_buf_printf(b, "<line class=\"iv %s\" data-lo=\"", S_style[r->kind].cls);
        S_num(b, r->iv.lo);
        cc_buf_puts(b, "\" data-hi=\"");
        S_num(b, r->iv.hi);
        cc_buf_printf(b, "\" x1=\"%.2f\" x2=\"%.2f\" y1=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"%s\"", xa, xb,
                      y, y, color, r->kind == CC_ROW_DERIVED ? "8" : "5");
        if (S_style[r->kind].dash)
            cc_buf_printf(b, " stroke-dasharray=\"%s\"", S_style[r->kind].dash);
        cc_buf_puts(b, "/>");
        /* a derived bar is hollow: told apart from a stated one without colour */
        if (r->kind == CC_ROW_DERIVED && xb - xa > 4)
            cc_buf_printf(b,
                          "<line x1=\"%.2f\" x2=\"%.2f\" y1=\"%.2f\" y2=\"%.2f\" stroke=\"#ffffff\" "
                          "stroke-width=\"3\"/>",
                          xa + 2, xb - 2, y, y);
        if (lo_inf)
            S_arrow(b, xa - 13, y, -1, color);
        else
            S_end(b, xa, y, r->iv.lo_open, color);
        if (hi_inf)
            S_arrow(b, xb + 13, y, 1, color);
        else
            S_end(b, xb, y, r->iv.hi_open, color);
        cc_buf_puts(b, "</g>");
    }

    cc_buf_printf(b, "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.2f\" y2=\"%.2f\" stroke=\"#333333\" stroke-width=\"1\"/>",
                  S_X0, S_X1, yaxis, yaxis);
    for (int t = 0; t < ax.nticks; t++) {
        double v = cc_axis_tick(&ax, t), x = cc_axis_x(&ax, v, S_X0, S_X1);
        cc_buf_printf(b,
                      "<line x1=\"%.2f\" x2=\"%.2f\" y1=\"%.2f\" y2=\"%.2f\" stroke=\"#333333\" stroke-width=\"1\"/>"
                      "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\" font-size=\"10\" fill=\"#222222\">",
                      x, x, yaxis, yaxis + 4, x, yaxis + 15);
        cc_buf_num(b, v);
        cc_buf_puts(b, "</text>");
    }
    cc_buf_printf(b, "<text x=\"%.0f\" y=\"%.2f\" text-anchor=\"start\" font-size=\"10\" fill=\"#222222\">", S_X1 + 8,
                  yaxis + 4);
    cc_html_escape(b, ch->unit);
    cc_buf_printf(b, "</text><text x=\"%.0f\" y=\"%.2f\" font-size=\"9\" fill=\"#444444\">", S_X0, yaxis + 28);
    cc_html_escape(b, ch->note ? ch->note : "");
    cc_buf_puts(b, "</text></svg>");
}

/* ------------------------------------------------------------------ */
/* Monospace                                                            */
/* ------------------------------------------------------------------ */

/* Pads or cuts s to exactly n display columns. */
static void S_pad(cc_buf *b, const char *s, size_t n)
{
    cc_buf t = CC_BUF_INIT;
    cc_render_clean(&t, s, n);
    const char *v = t.data ? t.data : "";
    cc_buf_puts(b, v);
    for (size_t w = cc_report_width(v); w < n; w++)
        cc_buf_putc(b, ' ');
    cc_buf_free(&t);
}

void cc_chart_ascii(cc_buf *b, const cc_chart *ch, int width)
{
    static const char fill[] = {[CC_ROW_STATED] = '=', [CC_ROW_STATED_ALT] = '-', [CC_ROW_DERIVED] = '#',
                                [CC_ROW_LEVEL] = '.'};
    const size_t lw = 22;
    int pw = width - (int)lw - 26;
    if (pw < 20)
        pw = 20;
    cc_axis ax;
    cc_axis_fit(&ax, ch->rows, ch->n, strcmp(ch->unit, "\xC3\x97") == 0);
    char *line = cc_xmalloc((size_t)pw + 1);
    for (size_t i = 0; i < ch->n; i++) {
        const cc_chart_row *r = &ch->rows[i];
        cc_buf lab = CC_BUF_INIT;
        S_label(&lab, r);
        S_pad(b, lab.data, lw);
        cc_buf_free(&lab);
        cc_buf_puts(b, " |");
        memset(line, ' ', (size_t)pw);
        line[pw] = '\0';
        int pa = isinf(r->iv.lo) ? 0 : (int)lround(cc_axis_x(&ax, r->iv.lo, 0, pw - 1));
        int pb = isinf(r->iv.hi) ? pw - 1 : (int)lround(cc_axis_x(&ax, r->iv.hi, 0, pw - 1));
        for (int k = pa; k <= pb; k++)
            line[k] = fill[r->kind];
        line[pa] = isinf(r->iv.lo) ? '<' : r->iv.lo_open ? '(' : '[';
        if (pb > pa)
            line[pb] = isinf(r->iv.hi) ? '>' : r->iv.hi_open ? ')' : ']';
        else if (!isinf(r->iv.hi))
            line[pa] = '|';
        cc_buf_puts(b, line);
        cc_buf_puts(b, "| ");
        S_ivtext(b, r->iv);
        if (r->fits >= 0)
            cc_buf_puts(b, r->fits ? " meets" : " misses");
        cc_buf_putc(b, '\n');
    }
    /* the axis: '+' at each tick, the values under it where they fit */
    for (size_t k = 0; k < lw + 1; k++)
        cc_buf_putc(b, ' ');
    cc_buf_putc(b, ' ');
    memset(line, '-', (size_t)pw);
    for (int t = 0; t < ax.nticks; t++)
        line[lround(cc_axis_x(&ax, cc_axis_tick(&ax, t), 0, pw - 1))] = '+';
    cc_buf_puts(b, line);
    cc_buf_puts(b, "  ");
    cc_buf_puts(b, ch->unit);
    cc_buf_putc(b, '\n');
    char *ticks = cc_xmalloc((size_t)pw + 16);
    memset(ticks, ' ', (size_t)pw + 15);
    ticks[pw + 15] = '\0';
    int used = -1;
    for (int t = 0; t < ax.nticks; t++) {
        cc_buf v = CC_BUF_INIT;
        cc_buf_num(&v, cc_axis_tick(&ax, t));
        int at = (int)lround(cc_axis_x(&ax, cc_axis_tick(&ax, t), 0, pw - 1)) + 1 - (int)v.len / 2;
        if (at < 0)
            at = 0;
        if (at > used && at + (int)v.len <= pw + 15) {
            memcpy(ticks + at, v.data, v.len);
            used = at + (int)v.len;
        }
        cc_buf_free(&v);
    }
    size_t end = strlen(ticks);
    while (end > 0 && ticks[end - 1] == ' ')
        end--;
    ticks[end] = '\0';
    for (size_t k = 0; k < lw + 1; k++)
        cc_buf_putc(b, ' ');
    cc_buf_puts(b, ticks);
    cc_buf_putc(b, '\n');
    if (ch->note && *ch->note)
        cc_report_wrap(b, ch->note, lw + 2, true, lw + 2, (size_t)width);
    free(ticks);
    free(line);
}
