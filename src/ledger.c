/* ledger.c — reads a claims ledger (DESIGN 2) with libcsv, and its sidecar with cJSON.
 *
 * The data is fed to libcsv one physical line at a time (a line ends at
 * LF, CRLF or a lone CR), so the line being fed is always known: a record
 * starts on the first line with content after the previous record ended,
 * and a strict-mode error lies on the line being fed.  Long lines are fed
 * in pieces so that the field-size limit is checked before the buffer
 * grows past it. */
#include "claimcheck.h"
#include "internal.h"

#include <cjson/cJSON.h>
#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CC_LEDGER_MAX_FIELD (1024 * 1024)   /* bytes in one field */
#define CC_LEDGER_MAX_COLS 256              /* columns in the header */
#define CC_LEDGER_MAX_RECORDS 1000000       /* records after the header */
#define CC_LEDGER_MAX_ERRORS 100            /* csv-syntax findings before giving up */
#define CC_LEDGER_PIECE 65536               /* bytes fed to csv_parse at once */
#define CC_SIDECAR_MAX_DEPTH 64


static const char *const S_required[] = {"id", "quote"};

typedef struct {
    const char *path;
    cc_ledger *lg;
    cc_findings *out;
    struct csv_parser csv;
    const char *data;
    size_t len;
    size_t pos;            /* start of the line being fed */
    size_t line;           /* its number */
    /* the record being read */
    char **f;
    size_t nstored, cap;
    size_t nf;             /* fields seen, stored or not */
    bool nonempty;
    bool pending;          /* between records: the next content starts one */
    size_t rec_line;
    size_t field_line;     /* line where the current field starts */
    size_t field_off;      /* offset of that line */
    size_t bad_line, bad_byte;
    bool bad_nul;
    /* the file */
    bool have_header;
    bool stop;
    size_t nerrors;
    size_t cap_claims;
} S_reader;

