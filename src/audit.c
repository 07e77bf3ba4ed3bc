/* audit.c — an article against its ledger (DESIGN 5): is every claim's
 * quote in the article, and is every figure of the article claimed?
 *
 * Quotes match after normalising both sides (cc_norm_text): full-width
 * forms folded to ASCII (cc_fold_width), any run of whitespace one space,
 * and no space at all next to a CJK character, so a quote copied from a
 * web page with its line breaks, or with ， for ,, still matches.
 *
 * A figure is covered when it lies inside a found quote of a claim AND its
 * number is one of that claim's before/after/change/value numbers: a quote
 * holding three figures covers only the ones its claims register, so the
 * 1.23倍 of a sentence whose only claim is about 2.78倍 is reported. */
#include "extract.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define S_MAX_VALUES 4

/* Wide characters: CJK ideographs, kana, hangul, full-width forms and CJK
 * punctuation.  Spaces next to them are layout, not text. */
static bool S_wide(unsigned cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

static bool S_space(unsigned cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
           cp == 0x3000 || cp == 0x2028 || cp == 0x2029;
}

void cc_norm_text(const char *s, size_t n, cc_normtext *out)
{
    cc_buf b = CC_BUF_INIT;
    size_t cap = 64, len = 0;
    size_t *map = cc_xmalloc(cap * sizeof *map);
    bool pending = false, prev_wide = true; /* no space at the start */
    size_t space_at = 0;
    for (size_t i = 0; i < n;) {
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        char enc[4];
        size_t elen;
        if (!k) {
            k = 1;
            enc[0] = s[i];
            elen = 1;
            cp = 0xFFFD;
        } else if (S_space(cp)) {
            if (!pending)
                space_at = i;
            pending = true;
            i += k;
            continue;
        } else {
            elen = cc_utf8_encode(cc_fold_width(cp), enc);
        }
        bool wide = S_wide(cp) && cc_fold_width(cp) == cp;
        if (pending && !prev_wide && !wide) {
            if (len + 1 >= cap) {
                cap *= 2;
                map = cc_xrealloc(map, cap * sizeof *map);
            }
            cc_buf_putc(&b, ' ');
            map[len++] = space_at;
        }
        pending = false;
        while (len + elen + 1 >= cap) {
            cap *= 2;
            map = cc_xrealloc(map, cap * sizeof *map);
        }
        cc_buf_put(&b, enc, elen);
        for (size_t j = 0; j < elen; j++)
            map[len++] = i;
        prev_wide = wide;
        i += k;
    }
    map[len] = n;
    out->n = len;
    out->s = b.data ? cc_buf_detach(&b) : cc_xstrdup("");
    out->map = map;
}

void cc_norm_free(cc_normtext *t)
{
    free(t->s);
    free(t->map);
    memset(t, 0, sizeof *t);
}

/* Next occurrence of needle[0..k) in hay[from..n), or (size_t)-1. */
static size_t S_find(const char *hay, size_t n, size_t from, const char *needle, size_t k)
{
    if (k == 0 || k > n)
        return (size_t)-1;
    for (size_t i = from; i + k <= n;) {
        const char *p = memchr(hay + i, needle[0], n - k + 1 - i);
        if (!p)
            break;
        i = (size_t)(p - hay);
        if (memcmp(p, needle, k) == 0)
            return i;
        i++;
    }
    return (size_t)-1;
}

/* Source span [a, b) of normalised bytes [i, j). */
static void S_src_span(const cc_normtext *t, const char *src, size_t srclen, size_t i, size_t j, size_t *a, size_t *b)
{
    *a = t->map[i];
    size_t last = t->map[j - 1];
    unsigned cp;
    size_t k = cc_utf8_decode(src + last, srclen - last, &cp);
    *b = last + (k ? k : 1);
}

typedef struct {
    size_t start, end;         /* in the article */
    size_t claim;              /* index in the ledger */
} S_span;

typedef struct {
    S_span *v;
    size_t n, cap;
} S_spans;

typedef struct {
    const cc_ledger *lg;
    const char *path;
    const S_spans *spans;
    double (*values)[S_MAX_VALUES];
    int *nvalues;
    cc_findings *out;
    cc_audit_cov *cov;
} S_ctx;

static bool S_same(double a, double b)
{
    return a == b || fabs(a - b) <= 1e-9 * fmax(fabs(a), fabs(b));
}

static bool S_covered(const S_ctx *c, const cc_xfig *f)
{
    for (size_t i = 0; i < c->spans->n; i++) {
        const S_span *sp = &c->spans->v[i];
        if (f->bare < sp->start || f->end > sp->end)
            continue;
        for (int k = 0; k < c->nvalues[sp->claim]; k++)
            if (S_same(c->values[sp->claim][k], f->fig->value))
                return true;
    }
    return false;
}

static void S_check_fig(S_ctx *c, const cc_extracted *e, const cc_xfig *f)
{
    c->cov->figures++;
    if (S_covered(c, f)) {
        c->cov->covered++;
        return;
    }
    char *text = cc_xstrndup(f->text, f->end - f->start);
    cc_finding *fd = cc_findings_add(c->out, "unregistered-figure", c->path, e->line, NULL, NULL, NULL,
                                     "the article states %s, and no claim covers it: add a claim whose quote "
                                     "holds it and whose before/after/change/value has its number",
                                     text);
    fd->col = e->col;
    free(text);
}

static void S_on_figure(const cc_extracted *e, void *ctx)
{
    S_ctx *c = ctx;
    S_check_fig(c, e, &e->a);
    if (e->pair)
        S_check_fig(c, e, &e->b);
}

/* The longest prefix of q[0..n) (whole code points) found in the article. */
static size_t S_longest_prefix(const cc_normtext *art, const char *q, size_t n)
{
    size_t *cut = cc_xmalloc((n + 1) * sizeof *cut), nc = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)q[i] & 0xC0) != 0x80)
            cut[nc++] = i;
    cut[nc++] = n;
    size_t lo = 0, hi = nc - 1;
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        if (S_find(art->s, art->n, 0, q, cut[mid]) != (size_t)-1)
            lo = mid;
        else
            hi = mid - 1;
    }
    size_t k = cut[lo];
    free(cut);
    return k;
}

