/* cmd_extract.c — `claimcheck extract`: the figures of article text, as a
 * ledger skeleton (csv), one JSON object a figure (jsonl) or lines to read
 * (text).  Streams: files are read in chunks, whatever their size. */
#include "checker.h"
#include "cli.h"
#include "extract.h"
#include "internal.h"

#include <csv.h>
#include <errno.h>
#include <stdint.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define S_CHUNK (64 * 1024)

typedef enum { S_TEXT, S_JSONL, S_CSV } S_format;

/* How a figure reads depends on its text alone, and a figure such as
 * 提升了3倍 comes back often: the text format remembers its description,
 * jsonl its text as a JSON string and its printed Figure fields, in the
 * room the scanner keeps beside each figure reading it remembers
 * (cc_xmemo, extract.h): found with the reading, no hashing, and bounded
 * whatever the input. */

#define S_FLUSH_AT (256 * 1024)

typedef struct {
    FILE *fp;
    S_format format;
    char *id_base;             /* the article's name, for csv ids */
    size_t count;              /* figures of this file */
    size_t total;              /* figures of every file */
    cc_buf out;                /* text and jsonl: written in large blocks */
    cc_buf scratch;            /* the output of a figure the scanner did not remember (id 0) */
    cc_jpiece js;              /* jsonl: what cJSON prints */
    cc_buf file_json;          /* jsonl: the file's name as cJSON prints it */
    /* progress */
    bool progress;
    size_t done, all;          /* bytes */
    struct timespec t0, last;
} S_out;

static void S_usage(FILE *fp)
{
    fputs("usage: claimcheck extract [options] ARTICLE|- ...\n"
          "\n"
          "Lists every figure in article text (UTF-8; Chinese, English or both): the number\n"
          "with its qualifier, unit and verb as printed (提升了3倍, 5分钟以内, up to 20%),\n"
          "从A到B / from A to B / A, up from B as one candidate with before and after.\n"
          "Years, dates, times, versions, model names (FP32, R1, Atlas 800, 5G, 昇腾910),\n"
          "compound adjectives (8-core, 64-bit), list markers, vague counts (数百, 两三个)\n"
          "and words that merely contain a numeral (一些, 进一步) are left out.\n"
          "ARTICLE - reads standard input.\n"
          "\n"
          "  -f, --format FMT   text (default: file:line:column: figure → how it reads),\n"
          "                     jsonl (one object a figure: file line start end text\n"
          "                     quote, change and comparator where stated, and the\n"
          "                     Figure fields), csv (a ledger skeleton: before, after,\n"
          "                     change, value and comparator filled in where the text\n"
          "                     states them)\n"
          "  -o, --output FILE  write to FILE (atomically) instead of standard output\n"
          "  -q, --quiet        no progress line and no summary on standard error\n"
          "  -h, --help         show this help\n"
          "\n"
          "examples:\n"
          "  claimcheck extract article.txt\n"
          "  claimcheck extract --format csv -o claims/article.csv article.txt\n"
          "  cat archive/*.txt | claimcheck extract --format jsonl -q - > figures.jsonl\n"
          "\n"
          "Exit status: 0 success; 2 usage error, unreadable file or failed write.\n",
          fp);
}

static double S_secs(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void S_progress(S_out *o, bool final)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (!final && S_secs(&o->last, &now) < 0.25)
        return;
    o->last = now;
    double t = S_secs(&o->t0, &now);
    double mb = (double)o->done / 1e6;
    if (o->all)
        fprintf(stderr, "\rextract: %.1f / %.1f MB, %.0f MB/s, %zu figures ", mb, (double)o->all / 1e6,
                t > 0 ? mb / t : 0.0, o->total);
    else
        fprintf(stderr, "\rextract: %.1f MB, %.0f MB/s, %zu figures ", mb, t > 0 ? mb / t : 0.0, o->total);
    if (final)
        fputc('\n', stderr);
}

/* A cell a spreadsheet would run as a formula gets a leading ' (OWASP's
 * advice); +15% and -20% are figures and stay as they are. */
static void S_csv_cell(FILE *fp, const char *s, size_t n, bool first)
{
    if (!first)
        fputc(',', fp);
    if (n > 0) {
        char c = s[0];
        bool danger = c == '=' || c == '@' || c == '\t' || c == '\r' ||
                      ((c == '+' || c == '-') && !(n > 1 && ((s[1] >= '0' && s[1] <= '9') || s[1] == '.')));
        if (danger) {
            char *t = cc_xmalloc(n + 1);
            t[0] = '\'';
            memcpy(t + 1, s, n);
            csv_fwrite(fp, t, n + 1);
            free(t);
            return;
        }
    }
    csv_fwrite(fp, s, n);
}