static cc_finding *S_add(S_reader *r, const char *rule, size_t line, size_t col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static cc_finding *S_add(S_reader *r, const char *rule, size_t line, size_t col, const char *fmt, ...)
{
    const char *column = NULL;
    if (col && r->have_header && col <= r->lg->ncols)
        column = r->lg->cols[col - 1];
    else
        col = 0;
    va_list ap;
    va_start(ap, fmt);
    char *msg = cc_xvasprintf(fmt, ap);
    va_end(ap);
    cc_finding *f = cc_findings_add(r->out, rule, r->path, line, column, NULL, NULL, "%s", msg);
    f->col = col;
    free(msg);
    return f;
}

static void S_csv_start(S_reader *r)
{
    csv_init(&r->csv, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    csv_set_realloc_func(&r->csv, cc_xrealloc);
    csv_set_free_func(&r->csv, free);
}

static void S_forget_record(S_reader *r)
{
    for (size_t i = 0; i < r->nstored; i++)
        free(r->f[i]);
    r->nstored = r->nf = 0;
    r->nonempty = false;
    r->bad_line = r->bad_byte = 0;
    r->bad_nul = false;
    r->pending = true;
}

static void S_begin_record(S_reader *r)
{
    r->pending = false;
    r->rec_line = r->field_line = r->line;
    r->field_off = r->pos;
}

static size_t S_store_limit(const S_reader *r)
{
    return r->have_header ? r->lg->ncols : CC_LEDGER_MAX_COLS + 1;
}

static void S_on_field(void *s, size_t n, void *data)
{
    S_reader *r = data;
    if (r->stop)
        return;
    /* a field is ended by a comma or a line break, so the next one starts on this line */
    r->field_line = r->line;
    r->field_off = r->pos;
    if (r->nstored < S_store_limit(r)) {
        if (r->nstored == r->cap) {
            r->cap = r->cap ? r->cap * 2 : 16;
            r->f = cc_xrealloc(r->f, r->cap * sizeof *r->f);
        }
        r->f[r->nstored++] = cc_xstrndup(s ? (const char *)s : "", n);
    }
    if (n)
        r->nonempty = true;
    r->nf++;
}

static char *S_trim(const char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    return cc_xstrndup(s, n);
}

static void S_take_header(S_reader *r)
{
    cc_ledger *lg = r->lg;
    if (r->nf > CC_LEDGER_MAX_COLS) {
        S_add(r, "limit-exceeded", r->rec_line, 0, "the header has %zu columns: the limit is %d", r->nf,
              CC_LEDGER_MAX_COLS);
        r->stop = true;
        return;
    }
    lg->ncols = r->nf;
    lg->cols = cc_xcalloc(r->nf, sizeof *lg->cols);
    for (size_t i = 0; i < r->nf; i++)
        lg->cols[i] = S_trim(r->f[i]);
    r->have_header = true;
    for (size_t i = 1; i < lg->ncols; i++)
        for (size_t j = 0; j < i; j++)
            if (lg->cols[i][0] && strcasecmp(lg->cols[i], lg->cols[j]) == 0) {
                S_add(r, "csv-syntax", r->rec_line, i + 1,
                      "column %s appears twice in the header (columns %zu and %zu): only the first is read",
                      lg->cols[i], j + 1, i + 1);
                break;
            }
    for (size_t k = 0; k < sizeof S_required / sizeof S_required[0]; k++) {
        if (cc_ledger_col(lg, S_required[k]) >= 0)
            continue;
        cc_buf b = CC_BUF_INIT;
        for (size_t i = 0; i < lg->ncols; i++) {
            if (i)
                cc_buf_puts(&b, ", ");
            cc_buf_puts(&b, lg->cols[i][0] ? lg->cols[i] : "\"\"");
        }
        cc_finding *f = S_add(r, "missing-column", r->rec_line, 0,
                              "missing required column %s: the header has %s", S_required[k],
                              b.data ? b.data : "no columns");
        f->column = cc_xstrdup(S_required[k]);
        cc_buf_free(&b);
    }
}

static void S_take_claim(S_reader *r)
{
    cc_ledger *lg = r->lg;
    if (lg->nclaims == CC_LEDGER_MAX_RECORDS) {
        S_add(r, "limit-exceeded", r->rec_line, 0,
              "more than %d records: the limit is %d, the rest of the file is not read",
              CC_LEDGER_MAX_RECORDS, CC_LEDGER_MAX_RECORDS);
        r->stop = true;
        return;
    }
    if (r->nf > lg->ncols) {
        S_add(r, "csv-syntax", r->rec_line, 0,
              "line %zu has %zu fields, the header has %zu: is a comma inside an unquoted field?",
              r->rec_line, r->nf, lg->ncols);
        return;
    }
    if (r->nf < lg->ncols) {
        /* a short record is taken as the trailing empty cells a spreadsheet
         * leaves out, unless it ends before a required column */
        for (size_t k = 0; k < sizeof S_required / sizeof S_required[0]; k++) {
            int c = cc_ledger_col(lg, S_required[k]);
            if (c >= 0 && (size_t)c >= r->nf) {
                S_add(r, "csv-syntax", r->rec_line, (size_t)c + 1,
                      "line %zu has %zu fields, the header has %zu: the record ends before column %s",
                      r->rec_line, r->nf, lg->ncols, lg->cols[c]);
                return;
            }
        }
    }
    if (lg->nclaims == r->cap_claims) {
        r->cap_claims = r->cap_claims ? r->cap_claims * 2 : 64;
        lg->claims = cc_xrealloc(lg->claims, r->cap_claims * sizeof *lg->claims);
    }
    cc_claim *c = &lg->claims[lg->nclaims++];
    c->line = r->rec_line;
    c->values = cc_xcalloc(lg->ncols ? lg->ncols : 1, sizeof *c->values);
    for (size_t i = 0; i < lg->ncols; i++)
        c->values[i] = i < r->nstored ? r->f[i] : cc_xstrdup("");
    r->nstored = 0; /* moved into the claim */
}

static void S_on_record(int c, void *data)
{
    (void)c;
    S_reader *r = data;
    if (r->stop)
        return;
    if (r->bad_line) {
        if (r->bad_nul)
            S_add(r, "invalid-utf8", r->bad_line, 0,
                  "NUL byte at byte %zu of line %zu: expected a UTF-8 encoded CSV (a UTF-16 file? re-save "
                  "the file as UTF-8)",
                  r->bad_byte, r->bad_line);
        else
            S_add(r, "invalid-utf8", r->bad_line, 0,
                  "invalid UTF-8 at byte %zu of line %zu: expected a UTF-8 encoded CSV (re-save the file "
                  "as UTF-8)",
                  r->bad_byte, r->bad_line);
        if (!r->have_header)
            r->stop = true;
    } else if (!r->nonempty) {
        /* a blank line: nothing to read */
    } else if (!r->have_header) {
        S_take_header(r);
    } else {
        S_take_claim(r);
    }
    S_forget_record(r);
}

static bool S_has_content(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return true;
    return false;
}

/* Marks the record being read when this line holds bytes that are not UTF-8. */
static void S_check_bytes(S_reader *r, const char *s, size_t n)
{
    if (r->bad_line)
        return;
    size_t bad = cc_utf8_check(s, n);
    const char *nul = memchr(s, '\0', bad);
    if (nul) {
        bad = (size_t)(nul - s);
        r->bad_nul = true;
    }
    if (bad < n) {
        r->bad_line = r->line;
        r->bad_byte = bad + 1;
    }
}

static void S_describe_byte(cc_buf *b, const char *s, size_t n)
{
    unsigned cp;
    size_t k = cc_utf8_decode(s, n, &cp);
    if (k && cp >= 0x20 && cp != 0x7F) {
        cc_buf_putc(b, '\'');
        cc_buf_put(b, s, k);
        cc_buf_putc(b, '\'');
    } else {
        cc_buf_printf(b, "byte 0x%02X", (unsigned)(unsigned char)s[0]);
    }
}

/* Starts a fresh parser at offset pos, line `line`.  After a strict-mode
 * error libcsv's state is useless, so the record being read is dropped and
 * parsing resumes at a line boundary: the line after the error for a stray
 * quote, the line after the start of the field for a field that never
 * ends.  Each restart is counted, so a hostile file costs at most
 * CC_LEDGER_MAX_ERRORS re-reads of at most one field each. */
static void S_restart(S_reader *r, size_t pos, size_t line)
{
    csv_free(&r->csv);
    S_csv_start(r);
    S_forget_record(r);
    r->pos = pos;
    r->line = line;
    if (!r->have_header)
        r->stop = true; /* without a header nothing after it can be read */
}

static bool S_count_error(S_reader *r)
{
    if (++r->nerrors <= CC_LEDGER_MAX_ERRORS)
        return true;
    S_add(r, "limit-exceeded", r->line, 0,
          "more than %d CSV syntax errors: the rest of the file is not read", CC_LEDGER_MAX_ERRORS);
    r->stop = true;
    return false;
}

static size_t S_line_end(const char *d, size_t pos, size_t len, size_t *content_end)
{
    size_t i = pos;
    while (i < len && d[i] != '\n' && d[i] != '\r')
        i++;
    *content_end = i;
    if (i < len && d[i] == '\r')
        i++;
    else if (i < len)
        return i + 1;
    if (i < len && d[i] == '\n')
        i++;
    return i;
}

/* The offset of the line after the one starting at pos. */
static size_t S_next_line(const S_reader *r, size_t pos)
{
    size_t ce;
    return S_line_end(r->data, pos, r->len, &ce);
}

static void S_stray_quote(S_reader *r, size_t at)
{
    if (!S_count_error(r))
        return;
    size_t byte = at - r->pos + 1;
    cc_buf b = CC_BUF_INIT;
    if (r->csv.quoted) {
        cc_buf_puts(&b, "unexpected ");
        S_describe_byte(&b, r->data + at, r->len - at);
        cc_buf_printf(&b,
                      " after a closing quote at byte %zu of line %zu: expected a comma or the end of "
                      "the line (a quote inside a quoted field is written \"\")",
                      byte, r->line);
    } else {
        cc_buf_printf(&b,
                      "a quote inside an unquoted field at byte %zu of line %zu: expected the whole "
                      "field in quotes, with the inner quote doubled (\"\")",
                      byte, r->line);
    }
    S_add(r, "csv-syntax", r->line, r->nf + 1, "%s", b.data);
    cc_buf_free(&b);
    S_restart(r, S_next_line(r, r->pos), r->line + 1);
}

static void S_open_field(S_reader *r, bool at_end)
{
    if (!S_count_error(r))
        return;
    if (at_end)
        S_add(r, "csv-syntax", r->field_line, r->nf + 1,
              "unterminated quoted field starting on line %zu: expected a closing \"", r->field_line);
    else
        S_add(r, "limit-exceeded", r->field_line, r->nf + 1,
              "the field starting on line %zu is larger than 1 MiB: the limit is 1 MiB (is a closing \" "
              "missing?)",
              r->field_line);
    S_restart(r, S_next_line(r, r->field_off), r->field_line + 1);
}

static void S_feed_lines(S_reader *r)
{
    while (!r->stop && r->pos < r->len) {
        size_t cend, eol = S_line_end(r->data, r->pos, r->len, &cend);
        if (r->pending && S_has_content(r->data + r->pos, cend - r->pos))
            S_begin_record(r);
        if (!r->pending)
            S_check_bytes(r, r->data + r->pos, cend - r->pos);
        bool restarted = false;
        for (size_t p = r->pos; p < eol && !r->stop;) {
            size_t m = eol - p < CC_LEDGER_PIECE ? eol - p : CC_LEDGER_PIECE;
            size_t used = csv_parse(&r->csv, r->data + p, m, S_on_field, S_on_record, r);
            if (r->stop)
                break;
            if (csv_error(&r->csv) != CSV_SUCCESS) {
                S_stray_quote(r, p + used);
                restarted = true;
                break;
            }
            p += m;
            /* entry_pos is the length of the field being read (public in csv.h) */
            if (r->csv.entry_pos > CC_LEDGER_MAX_FIELD) {
                S_open_field(r, false);
                restarted = true;
                break;
            }
            /* libcsv grows its buffer by blk_size: make the growth geometric */
            size_t have = csv_get_buffer_size(&r->csv);
            if (have > 128)
                csv_set_blk_size(&r->csv, have);
        }
        if (!restarted) {
            r->pos = eol;
            r->line++;
        }
    }
}

static void S_parse(S_reader *r)
{
    S_csv_start(r);
    r->pending = true;
    r->line = 1;
    while (!r->stop) {
        S_feed_lines(r);
        if (r->stop)
            break;
        if (csv_fini(&r->csv, S_on_field, S_on_record, r) == 0)
            break;
        S_open_field(r, true);
    }
    csv_free(&r->csv);
    S_forget_record(r);
    free(r->f);
}

void cc_ledger_parse(const char *path, const char *data, size_t len, cc_ledger *ledger, cc_findings *findings)
{
    memset(ledger, 0, sizeof *ledger);
    ledger->path = cc_xstrdup(path);
    S_reader r;
    memset(&r, 0, sizeof r);
    r.path = path;
    r.lg = ledger;
    r.out = findings;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
    } else if (len >= 2 && (memcmp(data, "\xFF\xFE", 2) == 0 || memcmp(data, "\xFE\xFF", 2) == 0)) {
        S_add(&r, "invalid-utf8", 1, 0,
              "the file is UTF-16 encoded: expected a UTF-8 encoded CSV (re-save the file as UTF-8)");
        return;
    }
    r.data = data;
    r.len = len;
    S_parse(&r);
    if (!r.have_header && !r.stop)
        S_add(&r, "missing-column", 1, 0,
              "the file has no header row: expected a first line naming the columns, at least id and quote");
}

/* ------------------------------------------------------------------ */
/* The sidecar                                                          */
/* ------------------------------------------------------------------ */

static bool S_digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static int S_num(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* YYYY-MM-DD, optionally followed by Thh:mm[:ss[.f…]][Z|±hh:mm]. */
static bool S_iso_date(const char *s)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(s) < 10 || !S_digits(s, 4) || s[4] != '-' || !S_digits(s + 5, 2) || s[7] != '-' ||
        !S_digits(s + 8, 2))
        return false;
    int y = S_num(s, 4), m = S_num(s + 5, 2), d = S_num(s + 8, 2);
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return false;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return false;
    s += 10;
    if (!*s)
        return true;
    if (*s != 'T' || !S_digits(s + 1, 2) || s[3] != ':' || !S_digits(s + 4, 2) || S_num(s + 1, 2) > 23 ||
        S_num(s + 4, 2) > 59)
        return false;
    s += 6;
    if (*s == ':') {
        if (!S_digits(s + 1, 2) || S_num(s + 1, 2) > 60)
            return false;
        s += 3;
        if (*s == '.') {
            s++;
            if (*s < '0' || *s > '9')
                return false;
            while (*s >= '0' && *s <= '9')
                s++;
        }
    }
    if (*s == 'Z')
        return s[1] == '\0';
    if (*s == '+' || *s == '-')
        return S_digits(s + 1, 2) && s[3] == ':' && S_digits(s + 4, 2) && s[6] == '\0' &&
               S_num(s + 1, 2) <= 14 && S_num(s + 4, 2) <= 59;
    return *s == '\0';
}

