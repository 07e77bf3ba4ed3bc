/* report.h — the printed audit report (`claimcheck report`, DESIGN 6):
 * what the three report formats share.  Private to chart.c,
 * render_html.c, render_report_text.c and cmd_report.c. */
#ifndef CC_REPORT_H
#define CC_REPORT_H

#include "render.h"

/* ------------------------------------------------------------------ */
/* The document                                                         */
/* ------------------------------------------------------------------ */

/* One ledger of the report: its findings (pointers into in->findings),
 * its own coverage and the article text when one could be read. */
typedef struct {
    const cc_ledger *lg;
    const cc_finding **f;
    size_t nf;
    cc_coverage cov;
    const char *article_path;   /* or NULL */
    const char *article;        /* its text, or NULL */
} cc_report_part;

typedef struct {
    const cc_report_in *in;     /* every ledger and finding, cfg, fail_on, color */
    const cc_report_part *parts;/* one per ledger, in ledger order */
    const char *date;           /* YYYY-MM-DD: SOURCE_DATE_EPOCH, else today */
} cc_report_doc;

/* Findings of in->findings that belong to ledger lg (the ledger or its
 * sidecar); *n gets the count, the caller frees the array. */
const cc_finding **cc_report_part_findings(const cc_report_in *in, const cc_ledger *lg, size_t *n);
/* Counts of the `status` column, in the order of cc_report_statuses
 * (empty counts as unchecked; an unknown word counts under "other"). */
#define CC_REPORT_NSTATUS 6
extern const char *const cc_report_statuses[CC_REPORT_NSTATUS];
void cc_report_status_counts(const cc_ledger *lg, size_t counts[CC_REPORT_NSTATUS]);
/* The distinct rules among findings (not suppressed first seen order is
 * not kept: sorted by severity, then id), with their counts. */
typedef struct {
    const char *rule;
    cc_severity severity;
    size_t n;
} cc_rule_count;
size_t cc_report_rule_counts(const cc_finding *const *f, size_t nf, cc_rule_count *out, size_t max);
/* 1-based line of the article where quote occurs (compared after folding
 * full-width forms and dropping white space), 0 when it does not occur. */
size_t cc_report_quote_line(const char *article, const char *quote);
/* Whether s holds a CJK ideograph, kana or hangul: such text gets lang="zh". */
bool cc_report_has_cjk(const char *s);
/* Whether url is an absolute http or https URL (case-insensitive scheme,
 * no spaces, controls, quotes, < > \ or `): only such a URL becomes a link. */
bool cc_report_link_ok(const char *url);
/* Name of a ledger for headings: the path's last component. */
const char *cc_report_basename(const char *path);

/* ------------------------------------------------------------------ */
/* Charts: the intervals a claim allows, on one number line             */
/* ------------------------------------------------------------------ */

typedef enum {
    CC_ROW_STATED,      /* a reading of the stated change or value */
    CC_ROW_STATED_ALT,  /* the second reading of an ambiguous wording */
    CC_ROW_DERIVED,     /* what before/after give (the gain, ratio, difference) */
    CC_ROW_LEVEL        /* a level as printed (before, after) */
} cc_row_kind;

#define CC_ROW_LABEL 80

typedef struct {
    cc_interval iv;
    cc_row_kind kind;
    char label[CC_ROW_LABEL];   /* "3x", "4x (strict by)", "derived: before/after" */
    char claim[CC_ROW_LABEL];   /* in a group chart: the claim id; else "" */
    int fits;                   /* stated rows when a derived row exists: 1 overlaps, 0 not; -1 n/a */
} cc_chart_row;

typedef struct {
    cc_chart_row *rows;
    size_t n, cap;
    char unit[32];              /* "×", "%", "pp", "min", a counted noun, or "" */
    char *note;                 /* what the axis measures, or NULL */
} cc_chart;

typedef struct {
    double lo, hi;              /* the axis, both finite, lo < hi */
    double step;                /* tick spacing: 1, 2, 2.5 or 5 times a power of ten */
    int nticks;
} cc_axis;

/* Fills *out with the rows of chart k (0, 1, ...) of one claim; false when
 * there is no such chart (chart 0: nothing read).  A claim whose change
 * restates a level (下降到5分钟以内) has a second chart: the gain itself.
 * cfg may be NULL.  cc_chart_free after. */
bool cc_chart_claim(const cc_ledger *lg, const cc_claim *c, const cc_config *cfg, int k, cc_chart *out);
/* The chart of a group: every claim of lg whose `group` is name, one block
 * of rows per claim on a shared axis (claims whose unit differs from the
 * first are left out).  False when fewer than two claims could be drawn. */
bool cc_chart_group(const cc_ledger *lg, const char *name, const cc_config *cfg, cc_chart *out);
/* Every change that before and after decide (the × charts with a derived
 * row), one block per claim on a shared axis: the ledger's arithmetic at a
 * glance.  False when no claim has one. */
bool cc_chart_overview(const cc_ledger *lg, const cc_config *cfg, cc_chart *out);
void cc_chart_free(cc_chart *ch);
/* An axis with nice ticks that holds every finite end of the rows, with
 * room past them for one-sided intervals; 1 is on a × axis. */
void cc_axis_fit(cc_axis *ax, const cc_chart_row *rows, size_t n, bool ratio);
/* Position of v on an axis drawn from x0 to x1 (clamped to the ends). */
double cc_axis_x(const cc_axis *ax, double v, double x0, double x1);
/* The tick value i (0-based). */
double cc_axis_tick(const cc_axis *ax, int i);

/* The chart as an inline <svg> (no scripts, no external references; every
 * text escaped).  Each interval is a <line class="iv"> with data-lo and
 * data-hi ("-inf"/"inf" for an unbounded side) and its x1/x2. */
void cc_chart_svg(cc_buf *b, const cc_chart *ch, const char *title);
/* The chart as monospace lines of at most `width` columns (no colour). */
void cc_chart_ascii(cc_buf *b, const cc_chart *ch, int width);

/* ------------------------------------------------------------------ */
/* Escaping and output                                                  */
/* ------------------------------------------------------------------ */

/* Appends s with & < > " ' as entities; invalid UTF-8 becomes U+FFFD and
 * control characters other than tab and newline are dropped.  The one
 * escaping function of the HTML report, for text and attributes alike. */
void cc_html_escape(cc_buf *b, const char *s);

void cc_report_html(FILE *fp, const cc_report_doc *doc);
void cc_report_text(FILE *fp, const cc_report_doc *doc);
void cc_report_md(FILE *fp, const cc_report_doc *doc);

/* Display columns of a UTF-8 string (2 for wide characters). */
size_t cc_report_width(const char *s);
/* Appends s (cleaned of controls) wrapped to `width` columns, each line
 * ending in a newline: the first indented ind1 (spaces written only when
 * pad1; otherwise the caller has already filled those columns), the rest ind. */
void cc_report_wrap(cc_buf *out, const char *s, size_t ind1, bool pad1, size_t ind, size_t width);

#endif
