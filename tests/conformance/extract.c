/* extract.c — conformance of the extractor, and its spec cases.
 *
 *   extract DIR          every case of the Chinese and English NumberModel and
 *                        PercentModel files of Microsoft Recognizers-Text (MIT;
 *                        see DIR/SOURCE.md) goes through extraction in number
 *                        mode (CC_EXTRACT_NUMBERS); the numbers found, in order,
 *                        must equal the expected values.  Cases that all four
 *                        upstream platforms mark unsupported are skipped as
 *                        dubious.  Exit 1 below a 90% pass rate.
 *   extract --readback FILE...  every figure extracted, read again alone,
 *                        gives the same Figure.
 *   extract --spec FILE  tests/extract/cases.tsv: each line is an input and the
 *                        exact figures expected (spans, readings), or "-" for
 *                        none.  Exit 1 on any difference.
 *
 * Both end with "extract-conformance: P passed, F failed" (or extract-spec). */
#include "claimcheck.h"
#include "recognizers.h"
#include "extract.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define S_PASS_RATE 90.0
#define S_MAX_FOUND 64


typedef struct {
    bool percent_only;
    size_t n;
    double v[S_MAX_FOUND];
    cc_buf shown;
} S_found;

/* A change or points going down is negative; a quantity keeps its sign. */
static double S_signed(const cc_figure *f)
{
    if ((f->kind == CC_KIND_CHANGE || f->kind == CC_KIND_POINTS) && f->direction == CC_DIR_DOWN)
        return -fabs(f->value);
    return f->value;
}

/* A number model reports numbers that are not percentages, as written
 * (五分之一 is 0.2); a percent model the percentages, in percent. */
static void S_collect(const cc_extracted *e, void *ctx)
{
    S_found *fd = ctx;
    const cc_figure *f = e->a.fig;
    /* 五分之一 reads as 20% in a figure; as a number it is a fraction.  The
     * number model also reads 百分之三十 and 六个百分点 as numbers, but not a
     * percent sign or word. */
    bool fraction = !(e->a.numflags & CC_NUM_PERCENT) && strstr(f->input, "分之") != NULL;
    bool percent = f->dimension == CC_DIM_PERCENT && !fraction;
    bool sign = strchr(f->input, '%') || strstr(f->input, "\xEF\xBC\x85") || strstr(f->input, "percent") ||
                strstr(f->input, "per cent");
    if (fd->percent_only ? !percent : sign)
        return;
    double v = fd->percent_only ? S_signed(f) : e->a.number;
    if (fd->percent_only && e->a.number < 0 && v > 0)
        v = -v;
    if (fd->n < S_MAX_FOUND)
        fd->v[fd->n++] = v;
    cc_buf_printf(&fd->shown, "%s%.*s=", fd->shown.len ? ", " : "", (int)(e->end - e->start), e->text);
    cc_buf_num(&fd->shown, v);
}