/* The line of `"key":` in the sidecar text, or 0 when it cannot be found. */
static size_t S_key_line(const char *text, const char *key)
{
    size_t kl = strlen(key);
    for (const char *p = strchr(text, '"'); p; p = strchr(p + 1, '"')) {
        if (strncmp(p + 1, key, kl) != 0 || p[kl + 1] != '"')
            continue;
        const char *q = p + kl + 2;
        while (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')
            q++;
        if (*q == ':') {
            size_t line, col;
            cc_cfg_line_col(text, (size_t)(p - text), &line, &col);
            return line;
        }
    }
    return 0;
}

static void S_read_sidecar(cc_ledger *lg, cc_findings *out)
{
    size_t n = strlen(lg->path);
    if (n < 4 || strcasecmp(lg->path + n - 4, ".csv") != 0)
        return;
    char *jpath = cc_xasprintf("%.*s.json", (int)(n - 4), lg->path);
    char *data = NULL, *err = NULL;
    size_t len = 0;
    errno = 0;
    if (!cc_cfg_read_file(jpath, &data, &len, &err)) {
        if (errno != ENOENT) {
            /* it exists: its findings belong to this ledger */
            cc_findings_add(out, "bad-sidecar", jpath, 0, NULL, NULL, NULL, "%s", err);
            lg->meta.path = jpath;
        } else {
            free(jpath);
        }
        free(err);
        return;
    }
    lg->meta.path = jpath;
    cc_cfg_blank_bom(data, len);
    size_t off, line, col;
    char *msg = cc_cfg_json_lint(data, len, CC_SIDECAR_MAX_DEPTH, &off);
    cJSON *root = NULL;
    if (!msg && cc_utf8_check(data, len) < len) {
        off = cc_utf8_check(data, len);
        msg = cc_xstrdup("invalid UTF-8: expected a UTF-8 encoded file");
    }
    if (!msg) {
        const char *end = NULL;
        root = cJSON_ParseWithLengthOpts(data, len, &end, 0);
        if (!root) {
            off = end ? (size_t)(end - data) : 0;
            msg = cc_xstrdup("malformed JSON");
        }
    }
    if (msg) {
        cc_cfg_line_col(data, off, &line, &col);
        cc_findings_add(out, "bad-sidecar", jpath, line, NULL, NULL, NULL,
                        "%s at line %zu, column %zu (byte %zu): the sidecar is not read", msg, line, col, off);
        free(msg);
        free(data);
        return;
    }
    if (!cJSON_IsObject(root)) {
        cc_findings_add(out, "bad-sidecar", jpath, 1, NULL, NULL, NULL,
                        "expected a JSON object with title, url, publisher, published, language and article");
        cJSON_Delete(root);
        free(data);
        return;
    }
    static const char *const names[] = {"title", "url", "publisher", "published", "language", "article"};
    char **slots[] = {&lg->meta.title,     &lg->meta.url,      &lg->meta.publisher,
                      &lg->meta.published, &lg->meta.language, &lg->meta.article};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, names[i]);
        if (!it || cJSON_IsNull(it))
            continue;
        if (!cJSON_IsString(it)) {
            char *got = cc_cfg_json_show(it);
            cc_findings_add(out, "bad-sidecar", jpath, S_key_line(data, names[i]), names[i], NULL, NULL,
                            "%s must be a string, got %s", names[i], got);
            free(got);
            continue;
        }
        *slots[i] = cc_xstrdup(it->valuestring);
    }
    if (lg->meta.published && !S_iso_date(lg->meta.published))
        cc_findings_add(out, "bad-date", jpath, S_key_line(data, "published"), "published", NULL, NULL,
                        "published is \"%s\": expected an ISO 8601 date such as 2025-06-10",
                        lg->meta.published);
    cJSON_Delete(root);
    free(data);
}

