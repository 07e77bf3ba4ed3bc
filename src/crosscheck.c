/* crosscheck.c — the rules across the claims of one ledger. */
#include "checker.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Claims are few per ledger (an article has tens), but a hostile ledger may
 * hold a million: ids are compared through a sorted index, not pairwise. */
typedef struct {
    const char *key;
    size_t at;
} S_key;

static int S_keycmp(const void *a, const void *b)
{
    const S_key *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->at > y->at) - (x->at < y->at);
}

static S_key *S_index(const cc_checkctx *ctx, char **keys)
{
    S_key *ix = cc_xcalloc(ctx->n ? ctx->n : 1, sizeof *ix);
    for (size_t i = 0; i < ctx->n; i++) {
        ix[i].key = keys[i];
        ix[i].at = i;
    }
    qsort(ix, ctx->n, sizeof *ix, S_keycmp);
    return ix;
}

static const cc_checked *S_find(const cc_checkctx *ctx, const S_key *ix, const char *id)
{
    size_t lo = 0, hi = ctx->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(ix[mid].key, id);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ctx->n && strcmp(ix[lo].key, id) == 0 ? &ctx->claims[ix[lo].at] : NULL;
}

static void S_duplicates(cc_checkctx *ctx, const S_key *ix)
{
    /* first: where the run of equal ids that i is in starts (kept, not
     * searched back for, so that k copies of one id cost k, not k^2) */
    size_t first = 0;
    for (size_t i = 1; i < ctx->n; i++) {
        if (strcmp(ix[i].key, ix[i - 1].key) != 0)
            first = i;
        if (!*ix[i].key || first == i)
            continue;
        const cc_checked *k = &ctx->claims[ix[i].at];
        cc_check_report(ctx, k, "duplicate-id", "id", NULL, "id '%s' is already used by the claim on line %zu",
                        k->id, ctx->claims[ix[first].at].rec->line);
    }
}

static char *S_ivstr(cc_interval a)
{
    cc_buf b = CC_BUF_INIT;
    cc_iv_format(&b, a);
    return cc_buf_detach(&b);
}

static void S_parts(cc_checkctx *ctx, const S_key *ix)
{
    for (size_t i = 0; i < ctx->n; i++) {
        const cc_checked *k = &ctx->claims[i];
        const char *whole_id = cc_claim_get(ctx->ledger, k->rec, "part_of");
        if (!*whole_id)
            continue;
        const cc_checked *w = S_find(ctx, ix, whole_id);
        if (!w || w == k) {
            cc_check_report(ctx, k, "bad-reference", "part_of", NULL,
                            w ? "part_of names the claim itself" : "part_of names '%s', which is no claim of this ledger",
                            whole_id);
            continue;
        }
        const cc_figure *p = cc_checked_current(k), *q = cc_checked_current(w);
        cc_interval pi, qi;
        if (!p || !q || !cc_figures_base(p, q, &pi, &qi, NULL, NULL))
            continue;
        if (pi.lo > qi.hi || (pi.lo == qi.hi && (pi.lo_open || qi.hi_open))) {
            char *a = S_ivstr(pi), *b = S_ivstr(qi);
            char *d = cc_xasprintf("part %s > whole %s", a, b);
            cc_check_report(ctx, k, "part-exceeds-whole", "part_of", d,
                            "'%s' is more than the whole it is part of ('%s' of %s)", p->input, q->input, w->id);
            free(d);
            free(a);
            free(b);
        }
    }
}