static int S_conformance(const char *dir)
{
    size_t pass_all = 0, total_all = 0;
    cc_buf fails = CC_BUF_INIT;
    for (size_t fi = 0; fi < RT_NFILES; fi++) {
        cJSON *root = rt_load("extract-conformance", dir, rt_files[fi].file);
        if (!root)
            return 2;
        size_t pass = 0, total = 0;
        const cJSON *kase;
        cJSON_ArrayForEach(kase, root)
        {
            const cJSON *input = cJSON_GetObjectItemCaseSensitive(kase, "Input");
            const cJSON *results = cJSON_GetObjectItemCaseSensitive(kase, "Results");
            if (!cJSON_IsString(input) || !cJSON_IsArray(results))
                continue;
            if (rt_dubious(kase))
                continue;
            /* the expected values; a percentage without a number ("null") cannot be compared */
            double want[S_MAX_FOUND];
            size_t nwant = 0;
            bool usable = true;
            const cJSON *res;
            cJSON_ArrayForEach(res, results)
            {
                const cJSON *val = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(res, "Resolution"), "value");
                char *stop;
                if (!cJSON_IsString(val) || nwant == S_MAX_FOUND) {
                    usable = false;
                    break;
                }
                double v = strtod(val->valuestring, &stop);
                if (stop == val->valuestring) {
                    usable = false;
                    break;
                }
                want[nwant++] = v;
            }
            if (!usable)
                continue;
            total++;
            S_found fd = {rt_files[fi].percent, 0, {0}, CC_BUF_INIT};
            const char *in = input->valuestring;
            cc_extract_buf("case", in, strlen(in), NULL, CC_EXTRACT_NUMBERS, S_collect, &fd);
            bool ok = fd.n == nwant;
            for (size_t i = 0; ok && i < nwant; i++)
                ok = rt_close(fd.v[i], want[i]);
            if (ok) {
                pass++;
            } else {
                cc_buf_printf(&fails, "  %s: \"%s\": expected", rt_files[fi].file, in);
                for (size_t i = 0; i < nwant; i++) {
                    cc_buf_puts(&fails, i ? ", " : " ");
                    cc_buf_num(&fails, want[i]);
                }
                cc_buf_printf(&fails, "%s; found %s\n", nwant ? "" : " nothing", fd.shown.len ? fd.shown.data : "nothing");
            }
            cc_buf_free(&fd.shown);
        }
        printf("%-28s %4zu / %4zu agree (%.1f%%)\n", rt_files[fi].file, pass, total,
               total ? 100.0 * (double)pass / (double)total : 0.0);
        pass_all += pass;
        total_all += total;
        cJSON_Delete(root);
    }
    double rate = total_all ? 100.0 * (double)pass_all / (double)total_all : 0.0;
    if (fails.len) {
        printf("cases that do not agree:\n");
        fputs(fails.data, stdout);
    }
    printf("rate: %.1f%% (target %.0f%%)\n", rate, S_PASS_RATE);
    printf("extract-conformance: %zu passed, %zu failed\n", pass_all, total_all - pass_all);
    cc_buf_free(&fails);
    return rate >= S_PASS_RATE ? 0 : 1;
}

/* ------------------------------------------------------------------ */
/* Spec cases                                                           */
/* ------------------------------------------------------------------ */

static void S_fig_short(cc_buf *b, const cc_figure *f)
{
    cc_buf_printf(b, "%s %s ", cc_kind_name(f->kind), cc_qualifier_name(f->qualifier));
    cc_buf_num(b, f->value);
    cc_buf_printf(b, " %s", *f->unit ? f->unit : "-");
    if (f->direction != CC_DIR_NONE)
        cc_buf_printf(b, " %s", cc_direction_name(f->direction));
}

/* "START-END TEXT kind qualifier value unit [direction]"; a pair:
 * "START-END TEXT from <before> to <after>". */
static void S_spec_one(const cc_extracted *e, void *ctx)
{
    cc_buf *b = ctx;
    if (b->len)
        cc_buf_puts(b, " ; ");
    cc_buf_printf(b, "%zu-%zu %.*s ", e->start, e->end, (int)(e->end - e->start), e->text);
    if (e->pair) {
        cc_buf_puts(b, "from ");
        S_fig_short(b, e->a.fig);
        cc_buf_puts(b, " to ");
        S_fig_short(b, e->b.fig);
    } else {
        S_fig_short(b, e->a.fig);
    }
}

static char *S_unescape(const char *s, size_t n)
{
    cc_buf b = CC_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 3 < n && s[i + 1] == 'x' && isxdigit((unsigned char)s[i + 2]) &&
            isxdigit((unsigned char)s[i + 3])) {
            char hex[3] = {s[i + 2], s[i + 3], '\0'};
            cc_buf_putc(&b, (char)strtol(hex, NULL, 16));
            i += 3;
        } else if (s[i] == '\\' && i + 1 < n && (s[i + 1] == 'n' || s[i + 1] == 't' || s[i + 1] == '\\')) {
            cc_buf_putc(&b, s[i + 1] == 'n' ? '\n' : s[i + 1] == 't' ? '\t' : '\\');
            i++;
        } else {
            cc_buf_putc(&b, s[i]);
        }
    }
    return b.data ? cc_buf_detach(&b) : cc_xstrdup("");
}

