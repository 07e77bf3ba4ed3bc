/* fuzz_extract.c — libFuzzer: article text through the figure scanner
 * (src/extract.c), in one piece and fed in chunks.  Every candidate's span
 * lies in the input and holds its text; a figure read holds no NaN; the
 * chunked run finds the same candidates as the whole-buffer run. */
#include "fuzz.h"
#include "extract.h"

#include <math.h>

typedef struct {
    const uint8_t *data;
    size_t size;
    cc_buf spans;  /* "start end pair;" per candidate */
    size_t count;
} S_ctx;

static void S_check_fig(const cc_xfig *f, const S_ctx *c)
{
    if (f->start > f->end || f->end > c->size || f->bare < f->start || f->bare > f->end)
        abort();
    if (f->end > f->start && memcmp(f->text, c->data + f->start, f->end - f->start) != 0)
        abort();
    if (!isfinite(f->fig->value) || isnan(f->fig->iv.lo) || isnan(f->fig->iv.hi))
        abort();
    for (int i = 0; i < f->fig->n_readings; i++)
        if (isnan(f->fig->readings[i].iv.lo) || isnan(f->fig->readings[i].iv.hi))
            abort();
}

static void S_on_figure(const cc_extracted *x, void *ctx)
{
    S_ctx *c = ctx;
    if (x->start > x->end || x->end > c->size || x->line < 1 || x->col < 1 || !x->quote)
        abort();
    if (memcmp(x->text, c->data + x->start, x->end - x->start) != 0)
        abort();
    /* line and column, counted afresh: newlines before the start, then code
     * points (bytes that are no continuation byte) since the line's start;
     * a byte order mark opening the file takes no column */
    size_t line = 1, from = 0, col = 1;
    for (size_t i = 0; i < x->start; i++)
        if (c->data[i] == '\n') {
            line++;
            from = i + 1;
        }
    for (size_t i = from; i < x->start; i++)
        col += (c->data[i] & 0xC0) != 0x80;
    if (line == 1 && c->size >= 3 && memcmp(c->data, "\xEF\xBB\xBF", 3) == 0 && x->start >= 3)
        col--;
    if (x->line != line || x->col != col) {
        fprintf(stderr, "fuzz: at byte %zu: line %zu column %zu, counted %zu:%zu\n", x->start, x->line, x->col, line,
                col);
        abort();
    }
    if (x->quote_len > c->size || x->quote_len > 4 * CC_EXTRACT_SENTENCE_MAX)
        abort();
    /* a comparator is words of the figure's sentence */
    if (x->comparator && (x->comparator_len == 0 || x->comparator < x->quote ||
                          x->comparator + x->comparator_len > x->quote + x->quote_len))
        abort();
    S_check_fig(&x->a, c);
    if (x->pair)
        S_check_fig(&x->b, c);
    cc_buf b = CC_BUF_INIT;
    cc_figure_json(x->a.fig, &b);
    S_assert_finite_text("extract", c->data, c->size, b.data, b.len);
    cc_buf_free(&b);
    cc_buf_printf(&c->spans, "%zu %zu %d;", x->start, x->end, (int)x->pair);
    c->count++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* figure mode with the comparators the csv skeleton asks for, then number mode */
    static const unsigned modes[] = {CC_EXTRACT_COMPARATOR, CC_EXTRACT_NUMBERS};
    for (size_t mode = 0; mode < sizeof modes / sizeof modes[0]; mode++) {
        unsigned flags = modes[mode];
        S_ctx whole = {data, size, CC_BUF_INIT, 0};
        cc_extract_buf("fuzz.txt", (const char *)data, size, NULL, flags, S_on_figure, &whole);

        /* the same bytes in chunks whose sizes come from the data itself */
        S_ctx parts = {data, size, CC_BUF_INIT, 0};
        cc_extractor *x = cc_extractor_new(NULL, flags, S_on_figure, &parts);
        cc_extractor_begin(x, "fuzz.txt");
        size_t off = 0, k = 0;
        while (off < size) {
            size_t n = 1 + (size_t)data[k++ % size] % 7;
            if (n > size - off)
                n = size - off;
            cc_extractor_feed(x, (const char *)data + off, n);
            off += n;
        }
        cc_extractor_end(x);
        if (cc_extractor_offset(x) != size)
            abort();
        cc_extractor_free(x);

        if (whole.count != parts.count ||
            (whole.spans.len && (whole.spans.len != parts.spans.len ||
                                 memcmp(whole.spans.data, parts.spans.data, whole.spans.len) != 0))) {
            fprintf(stderr, "fuzz: chunked extract differs:\n whole: %s\n parts: %s\n",
                    whole.spans.data ? whole.spans.data : "", parts.spans.data ? parts.spans.data : "");
            abort();
        }
        cc_buf_free(&whole.spans);
        cc_buf_free(&parts.spans);
    }
    return 0;
}