static const char *const S_columns[] = {"id", "quote", "subject", "metric", "better", "before", "after",
                                        "change", "value", "comparator", "conditions", "source", "source_url",
                                        "source_kind", "date", "group", "part_of", "status", "ignore", "notes"};
#define S_NCOLS (sizeof S_columns / sizeof S_columns[0])

static void S_csv_header(FILE *fp)
{
    for (size_t i = 0; i < S_NCOLS; i++)
        S_csv_cell(fp, S_columns[i], strlen(S_columns[i]), i == 0);
    fputc('\n', fp);
}

/* A pair's change in words: the verb before its before (fell from 120 ms
 * to 35 ms), or the change stated after the before (A，较B增长25%); NULL
 * for none. */
static const char *S_pair_change(const cc_extracted *e)
{
    return !e->pair ? NULL : e->change ? e->change : e->change_after;
}

static void S_csv_row(S_out *o, const cc_extracted *e)
{
    const char *cell[S_NCOLS] = {0};
    size_t len[S_NCOLS] = {0};
    char *id = cc_xasprintf("%s-%02zu", o->id_base, o->count);
    cell[0] = id;
    len[0] = strlen(id);
    cell[1] = e->quote;
    len[1] = e->quote_len;
    if (e->pair) {
        /* before and after as printed, without the verb; the verb goes to change */
        cell[5] = e->a.text + (e->a.bare - e->a.start);
        len[5] = e->a.end - e->a.bare;
        cell[6] = e->b.text + (e->b.bare - e->b.start);
        len[6] = e->b.end - e->b.bare;
        cell[9] = e->comparator;
        len[9] = e->comparator_len;
        const char *change = S_pair_change(e);
        if (change) {
            cell[7] = change;
            len[7] = strlen(change);
        } else if (e->b.has_verb) {
            cell[7] = e->b.text;
            len[7] = e->b.end - e->b.start;
        }
    } else {
        int col = e->a.fig->kind == CC_KIND_QUANTITY && !e->a.has_verb ? 8 : 7;
        cell[col] = e->a.text;
        len[col] = e->a.end - e->a.start;
        cell[9] = e->comparator;
        len[9] = e->comparator_len;
    }
    for (size_t i = 0; i < S_NCOLS; i++)
        S_csv_cell(o->fp, cell[i] ? cell[i] : "", len[i], i == 0);
    fputc('\n', o->fp);
    free(id);
}

static void S_flush_out(S_out *o)
{
    if (o->out.len) {
        fwrite(o->out.data, 1, o->out.len, o->fp);
        cc_buf_clear(&o->out);
    }
}


/* What the format prints for figure f, produced once per distinct figure
 * text: its description; for jsonl, its text as a JSON string (the first
 * *lead bytes), then its Figure fields as cJSON prints them inside an
 * object (no braces).  *len gets the whole length. */
static const char *S_figure_out(S_out *o, const cc_xfig *f, size_t *len, size_t *lead)
{
    cc_xmemo *m = f->memo;
    cc_buf *b = m ? &m->out : &o->scratch;
    if (!m || m->id != f->id) {
        cc_buf_clear(b);
        size_t n = 0;
        if (o->format == S_JSONL) {
            cc_jpiece_str(&o->js, b, f->text, f->end - f->start);
            n = b->len;
            /* the figure's input is its text, printed just now */
            size_t tlen = f->end - f->start;
            bool same = strlen(f->fig->input) == tlen && memcmp(f->fig->input, f->text, tlen) == 0;
            cc_figure_print_fields(f->fig, &o->js, b, same ? 0 : CC_JPIECE_NONE, n);
        } else {
            cc_figure_describe(f->fig, b);
        }
        if (m) {
            m->id = f->id;
            m->lead = n;
        }
        *lead = n;
    } else {
        *lead = m->lead;
    }
    *len = b->len;
    return b->data;
}

static void S_put_figure(S_out *o, const cc_xfig *f)
{
    size_t len, lead;
    const char *out = S_figure_out(o, f, &len, &lead);
    cc_buf_add(&o->out, out, len);
}

/* What cJSON_PrintUnformatted gives for the row as one object, pieced
 * together (json_piece.c). */
