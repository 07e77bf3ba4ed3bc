/* findings.c — the list of findings every check appends to. */
#include "claimcheck.h"

#include <stdlib.h>
#include <string.h>

static char *S_dup(const char *s)
{
    return s ? cc_xstrdup(s) : NULL;
}

cc_finding *cc_findings_add(cc_findings *list, const char *rule, const char *file, size_t line,
                            const char *column, const char *claim, const char *derivation,
                            const char *fmt, ...)
{
    if (list->n == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 16;
        list->v = cc_xrealloc(list->v, list->cap * sizeof *list->v);
    }
    const cc_rule *r = cc_rule_find(rule);
    cc_finding *f = &list->v[list->n++];
    memset(f, 0, sizeof *f);
    f->rule = r ? r->id : rule;
    f->severity = r ? r->severity : CC_SEV_ERROR;
    f->file = S_dup(file);
    f->line = line;
    f->column = S_dup(column);
    f->claim = S_dup(claim);
    f->derivation = S_dup(derivation);
    va_list ap;
    va_start(ap, fmt);
    f->message = cc_xvasprintf(fmt, ap);
    va_end(ap);
    return f;
}

void cc_finding_clear(cc_finding *f)
{
    free(f->file);
    free(f->column);
    free(f->claim);
    free(f->message);
    free(f->derivation);
    free(f->suppress_reason);
    memset(f, 0, sizeof *f);
}

void cc_findings_free(cc_findings *list)
{
    for (size_t i = 0; i < list->n; i++)
        cc_finding_clear(&list->v[i]);
    free(list->v);
    memset(list, 0, sizeof *list);
}

void cc_findings_configure(cc_findings *list, size_t from, const cc_config *cfg)
{
    size_t w = from;
    for (size_t i = from; i < list->n; i++) {
        cc_finding *f = &list->v[i];
        cc_severity s = cc_config_severity(cfg, f->rule);
        if (s == CC_SEV_OFF) {
            cc_finding_clear(f);
            continue;
        }
        f->severity = s;
        list->v[w++] = *f;
    }
    list->n = w;
}

static int S_cmp(const cc_finding *a, const cc_finding *b)
{
    int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
    if (c)
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->severity != b->severity)
        return a->severity > b->severity ? -1 : 1;
    return strcmp(a->rule, b->rule);
}

/* Merge sort: stable, so findings that compare equal keep the order the
 * checks produced them in. */
static void S_msort(cc_finding *v, cc_finding *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    S_msort(v, tmp, h);
    S_msort(v + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = S_cmp(&v[j], &v[i]) < 0 ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

void cc_findings_sort(cc_findings *list)
{
    if (list->n < 2)
        return;
    cc_finding *tmp = cc_xmalloc(list->n * sizeof *tmp);
    S_msort(list->v, tmp, list->n);
    free(tmp);
}

const char *cc_severity_name(cc_severity s)
{
    switch (s) {
    case CC_SEV_ERROR: return "error";
    case CC_SEV_WARNING: return "warning";
    case CC_SEV_INFO: return "info";
    default: return "off";
    }
}

bool cc_severity_parse(const char *s, cc_severity *out)
{
    static const struct {
        const char *name;
        cc_severity sev;
    } names[] = {{"error", CC_SEV_ERROR}, {"warning", CC_SEV_WARNING}, {"info", CC_SEV_INFO}, {"off", CC_SEV_OFF}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i].name) == 0) {
            *out = names[i].sev;
            return true;
        }
    return false;
}