bool cc_ledger_read(const char *path, cc_ledger *ledger, cc_findings *findings, char **err)
{
    memset(ledger, 0, sizeof *ledger);
    char *data = NULL;
    size_t len = 0;
    if (!cc_read_input(path, &data, &len, err))
        return false;
    cc_ledger_parse(path, data, len, ledger, findings);
    free(data);
    S_read_sidecar(ledger, findings);
    return true;
}

void cc_ledger_free(cc_ledger *ledger)
{
    for (size_t i = 0; i < ledger->nclaims; i++) {
        for (size_t j = 0; j < ledger->ncols; j++)
            free(ledger->claims[i].values[j]);
        free(ledger->claims[i].values);
    }
    free(ledger->claims);
    for (size_t j = 0; j < ledger->ncols; j++)
        free(ledger->cols[j]);
    free(ledger->cols);
    free(ledger->path);
    cc_sidecar *m = &ledger->meta;
    free(m->title);
    free(m->url);
    free(m->publisher);
    free(m->published);
    free(m->language);
    free(m->article);
    free(m->path);
    memset(ledger, 0, sizeof *ledger);
}

int cc_ledger_col(const cc_ledger *ledger, const char *name)
{
    for (size_t i = 0; i < ledger->ncols; i++)
        if (strcasecmp(ledger->cols[i], name) == 0)
            return (int)i;
    return -1;
}

const char *cc_claim_get(const cc_ledger *ledger, const cc_claim *claim, const char *name)
{
    int i = cc_ledger_col(ledger, name);
    return i < 0 ? "" : claim->values[i];
}