void cc_audit(const cc_ledger *lg, const char *article_path, const char *text, size_t n, const cc_tolerance *tol,
              cc_findings *out, cc_audit_cov *cov)
{
    memset(cov, 0, sizeof *cov);
    cc_normtext art;
    cc_norm_text(text, n, &art);
    S_spans spans = {NULL, 0, 0};
    size_t nc = lg->nclaims ? lg->nclaims : 1;
    double (*values)[S_MAX_VALUES] = cc_xcalloc(nc, sizeof *values);
    int *nvalues = cc_xcalloc(nc, sizeof *nvalues);
    int qcol = cc_ledger_col(lg, "quote");
    static const char *const cols[] = {"before", "after", "change", "value"};

    for (size_t i = 0; i < lg->nclaims; i++) {
        const cc_claim *cl = &lg->claims[i];
        for (size_t k = 0; k < sizeof cols / sizeof cols[0]; k++) {
            const char *v = cc_claim_get(lg, cl, cols[k]);
            cc_figure f;
            char *err = NULL;
            if (*v && cc_figure_parse(v, strlen(v), tol, &f, &err)) {
                values[i][nvalues[i]++] = f.value;
                cc_figure_free(&f);
            }
            free(err);
        }
        const char *quote = cc_claim_get(lg, cl, "quote");
        if (!*quote)
            continue;
        cov->claims++;
        cc_normtext q;
        cc_norm_text(quote, strlen(quote), &q);
        /* a quote never starts or ends with layout */
        size_t qa = 0, qb = q.n;
        while (qa < qb && q.s[qa] == ' ')
            qa++;
        while (qb > qa && q.s[qb - 1] == ' ')
            qb--;
        bool found = false;
        for (size_t at = 0; qb > qa && (at = S_find(art.s, art.n, at, q.s + qa, qb - qa)) != (size_t)-1; at++) {
            if (spans.n == spans.cap) {
                spans.cap = spans.cap ? 2 * spans.cap : 32;
                spans.v = cc_xrealloc(spans.v, spans.cap * sizeof *spans.v);
            }
            S_span *sp = &spans.v[spans.n++];
            S_src_span(&art, text, n, at, at + (qb - qa), &sp->start, &sp->end);
            sp->claim = i;
            found = true;
        }
        if (found) {
            cov->quotes_found++;
        } else {
            const char *id = cc_claim_get(lg, cl, "id");
            cc_normtext qq = {q.s + qa, qb - qa, q.map + qa};
            size_t k = S_longest_prefix(&art, qq.s, qq.n);
            cc_buf where = CC_BUF_INIT;
            if (k == 0) {
                cc_buf_puts(&where, "not even its beginning is there");
            } else {
                /* the last few characters that still match, then where it differs */
                size_t from = k > 24 ? k - 24 : 0;
                while (from > 0 && ((unsigned char)qq.s[from] & 0xC0) == 0x80)
                    from++;
                cc_buf_printf(&where, "it matches up to '%s%.*s' and then differs", from ? "\xE2\x80\xA6" : "",
                              (int)(k - from), qq.s + from);
            }
            cc_finding *fd = cc_findings_add(out, "quote-not-found", lg->path, cl->line, "quote", *id ? id : NULL,
                                             NULL, "the quote is not in %s: %s; the article changed or the quote is "
                                             "mistyped",
                                             strcmp(article_path, "-") == 0 ? "the article on standard input"
                                                                            : article_path,
                                             where.data);
            fd->col = qcol >= 0 ? (size_t)qcol + 1 : 0;
            cc_buf_free(&where);
        }
        cc_norm_free(&q);
    }

    S_ctx c = {lg, article_path, &spans, values, nvalues, out, cov};
    cc_extract_buf(article_path, text, n, tol, 0, S_on_figure, &c);

    free(spans.v);
    free(values);
    free(nvalues);
    cc_norm_free(&art);
}