static int S_spec(const char *path, bool print)
{
    size_t n;
    char *text = rt_slurp(path, &n);
    if (!text) {
        fprintf(stderr, "extract-spec: cannot read %s\n", path);
        return 2;
    }
    size_t pass = 0, fail = 0, lineno = 0;
    for (char *line = text; *line;) {
        char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        lineno++;
        char *next = nl ? nl + 1 : line + len;
        if (len == 0 || line[0] == '#') {
            if (print)
                printf("%.*s\n", (int)len, line);
            line = next;
            continue;
        }
        char *tab = memchr(line, '\t', len);
        size_t in_len = tab ? (size_t)(tab - line) : len;
        char *in = S_unescape(line, in_len);
        char *want = tab ? cc_xstrndup(tab + 1, len - in_len - 1) : cc_xstrdup("");
        cc_buf got = CC_BUF_INIT;
        cc_extract_buf("case", in, strlen(in), NULL, 0, S_spec_one, &got);
        const char *g = got.len ? got.data : "-";
        if (print) {
            printf("%.*s\t%s\n", (int)in_len, line, g);
        } else if (strcmp(g, want) == 0) {
            pass++;
        } else {
            fail++;
            printf("%s:%zu: %.*s\n  expected: %s\n  found:    %s\n", path, lineno, (int)in_len, line, want, g);
        }
        cc_buf_free(&got);
        free(in);
        free(want);
        line = next;
    }
    free(text);
    if (!print)
        printf("extract-spec: %zu passed, %zu failed\n", pass, fail);
    return fail ? 1 : 0;
}

/* Every figure extracted from FILE, read again on its own (no memo), must
 * give the same Figure: the text printed is the text that was read. */
typedef struct {
    size_t pass, fail;
} S_rb;

static void S_readback_one(const cc_xfig *x, const char *read_as, S_rb *rb)
{
    cc_figure f;
    char *err = NULL;
    cc_buf a = CC_BUF_INIT, b = CC_BUF_INIT;
    /* read_as: the wording a pair's after reads as (fell to 35 ms) */
    if (cc_figure_parse(read_as ? read_as : x->text, read_as ? strlen(read_as) : x->end - x->start, NULL, &f,
                        &err)) {
        cc_figure_json(&f, &a);
        cc_figure_json(x->fig, &b);
        cc_figure_free(&f);
    }
    if (a.len && strcmp(a.data, b.data) == 0) {
        rb->pass++;
    } else {
        rb->fail++;
        printf("readback: '%.*s' reads %s, extract printed %s\n", (int)(x->end - x->start), x->text,
               a.len ? a.data : err, b.data);
    }
    free(err);
    cc_buf_free(&a);
    cc_buf_free(&b);
}

static void S_readback_fn(const cc_extracted *e, void *ctx)
{
    S_readback_one(&e->a, NULL, ctx);
    if (e->pair)
        S_readback_one(&e->b, e->change, ctx);
}

static int S_readback(int argc, char **argv)
{
    S_rb rb = {0, 0};
    for (int i = 0; i < argc; i++) {
        size_t n;
        char *text = rt_slurp(argv[i], &n);
        if (!text) {
            fprintf(stderr, "extract-readback: cannot read %s\n", argv[i]);
            return 2;
        }
        cc_extract_buf(argv[i], text, n, NULL, 0, S_readback_fn, &rb);
        free(text);
    }
    printf("extract-readback: %zu passed, %zu failed\n", rb.pass, rb.fail);
    return rb.fail ? 1 : 0;
}

int main(int argc, char **argv)
{
    cc_mem_init();
    if (argc > 2 && strcmp(argv[1], "--spec") == 0)
        return S_spec(argv[2], false);
    if (argc > 2 && strcmp(argv[1], "--readback") == 0)
        return S_readback(argc - 2, argv + 2);
    /* --print FILE writes the cases with what the extractor finds now: a
     * start for new expectations, to be read and corrected by hand */
    if (argc > 2 && strcmp(argv[1], "--print") == 0)
        return S_spec(argv[2], true);
    return S_conformance(argc > 1 ? argv[1] : "../shared/conformance/recognizers-text");
}