static void S_jsonl_row(S_out *o, const cc_extracted *e)
{
    cc_jpiece *j = &o->js;
    cc_buf *b = &o->out;
    CC_JPIECE_LIT(b, "{\"file\":");
    cc_buf_add(b, o->file_json.data, o->file_json.len);
    CC_JPIECE_LIT(b, ",\"line\":");
    cc_jpiece_int(j, b, e->line);
    CC_JPIECE_LIT(b, ",\"start\":");
    cc_jpiece_int(j, b, e->start);
    CC_JPIECE_LIT(b, ",\"end\":");
    cc_jpiece_int(j, b, e->end);
    /* a lone figure's text is the one its output starts with */
    size_t len, lead;
    const char *out = e->pair ? NULL : S_figure_out(o, &e->a, &len, &lead);
    CC_JPIECE_LIT(b, ",\"text\":");
    if (out)
        cc_buf_add(b, out, lead);
    else
        cc_jpiece_str(j, b, e->text, e->end - e->start);
    CC_JPIECE_LIT(b, ",\"quote\":");
    cc_jpiece_str(j, b, e->quote, e->quote_len);
    /* what the csv skeleton has in its change and comparator columns */
    const char *change = S_pair_change(e);
    if (change) {
        CC_JPIECE_LIT(b, ",\"change\":");
        cc_jpiece_str(j, b, change, strlen(change));
    }
    if (e->comparator) {
        CC_JPIECE_LIT(b, ",\"comparator\":");
        cc_jpiece_str(j, b, e->comparator, e->comparator_len);
    }
    cc_buf_addc(b, ',');
    if (e->pair) {
        const cc_xfig *fs[2] = {&e->a, &e->b};
        for (int i = 0; i < 2; i++) {
            const cc_xfig *f = fs[i];
            if (i == 0)
                CC_JPIECE_LIT(b, "\"before\":{\"start\":");
            else
                CC_JPIECE_LIT(b, ",\"after\":{\"start\":");
            cc_jpiece_int(j, b, f->start);
            CC_JPIECE_LIT(b, ",\"end\":");
            cc_jpiece_int(j, b, f->end);
            CC_JPIECE_LIT(b, ",\"text\":");
            out = S_figure_out(o, f, &len, &lead);
            cc_buf_add(b, out, lead);
            cc_buf_addc(b, ',');
            cc_buf_add(b, out + lead, len - lead);
            cc_buf_addc(b, '}');
        }
    } else {
        cc_buf_add(b, out + lead, len - lead);
    }
    CC_JPIECE_LIT(b, "}\n");
    if (b->len >= S_FLUSH_AT)
        S_flush_out(o);
}

/* An end of a pair: a bare number beside a time or a percentage reads in
 * that unit, as check reads it (从30提升到90%: 30%), and says so. */
static void S_put_end(S_out *o, const cc_xfig *f, const cc_xfig *other, const char *other_name)
{
    cc_figure implied;
    if (!cc_implied_unit(f->fig, other->fig, &implied)) {
        S_put_figure(o, f);
        return;
    }
    cc_xfig g = *f;
    g.fig = &implied;
    g.id = 0;
    g.memo = NULL;
    S_put_figure(o, &g);
    cc_buf_printf(&o->out, " (the %s's unit)", other_name);
}

static void S_text_row(S_out *o, const cc_extracted *e)
{
    cc_buf *b = &o->out;
    /* file:line:col: without printf, which costs more than the rest of a line */
    char num[48];
    size_t k = sizeof num;
    num[--k] = ' ';
    num[--k] = ':';
    for (size_t v = e->col;; v /= 10) {
        num[--k] = (char)('0' + v % 10);
        if (v < 10)
            break;
    }
    num[--k] = ':';
    for (size_t v = e->line;; v /= 10) {
        num[--k] = (char)('0' + v % 10);
        if (v < 10)
            break;
    }
    num[--k] = ':';
    cc_buf_adds(b, e->file);
    cc_buf_add(b, num + k, sizeof num - k);
    if (e->pair) {
        cc_buf_add(b, e->text, e->end - e->start);
        cc_buf_adds(b, "\n    before ");
        S_put_end(o, &e->a, &e->b, "after");
        cc_buf_adds(b, "\n    after  ");
        S_put_end(o, &e->b, &e->a, "before");
    } else {
        S_put_figure(o, &e->a);
    }
    cc_buf_addc(b, '\n');
    if (b->len >= S_FLUSH_AT)
        S_flush_out(o);
}

static void S_on_figure(const cc_extracted *e, void *ctx)
{
    S_out *o = ctx;
    o->total++;
    /* the change held for a pair (营收100亿元，较去年的80亿元增长25%; A, up
     * 25% from B; rose 25% to A from B) has its place in that pair's row */
    if (o->format == S_CSV && e->pair_change)
        return;
    o->count++;
    switch (o->format) {
    case S_CSV: S_csv_row(o, e); break;
    case S_JSONL: S_jsonl_row(o, e); break;
    default: S_text_row(o, e); break;
    }
}

/* ARTICLE-BASENAME without its extension: claims ids look like cann-01. */
static char *S_id_base(const char *path)
{
    if (strcmp(path, "-") == 0)
        return cc_xstrdup("stdin");
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    const char *dot = strrchr(b, '.');
    size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
    return cc_xstrndup(b, n);
}

