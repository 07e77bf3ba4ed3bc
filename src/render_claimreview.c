/* render_claimreview.c — the fact-checker's verdicts as schema.org
 * ClaimReview JSON-LD (the markup search engines read for fact checks): a
 * JSON array with one ClaimReview per claim whose `status` is a verdict.
 *
 * A claim with status unchecked (or empty) has no review yet and is left
 * out, as is one whose status is not a known verdict (bad-value reports
 * it).  The rating scale is 1 (worst) to 5 (best):
 *
 *   status       ratingValue  alternateName
 *   supported    5            Supported
 *   unsupported  3            Unsupported   (no evidence either way)
 *   misleading   2            Misleading    (true in part, wrong impression)
 *   false        1            False
 *
 * The claim's author is its `source` (as an Organization: a ledger does not
 * say whether a source is a person), its date the claim's `date`, else the
 * article's `published`; its appearance is the article (sidecar url and
 * title).  The review's author is the configured `reviewer`, its url the
 * article's url with `#claim-ID`, its date today (or SOURCE_DATE_EPOCH). */
#include "gate.h"

#include <stdlib.h>
#include <string.h>

#define S_MAX_CLAIM_CHARS 200

static const struct {
    const char *status;
    int value;
    const char *name;
} S_ratings[] = {
    {"supported", 5, "Supported"},
    {"unsupported", 3, "Unsupported"},
    {"misleading", 2, "Misleading"},
    {"false", 1, "False"},
};

static void S_add(cJSON *o, const char *key, const char *s)
{
    char *t = cc_utf8_fix(s);
    cJSON_AddStringToObject(o, key, t);
    free(t);
}

/* s cut to at most max code points, the last of them "…" when cut. */
static char *S_shorten(const char *s, size_t max)
{
    char *t = cc_utf8_fix(s);
    size_t n = strlen(t), chars = 0, cut = 0;
    for (size_t i = 0; i < n; chars++) {
        if (chars == max - 1)
            cut = i;
        unsigned cp;
        size_t k = cc_utf8_decode(t + i, n - i, &cp);
        i += k ? k : 1;
    }
    if (chars <= max)
        return t;
    while (cut > 0 && t[cut - 1] == ' ')
        cut--;
    char *out = cc_xasprintf("%.*s\xE2\x80\xA6", (int)cut, t);
    free(t);
    return out;
}

static char *S_fragment(const char *id)
{
    static const char hex[] = "0123456789ABCDEF";
    cc_buf b = CC_BUF_INIT;
    cc_buf_puts(&b, "#claim-");
    for (const unsigned char *p = (const unsigned char *)id; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
            *p == '.' || *p == '_' || *p == '~') {
            cc_buf_putc(&b, (char)*p);
        } else {
            cc_buf_putc(&b, '%');
            cc_buf_putc(&b, hex[*p >> 4]);
            cc_buf_putc(&b, hex[*p & 15]);
        }
    }
    return cc_buf_detach(&b);
}

static cJSON *S_review(const cc_ledger *lg, const cc_claim *c, int rating, const char *rname, const cc_config *cfg,
                       const char *today)
{
    const char *id = cc_claim_get(lg, c, "id"), *source = cc_claim_get(lg, c, "source");
    const char *date = cc_claim_get(lg, c, "date");
    const cc_sidecar *m = &lg->meta;

    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "@context", "https://schema.org");
    cJSON_AddStringToObject(o, "@type", "ClaimReview");
    if (m->url && *m->url) {
        char *frag = S_fragment(id);
        char *url = cc_xasprintf("%s%s", m->url, frag);
        S_add(o, "url", url);
        free(url);
        free(frag);
    }
    char *quote = S_shorten(cc_claim_get(lg, c, "quote"), S_MAX_CLAIM_CHARS);
    cJSON_AddStringToObject(o, "claimReviewed", quote);
    free(quote);
    cJSON_AddStringToObject(o, "datePublished", today);

    cJSON *author = cJSON_AddObjectToObject(o, "author");
    cJSON_AddStringToObject(author, "@type", "Organization");
    S_add(author, "name", cfg && cfg->reviewer_name ? cfg->reviewer_name : "claimcheck");
    if (cfg && cfg->reviewer_name && cfg->reviewer_url)
        S_add(author, "url", cfg->reviewer_url);

    cJSON *r = cJSON_AddObjectToObject(o, "reviewRating");
    cJSON_AddStringToObject(r, "@type", "Rating");
    cJSON_AddNumberToObject(r, "ratingValue", rating);
    cJSON_AddNumberToObject(r, "bestRating", 5);
    cJSON_AddNumberToObject(r, "worstRating", 1);
    cJSON_AddStringToObject(r, "alternateName", rname);

    cJSON *item = cJSON_AddObjectToObject(o, "itemReviewed");
    cJSON_AddStringToObject(item, "@type", "Claim");
    if (*source) {
        cJSON *a = cJSON_AddObjectToObject(item, "author");
        cJSON_AddStringToObject(a, "@type", "Organization");
        S_add(a, "name", source);
    }
    if (*date)
        S_add(item, "datePublished", date);
    else if (m->published && *m->published)
        S_add(item, "datePublished", m->published);
    if ((m->url && *m->url) || (m->title && *m->title)) {
        cJSON *ap = cJSON_AddObjectToObject(item, "appearance");
        cJSON_AddStringToObject(ap, "@type", "CreativeWork");
        if (m->url && *m->url)
            S_add(ap, "url", m->url);
        if (m->title && *m->title)
            S_add(ap, "headline", m->title);
    }
    return o;
}

void cc_render_claimreview(FILE *fp, const cc_report_in *in)
{
    char today[11];
    cc_gate_today(today);
    if (!in->cfg || !in->cfg->reviewer_name)
        fputs("claimcheck: warning: no reviewer in the configuration (\"reviewer\": {\"name\": …, \"url\": …} in "
              ".claimcheck.json); the reviews name \"claimcheck\" as their author\n",
              stderr);
    cJSON *a = cJSON_CreateArray();
    for (size_t l = 0; l < in->nledgers; l++) {
        const cc_ledger *lg = &in->ledgers[l];
        for (size_t i = 0; i < lg->nclaims; i++) {
            const char *status = cc_claim_get(lg, &lg->claims[i], "status");
            for (size_t k = 0; k < sizeof S_ratings / sizeof S_ratings[0]; k++)
                if (strcmp(status, S_ratings[k].status) == 0)
                    cJSON_AddItemToArray(a, S_review(lg, &lg->claims[i], S_ratings[k].value, S_ratings[k].name,
                                                     in->cfg, today));
        }
    }
    char *s = cJSON_Print(a);
    fputs(s, fp);
    fputc('\n', fp);
    free(s);
    cJSON_Delete(a);
}
