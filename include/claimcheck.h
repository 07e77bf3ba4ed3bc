/* claimcheck.h — the one public header of claimcheck.
 *
 * claimcheck reads performance figures exactly as printed ("提升了3倍",
 * "5分钟以内", "2.78x faster", "up to 20%"), recomputes what can be derived
 * from a ledger of claims, and reports what contradicts itself, what is
 * ambiguous and what is unsourced.  The design is ../shared/DESIGN.md.
 *
 * Ownership, once for the whole API:
 *  - Every pointer a cc_* function returns, and every pointer it stores in a
 *    struct the caller passed in, is owned by the caller and released with
 *    the matching cc_*_free (or free() for a plain char *).
 *  - const pointers are borrowed: valid as long as the object they came from.
 *  - Allocation never fails visibly: cc_xmalloc and friends abort the process
 *    on out-of-memory, so no caller tests for NULL.  cJSON (cc_mem_init) and
 *    libcsv (inside the ledger reader) are routed through the same allocator.
 *  - Errors are data: a function that can fail on outside input returns
 *    false (or NULL) and gives a message the caller frees; it never prints.
 */
#ifndef CLAIMCHECK_H
#define CLAIMCHECK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define CC_VERSION "0.1.0"
#define CC_URL "https://github.com/claimcheck/claimcheck"

/* ------------------------------------------------------------------ */
/* Memory                                                               */
/* ------------------------------------------------------------------ */

void *cc_xmalloc(size_t n);
void *cc_xcalloc(size_t count, size_t size);
void *cc_xrealloc(void *p, size_t n);
char *cc_xstrdup(const char *s);
char *cc_xstrndup(const char *s, size_t n);
/* printf into a fresh string. */
char *cc_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *cc_xvasprintf(const char *fmt, va_list ap);
/* Routes cJSON's allocations through cc_xmalloc/free.  Call once at start. */
void cc_mem_init(void);

/* ------------------------------------------------------------------ */
/* Growable byte buffer (always NUL-terminated when data != NULL)       */
/* ------------------------------------------------------------------ */

typedef struct {
    char *data;
    size_t len;
    size_t cap;
} cc_buf;

#define CC_BUF_INIT {NULL, 0, 0}

void cc_buf_put(cc_buf *b, const char *s, size_t n);
/* Room for n more bytes after the text (and its NUL): where to write them.
 * A writer that uses it adds what it wrote to b->len and keeps the NUL. */