static bool S_run_file(cc_extractor *x, S_out *o, const char *path)
{
    FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!in) {
        cc_die_msg("cannot read %s: %s", path, strerror(errno));
        return false;
    }
    free(o->id_base);
    o->id_base = S_id_base(path);
    o->count = 0;
    if (o->format == S_JSONL) {
        /* the same for every row of the file: printed once */
        cc_buf_clear(&o->file_json);
        cc_jpiece_strz(&o->js, &o->file_json, path);
    }
    cc_extractor_begin(x, path);
    size_t got;
    /* a byte order mark is fed as it is: it starts no figure, and the
     * offsets stay offsets into the file */
    for (;;) {
        size_t room;
        char *to = cc_extractor_room(x, &room);
        if ((got = fread(to, 1, room < S_CHUNK ? room : S_CHUNK, in)) == 0)
            break;
        cc_extractor_wrote(x, got);
        o->done += got;
        if (o->progress)
            S_progress(o, false);
    }
    bool ok = !ferror(in);
    if (!ok)
        cc_die_msg("cannot read %s: %s", path, strerror(errno));
    cc_extractor_end(x);
    if (in != stdin)
        fclose(in);
    else
        clearerr(stdin);
    return ok;
}

int cc_cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                              {"output", required_argument, NULL, 'o'},
                                              {"quiet", no_argument, NULL, 'q'},
                                              {"help", no_argument, NULL, 'h'},
                                              {NULL, 0, NULL, 0}};
    const char *format = "text", *output = NULL;
    bool quiet = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+f:o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 'q': quiet = true; break;
        case 'h': S_usage(stdout); return CC_EXIT_OK;
        default: S_usage(stderr); return CC_EXIT_USAGE;
        }
    }
    S_out o;
    memset(&o, 0, sizeof o);
    if (strcmp(format, "text") == 0)
        o.format = S_TEXT;
    else if (strcmp(format, "jsonl") == 0)
        o.format = S_JSONL;
    else if (strcmp(format, "csv") == 0)
        o.format = S_CSV;
    else {
        cc_die_msg("extract: unknown format '%s': expected text, jsonl or csv", format);
        return CC_EXIT_USAGE;
    }
    if (optind >= argc) {
        cc_die_msg("extract: no article given: expected ARTICLE or - (standard input), e.g. claimcheck extract article.txt");
        S_usage(stderr);
        return CC_EXIT_USAGE;
    }
    int stdin_uses = 0;
    for (int i = optind; i < argc; i++) {
        struct stat st;
        if (strcmp(argv[i], "-") == 0) {
            stdin_uses++;
            continue;
        }
        if (stat(argv[i], &st) == 0 && S_ISREG(st.st_mode))
            o.all += (size_t)st.st_size;
    }
    if (stdin_uses > 1) {
        cc_die_msg("extract: - (standard input) given %d times: expected it once", stdin_uses);
        return CC_EXIT_USAGE;
    }
    if (stdin_uses)
        o.all = 0;

    cc_out out;
    if (!cc_out_open(&out, output))
        return CC_EXIT_USAGE;
    o.fp = out.fp;
    if (o.format == S_JSONL)
        cc_jpiece_init(&o.js);
    o.progress = !quiet && isatty(fileno(stderr));
    clock_gettime(CLOCK_MONOTONIC, &o.t0);
    o.last = o.t0;
    if (o.format == S_CSV)
        S_csv_header(o.fp);

    int status = CC_EXIT_OK;
    /* only text prints a column; jsonl and csv a comparator */
    unsigned flags = o.format == S_TEXT ? 0 : CC_EXTRACT_NO_COLUMN | CC_EXTRACT_COMPARATOR;
    cc_extractor *x = cc_extractor_new(NULL, flags, S_on_figure, &o);
    for (int i = optind; i < argc; i++)
        if (!S_run_file(x, &o, argv[i]))
            status = CC_EXIT_USAGE;
    cc_extractor_free(x);
    S_flush_out(&o);
    if (o.progress)
        S_progress(&o, true);
    if (!cc_out_close(&out, true))
        status = CC_EXIT_USAGE;
    if (!quiet && !o.progress && output)
        fprintf(stderr, "extract: %zu figure%s in %d file%s\n", o.total, o.total == 1 ? "" : "s", argc - optind,
                argc - optind == 1 ? "" : "s");
    cc_buf_free(&o.scratch);
    free(o.id_base);
    cc_buf_free(&o.out);
    if (o.format == S_JSONL)
        cc_jpiece_free(&o.js);
    cc_buf_free(&o.file_json);
    return status;
}