static char *S_norm(const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    char *r = cc_xstrndup(s, n);
    for (char *p = r; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return r;
}

static void S_conflicts(cc_checkctx *ctx)
{
    char **keys = cc_xcalloc(ctx->n ? ctx->n : 1, sizeof *keys);
    for (size_t i = 0; i < ctx->n; i++) {
        const char *subject = cc_claim_get(ctx->ledger, ctx->claims[i].rec, "subject");
        const char *metric = cc_claim_get(ctx->ledger, ctx->claims[i].rec, "metric");
        if (*subject && *metric && cc_checked_current(&ctx->claims[i])) {
            char *s = S_norm(subject), *m = S_norm(metric);
            keys[i] = cc_xasprintf("%s\x1f%s", s, m);
            free(s);
            free(m);
        } else {
            keys[i] = cc_xstrdup("");
        }
    }
    S_key *ix = S_index(ctx, keys);
    /* within a run of equal keys, every later claim against every earlier one */
    for (size_t i = 0; i < ctx->n;) {
        size_t j = i;
        while (j < ctx->n && strcmp(ix[j].key, ix[i].key) == 0)
            j++;
        if (*ix[i].key) {
            for (size_t b = i + 1; b < j; b++) {
                const cc_checked *k = &ctx->claims[ix[b].at];
                const cc_figure *f = cc_checked_current(k);
                for (size_t a = i; a < b; a++) {
                    const cc_checked *o = &ctx->claims[ix[a].at];
                    const cc_figure *g = cc_checked_current(o);
                    cc_interval fi, gi;
                    double fs, gs;
                    if (!cc_figures_base(f, g, &fi, &gi, &fs, &gs))
                        continue;
                    if (cc_iv_overlaps(fi, gi))
                        continue;
                    /* counts of one symbol with two prefixes: both in f's
                     * (1.2TB/s [1.15, 1.25] and 900GB/s [0.8995, 0.9005] TB/s) */
                    bool in_f = f->dimension == CC_DIM_COUNT && fs != gs && fs > 0;
                    char *x = S_ivstr(in_f ? f->iv : fi), *y = S_ivstr(in_f ? cc_iv_scale(gi, 1 / fs) : gi);
                    char *d = cc_xasprintf("%s %s and %s %s%s%s share no point", f->input, x, g->input, y,
                                           in_f ? " " : "", in_f ? f->unit : "");
                    cc_check_report(ctx, k, "figure-conflict", k->have[CC_F_AFTER] ? "after" : "value", d,
                                    "'%s' contradicts '%s' of %s (line %zu) about the same subject and metric",
                                    f->input, g->input, o->id, o->rec->line);
                    free(d);
                    free(x);
                    free(y);
                    break;
                }
            }
        }
        i = j;
    }
    free(ix);
    for (size_t i = 0; i < ctx->n; i++)
        free(keys[i]);
    free(keys);
}

static void S_shares(cc_checkctx *ctx)
{
    char **keys = cc_xcalloc(ctx->n ? ctx->n : 1, sizeof *keys);
    for (size_t i = 0; i < ctx->n; i++) {
        const cc_checked *k = &ctx->claims[i];
        bool share = k->have[CC_F_VALUE] && k->fig[CC_F_VALUE].kind == CC_KIND_QUANTITY &&
                     k->fig[CC_F_VALUE].dimension == CC_DIM_PERCENT;
        keys[i] = cc_xstrdup(share ? cc_claim_get(ctx->ledger, k->rec, "group") : "");
    }
    S_key *ix = S_index(ctx, keys);
    for (size_t i = 0; i < ctx->n;) {
        size_t j = i;
        while (j < ctx->n && strcmp(ix[j].key, ix[i].key) == 0)
            j++;
        if (*ix[i].key && j - i >= 2) {
            double sum = 0;
            size_t first = ix[i].at;
            cc_buf d = CC_BUF_INIT;
            for (size_t a = i; a < j; a++) {
                const cc_figure *f = &ctx->claims[ix[a].at].fig[CC_F_VALUE];
                sum += f->iv.lo;
                if (ix[a].at < first)
                    first = ix[a].at;
                cc_buf_printf(&d, "%s", a > i ? " + " : "");
                cc_buf_num(&d, f->iv.lo);
            }
            if (sum > 100) {
                cc_buf_puts(&d, " = ");
                cc_buf_num(&d, sum);
                cc_buf_puts(&d, "% > 100%");
                cc_check_report(ctx, &ctx->claims[first], "shares-over-100", "value", d.data,
                                "the %zu shares of group '%s' add up to more than 100%% even at their lower bounds",
                                j - i, ix[i].key);
            }
            cc_buf_free(&d);
        }
        i = j;
    }
    free(ix);
    for (size_t i = 0; i < ctx->n; i++)
        free(keys[i]);
    free(keys);
}

void cc_crosscheck(cc_checkctx *ctx)
{
    char **ids = cc_xcalloc(ctx->n ? ctx->n : 1, sizeof *ids);
    for (size_t i = 0; i < ctx->n; i++)
        ids[i] = (char *)ctx->claims[i].id;
    S_key *ix = S_index(ctx, ids);
    S_duplicates(ctx, ix);
    S_parts(ctx, ix);
    free(ix);
    free(ids);
    S_conflicts(ctx);
    S_shares(ctx);
}