char *cc_buf_room(cc_buf *b, size_t n);
void cc_buf_puts(cc_buf *b, const char *s);
void cc_buf_putc(cc_buf *b, char c);
void cc_buf_printf(cc_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cc_buf_vprintf(cc_buf *b, const char *fmt, va_list ap);
void cc_buf_clear(cc_buf *b);
/* Hands the string to the caller ("" if nothing was written) and resets b. */
char *cc_buf_detach(cc_buf *b);
void cc_buf_free(cc_buf *b);
/* The shortest decimal (at most 15 significant digits) that reads back as
 * x, without exponent for ordinary magnitudes: 2.775 -> "2.775",
 * 999999.5 -> "999999.5", 1e20 -> "1e+20"; infinities as "∞" and "-∞". */
void cc_buf_num(cc_buf *b, double x);
/* The same digits into out (NUL-terminated); returns their length. */
#define CC_NUM_CHARS 64
size_t cc_num_format(double x, char out[CC_NUM_CHARS]);

/* ------------------------------------------------------------------ */
/* UTF-8                                                                */
/* ------------------------------------------------------------------ */

/* Decodes one code point from s[0..n).  Returns its length in bytes
 * (1..4), or 0 when the bytes there are not valid UTF-8 (overlong forms,
 * surrogates and values past U+10FFFF are invalid). */
size_t cc_utf8_decode(const char *s, size_t n, unsigned *cp);
/* Encodes cp into out; returns the length (1..4). */
size_t cc_utf8_encode(unsigned cp, char out[4]);
/* Returns the offset of the first invalid byte, or n if s is all valid. */
size_t cc_utf8_check(const char *s, size_t n);
/* Full-width ASCII forms (U+FF01..U+FF5E) fold to ASCII, the ideographic
 * space U+3000 to ' ', and 。、·；：？！“”‘’（）【】《》 to their ASCII
 * counterparts where one exists, ￥ and ￡ to ¥ and £; every other code point
 * is returned as is. */
unsigned cc_fold_width(unsigned cp);
/* A traditional Chinese character of the word lists (約, 從, 縮, 個 …)
 * folds to its simplified form (约, 从, 缩, 个); every other code point is
 * returned as is.  Both forms are three bytes in UTF-8, so text folded in
 * place keeps its offsets. */
unsigned cc_fold_han(unsigned cp);

/* ------------------------------------------------------------------ */
/* Intervals                                                            */
/* ------------------------------------------------------------------ */

/* A set of reals.  An unbounded side is -INFINITY / INFINITY (and is
 * always open).  lo > hi, or lo == hi with an open side, is empty. */
typedef struct {
    double lo, hi;
    bool lo_open, hi_open;
} cc_interval;

cc_interval cc_iv(double lo, double hi, bool lo_open, bool hi_open);
cc_interval cc_iv_point(double x);
bool cc_iv_empty(cc_interval a);
bool cc_iv_bounded(cc_interval a);
bool cc_iv_contains(cc_interval a, double x);
/* True when a and b share at least one point. */
bool cc_iv_overlaps(cc_interval a, cc_interval b);
cc_interval cc_iv_intersect(cc_interval a, cc_interval b);
/* a / b for b strictly positive or strictly negative; *ok is false when b
 * contains 0 (the quotient is undefined) and the result is then meaningless. */
cc_interval cc_iv_div(cc_interval a, cc_interval b, bool *ok);
cc_interval cc_iv_mul(cc_interval a, cc_interval b);
cc_interval cc_iv_scale(cc_interval a, double k);
cc_interval cc_iv_add(cc_interval a, double k);
cc_interval cc_iv_sub(cc_interval a, cc_interval b);
/* 1 / a for a not containing 0. */
cc_interval cc_iv_recip(cc_interval a, bool *ok);
double cc_iv_mid(cc_interval a);
/* "[2.93, 3.07]", "(1000, 2000)", "[6, ∞)", "(-∞, 5]"; digits as cc_buf_num. */
void cc_iv_format(cc_buf *b, cc_interval a);
/* The same with `sig` significant digits, rounded outwards so that the
 * printed interval still contains the computed one: [2.934, 3.068] -> [2.93, 3.07]. */
void cc_iv_format_sig(cc_buf *b, cc_interval a, int sig);
/* For reading: a number as written (at most twelve significant digits in
 * its shortest form) stays whole; a quotient that does not end (1/3,
 * 1/1.15) is cut to six digits, to the nearest (cc_buf_num_readable) or
 * outwards for an interval's bounds: [30, 36.6666666666666] -> [30,
 * 36.6667] (one exact value, [v, v], to the nearest as v is). */
void cc_buf_num_readable(cc_buf *b, double x);
void cc_iv_format_readable(cc_buf *b, cc_interval a);

/* ------------------------------------------------------------------ */
/* Numerals                                                             */
/* ------------------------------------------------------------------ */

enum {
    CC_NUM_PERCENT = 1 << 0,  /* the numeral itself says percent: 百分之三十, 三成, 75折, 一半 (value is in %) */
    CC_NUM_EXACT = 1 << 1,    /* a fraction or word with no rounding: 三分之一, a half, 一打 */
    CC_NUM_APPROX = 1 << 2,   /* 几 / 余 / 多 was inside the numeral (十余万, 二十几万) */
    CC_NUM_CHINESE = 1 << 3,  /* written (partly) with Chinese numeral characters */
    CC_NUM_WORDS = 1 << 4,    /* written (partly) with English number words */
    CC_NUM_FRACTION = 1 << 5, /* a fraction and nothing else: 三分之一, two thirds, a quarter (a share, read in %) */
    CC_NUM_RATIO = 1 << 6     /* with FRACTION: two counts, 9 out of 10, one in five (never a word alone) */
};

typedef struct {
    double value;     /* the number as written, scales applied: 1.5万 -> 15000, 百分之三十 -> 30 */
    double step;      /* unit of the last written digit: 2.78 -> 0.01, 1.5万 -> 1000, 6000 -> 1, 三十 -> 10 */
    double nz_step;   /* unit of the last non-zero digit: 1000 -> 1000, 260 -> 10, 1.5万 -> 1000 */
    size_t len;       /* bytes of the input the numeral spans */
    unsigned flags;   /* CC_NUM_* */
} cc_numeral;

/* Reads the longest numeral at the start of s[0..n): Arabic (with ',' or
 * '，' thousands separators, decimals, signs, exponents, k/M/G suffixes),
 * full-width digits, Chinese numerals in full (一…九 两 零 十 百 千 万 亿,
 * 兆, financial 壹贰叁…, mixed 1.5万, 两千多 stops before 多), fractions
 * (三分之一, 3/4), percent words (百分之三十, 三成, 75折), English number
 * words (thirty-two, 1.5 million, a half).  Returns false when s does not
 * start with a numeral, or the numeral cannot be represented (overflow,
 * NaN, too many digits); then *err (if err) gets a static message. */
bool cc_numeral_scan(const char *s, size_t n, cc_numeral *out, const char **err);

/* ------------------------------------------------------------------ */
/* Figures (DESIGN section 1)                                           */
/* ------------------------------------------------------------------ */

typedef enum { CC_KIND_QUANTITY, CC_KIND_MULTIPLIER, CC_KIND_CHANGE, CC_KIND_POINTS } cc_kind;

typedef enum {
    CC_QUAL_EXACT,
    CC_QUAL_APPROX,
    CC_QUAL_MORE_THAN,
    CC_QUAL_AT_LEAST,
    CC_QUAL_LESS_THAN,
    CC_QUAL_AT_MOST,
    CC_QUAL_NEARLY,
    CC_QUAL_UP_TO,
    CC_QUAL_RANGE
} cc_qualifier;

typedef enum { CC_DIM_NONE, CC_DIM_TIME, CC_DIM_PERCENT, CC_DIM_RATIO, CC_DIM_COUNT } cc_dimension;

typedef enum { CC_DIR_NONE, CC_DIR_UP, CC_DIR_DOWN } cc_direction;

#define CC_MAX_READINGS 2
#define CC_LABEL_MAX 64

/* One meaning of a figure.  For a multiplier or a change it is the factor
 * new/old (提升了15% -> [1.145, 1.155]; 提升了3倍 -> 3x [2.5, 3.5] and
 * 4x [3.5, 4.5]); for a quantity or points it is the figure's interval. */
typedef struct {
    cc_interval iv;
    char label[CC_LABEL_MAX];
} cc_reading;

typedef struct {
    char *input;              /* the string as given */
    cc_kind kind;
    double value;             /* nominal, normalised: 1000多 -> 1000; a range: its low end */
    double value_hi;          /* a range: its high end (20-30% -> 30); otherwise value */
    cc_interval iv;           /* after qualifier and rounding, in `unit` */
    cc_qualifier qualifier;
    char *unit;               /* "min", "%", "pp", "x", a counted noun, or "" — never NULL */
    cc_dimension dimension;
    cc_direction direction;
    int n_readings;           /* 1 or 2 */
    cc_reading readings[CC_MAX_READINGS];
    double step;              /* rounding unit of the last written digit; 0 for exact forms */
    bool speed;               /* the wording speaks of speed (faster, 加速, speedup): on a
                                 time metric the factor applies to 1/time */
    bool to_level;            /* 提升到 / 降至 / 是…的: states the new level, not the change */
    bool about;               /* a range said approximately (约20-30%, 20%-30%左右): its
                                 interval is loosened by the approx tolerance at each end */
} cc_figure;

typedef struct {
    double approx;            /* tolerance of approx (约30 -> [27, 33]); default 0.10 */
    double nearly;            /* tolerance of nearly (近30 -> [27, 30)); default 0.10 */
} cc_tolerance;

#define CC_TOLERANCE_DEFAULT {0.10, 0.10}
#define CC_FIGURE_MAX 256     /* bytes: a longer figure string is rejected */

/* Reads one figure string.  tol may be NULL (defaults).  On success fills
 * *fig and returns true.  On failure returns false and *err is a message
 * the caller frees, naming what was expected; err may be NULL when the
 * caller wants no message (none is then made, which is quicker). */
bool cc_figure_parse(const char *s, size_t len, const cc_tolerance *tol, cc_figure *fig, char **err);
void cc_figure_free(cc_figure *fig);
const char *cc_kind_name(cc_kind k);
const char *cc_qualifier_name(cc_qualifier q);
const char *cc_dimension_name(cc_dimension d);
const char *cc_direction_name(cc_direction d); /* NULL for CC_DIR_NONE */
/* Seconds in one time unit ("min" -> 60), or 0 when unit is not a time unit. */
double cc_unit_seconds(const char *unit);
/* A count's noun that is a symbol of measure with a prefix: its size in the
 * base symbol, which *base gets ("TB/s" -> 1e12, "B/s"; "GiB" -> 2^30, "B";
 * "kW" -> 1000, "W"; "TFLOPS" -> 1e12, "FLOPS"), or 0 for any other noun.
 * Prefixes are decimal (SI: k K M G T P E, m μ n below one) and binary
 * (Ki Mi Gi Ti Pi); a lone "b" or "B" is no symbol (70B reads billions).
 * Spelled out, in any case, a symbol is the same ("petaflops" -> 1e15,
 * "FLOPS"; "gigabytes per second" -> 1e9, "B/s"; "千瓦" -> 1000, "W"). */
double cc_symbol_scale(const char *noun, const char **base);
/* "/W", "/kg", "/GB", " per watt", " per kg" at s[0..n): "per" a symbol
 * of measure, after a count's noun (2.5 TFLOPS/W, 300 Wh/kg, 50 tokens/W,
 * 50 GFLOPS per watt): its length, or 0.  The noun keeps it as written
 * (DESIGN 1.2). */
size_t cc_symbol_per_len(const char *s, size_t n);
/* A count's noun that names a currency ($, US$, USD and 美元 are "USD";
 * ¥ only itself, being yen or yuan), maybe with the time it pays for
 * ("$/h"): the currency's code, with *rest the text after it ("/h"), or
 * NULL for any other noun. */
const char *cc_currency(const char *noun, const char **rest);
/* The i-th currency named in Chinese words of two characters or more
 * (美元, 人民币), what may follow a number as its counted noun; NULL past
 * the last. */
const char *cc_currency_name(size_t i);
/* A line a person reads: "5分钟以内 → time at most 5 min: [0, 5]". */
void cc_figure_describe(const cc_figure *fig, cc_buf *out);
/* The Figure as a JSON object text (DESIGN 1 field names), no newline. */
void cc_figure_json(const cc_figure *fig, cc_buf *out);

/* ------------------------------------------------------------------ */
/* Findings and the rule catalogue (DESIGN section 3)                   */
/* ------------------------------------------------------------------ */

typedef enum { CC_SEV_OFF = -1, CC_SEV_INFO = 0, CC_SEV_WARNING = 1, CC_SEV_ERROR = 2 } cc_severity;

/* "error", "warning", "info", "off". */
const char *cc_severity_name(cc_severity s);
/* Parses the names above (and "never" as CC_SEV_OFF + 1 sentinel is not
 * used: callers treat "never" themselves).  Returns false when unknown. */
bool cc_severity_parse(const char *s, cc_severity *out);

typedef struct {
    const char *id;           /* stable kebab-case id */
    cc_severity severity;     /* default severity */
    const char *summary;      /* one line: what fires it */
    const char *why;          /* why it matters */
    const char *fires;        /* an example that fires */
    const char *passes;       /* an example that does not */
} cc_rule;

const cc_rule *cc_rules(size_t *count);
const cc_rule *cc_rule_find(const char *id);

typedef struct {
    const char *rule;         /* static, from the catalogue */
    cc_severity severity;
    char *file;
    size_t line;              /* 1-based physical line of the CSV record; 0: the file as a whole */
    size_t col;               /* 1-based column number in the CSV header order; 0 unknown */
    char *column;             /* the column name, or NULL */
    char *claim;              /* claim id, or NULL */
    char *message;
    char *derivation;         /* or NULL */
    bool suppressed;
    char *suppress_reason;    /* or NULL */
} cc_finding;

typedef struct {
    cc_finding *v;
    size_t n, cap;
} cc_findings;

/* Adds a finding with the rule's default severity; strings are copied;
 * column, claim and derivation may be NULL.  Returns the new finding. */
cc_finding *cc_findings_add(cc_findings *list, const char *rule, const char *file, size_t line,
                            const char *column, const char *claim, const char *derivation,
                            const char *fmt, ...) __attribute__((format(printf, 8, 9)));
void cc_findings_free(cc_findings *list);
/* Frees the strings of one finding (the finding itself lives in a list). */
void cc_finding_clear(cc_finding *f);
/* Stable sort by file, line, severity (errors first), rule. */
void cc_findings_sort(cc_findings *list);

/* ------------------------------------------------------------------ */
/* Configuration (DESIGN section 8)                                     */
/* ------------------------------------------------------------------ */

typedef struct {
    char *rule;
    cc_severity severity;     /* CC_SEV_OFF turns the rule off */
} cc_rule_override;

typedef struct {
    char *path;               /* where it was read from, or NULL for defaults */
    int fail_on;              /* a cc_severity, or CC_FAIL_NEVER; default CC_SEV_ERROR */
    cc_tolerance tol;
    char **vague;             /* vague comparator words */
    size_t n_vague;
    cc_rule_override *overrides;
    size_t n_overrides;
    char *reviewer_name;      /* or NULL */
    char *reviewer_url;       /* or NULL */
} cc_config;

#define CC_FAIL_NEVER 3

/* Defaults: fail_on error, tolerances 0.10, the vague list of DESIGN 3. */
void cc_config_defaults(cc_config *cfg);
/* Reads a .claimcheck.json.  On failure returns false and *err names the
 * file and the line/byte offset of the problem (caller frees). */
bool cc_config_load(const char *path, cc_config *cfg, char **err);
/* Path of .claimcheck.json in dir or its nearest parent, or NULL. */
char *cc_config_find(const char *dir);
void cc_config_free(cc_config *cfg);
/* The severity a rule has under cfg (its default unless overridden). */
cc_severity cc_config_severity(const cc_config *cfg, const char *rule);
/* Gives list->v[from..] the severities cfg sets (idempotent) and removes
 * the findings of rules cfg turns off. */
void cc_findings_configure(cc_findings *list, size_t from, const cc_config *cfg);

/* ------------------------------------------------------------------ */
/* Ledgers (DESIGN section 2)                                           */
/* ------------------------------------------------------------------ */

typedef struct {
    size_t line;              /* physical line where the record starts */
    char **values;            /* one per ledger column, never NULL ("" when absent) */
} cc_claim;

typedef struct {
    char *title, *url, *publisher, *published, *language, *article; /* each may be NULL */
    char *path;               /* the sidecar's path, NULL when there is none */
} cc_sidecar;

typedef struct {
    char *path;
    size_t ncols;
    char **cols;              /* header names as written (BOM and surrounding spaces removed) */
    size_t nclaims;
    cc_claim *claims;
    cc_sidecar meta;
} cc_ledger;

/* Reads a ledger with libcsv.  Problems of the input (csv-syntax,
 * missing-column, invalid-utf8, limit-exceeded, bad-sidecar, bad-date of
 * the sidecar's `published`)
 * are appended to *findings; the well-formed records are still returned.
 * Returns false only when the file cannot be read at all (*err says why). */
bool cc_ledger_read(const char *path, cc_ledger *ledger, cc_findings *findings, char **err);
/* The same from memory (path is used for messages). */
void cc_ledger_parse(const char *path, const char *data, size_t len, cc_ledger *ledger, cc_findings *findings);
void cc_ledger_free(cc_ledger *ledger);
/* Index of column name, or -1. */
int cc_ledger_col(const cc_ledger *ledger, const char *name);
/* The value of column name in claim ("" when the column is absent). */
const char *cc_claim_get(const cc_ledger *ledger, const cc_claim *claim, const char *name);

/* ------------------------------------------------------------------ */
/* Checking (DESIGN section 3)                                          */
/* ------------------------------------------------------------------ */

typedef struct {
    size_t claims;            /* records read */
    size_t figures;           /* figures read (before/after/change/value that parsed) */
    size_t checkable;         /* claims with something to recompute */
    bool audit;               /* an audit: the two below count instead */
    size_t found;             /* figures found in the article */
    size_t covered;           /* of those, covered by a claim */
} cc_coverage;

/* Runs every per-claim and cross-claim rule over one ledger, appends the
 * findings, and adds to *cov.  Severities from cfg (and `off`) and the
 * `ignore` column's suppressions apply to these findings and to those the
 * ledger reader appended for this ledger and its sidecar just before. */
void cc_check_ledger(const cc_ledger *ledger, const cc_config *cfg, cc_findings *out, cc_coverage *cov);

#endif
