/* baseline.c — accepting today's findings so that a gate fails only on new
 * ones.  A baseline is a JSON file:
 *
 *   {"claimcheck_baseline": 1,
 *    "tool": {"name": "claimcheck", "version": "0.1.0"},
 *    "findings": [{"file": "claims/x.csv", "fingerprint": "0123456789abcdef",
 *                  "rule": "vague-comparator", "claim": "x-04",
 *                  "column": "comparator", "message": "…"}, …]}
 *
 * `file` is relative to the repository root (so the baseline holds in any
 * checkout and from any directory) and `fingerprint` is the SARIF one
 * (fingerprint.c); a finding matches an entry with both equal, each entry
 * accepting one finding.  rule, claim, column and message are for the
 * people who review the baseline's diff.  Entries are sorted by file,
 * claim, rule and fingerprint, never by line, so that moving lines does not
 * rewrite the baseline. */
#include "gate.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    char *file;
    char fp[CC_FP_LEN];
    char *rule, *claim, *column, *message;
    size_t line;        /* of the entry in the baseline file; 0 when unknown */
    bool matched;
} S_entry;

typedef struct {
    S_entry *v;
    size_t n, cap;
} S_entries;

struct cc_baseline {
    char *path;
    S_entries loaded;
    S_entries recorded;
    char **seen;        /* repository paths of the files checked against it */
    size_t nseen, capseen;
};

static S_entry *S_push(S_entries *es)
{
    if (es->n == es->cap) {
        es->cap = es->cap ? 2 * es->cap : 32;
        es->v = cc_xrealloc(es->v, es->cap * sizeof *es->v);
    }
    S_entry *e = &es->v[es->n++];
    memset(e, 0, sizeof *e);
    return e;
}

static void S_entries_free(S_entries *es)
{
    for (size_t i = 0; i < es->n; i++) {
        free(es->v[i].file);
        free(es->v[i].rule);
        free(es->v[i].claim);
        free(es->v[i].column);
        free(es->v[i].message);
    }
    free(es->v);
    memset(es, 0, sizeof *es);
}

static int S_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static int S_key_cmp(const void *a, const void *b)
{
    const S_entry *x = a, *y = b;
    int c = strcmp(x->file, y->file);
    return c ? c : strcmp(x->fp, y->fp);
}

static int S_order_cmp(const void *a, const void *b)
{
    const S_entry *x = a, *y = b;
    int c = strcmp(x->file, y->file);
    if (!c)
        c = S_str(x->claim, y->claim);
    if (!c)
        c = S_str(x->rule, y->rule);
    return c ? c : strcmp(x->fp, y->fp);
}

cc_baseline *cc_baseline_new(void)
{
    return cc_xcalloc(1, sizeof(cc_baseline));
}

void cc_baseline_free(cc_baseline *bl)
{
    if (!bl)
        return;
    S_entries_free(&bl->loaded);
    S_entries_free(&bl->recorded);
    for (size_t i = 0; i < bl->nseen; i++)
        free(bl->seen[i]);
    free(bl->seen);
    free(bl->path);
    free(bl);
}

static char *S_get(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? cc_xstrdup(v->valuestring) : NULL;
}

static bool S_hex16(const char *s)
{
    if (!s || strlen(s) != CC_FP_LEN - 1)
        return false;
    for (; *s; s++)
        if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
            return false;
    return true;
}

bool cc_baseline_load(cc_baseline *bl, const char *path, char **err)
{
    char *data = NULL;
    size_t len = 0;
    if (!cc_cfg_read_file(path, &data, &len, err))
        return false;
    size_t off = 0;
    char *lint = cc_cfg_json_lint(data, len, 64, &off);
    if (lint) {
        size_t line, col;
        cc_cfg_line_col(data, off, &line, &col);
        *err = cc_xasprintf("%s:%zu:%zu: not a baseline: %s", path, line, col, lint);
        free(lint);
        free(data);
        return false;
    }
    cJSON *doc = cJSON_ParseWithLength(data, len);
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(doc, "findings");
    if (!cJSON_IsObject(doc) || !cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(doc, "claimcheck_baseline")) ||
        !cJSON_IsArray(list)) {
        *err = cc_xasprintf("%s: not a claimcheck baseline: expected an object with "
                            "\"claimcheck_baseline\": 1 and a \"findings\" array (write one with --write-baseline)",
                            path);
        cJSON_Delete(doc);
        free(data);
        return false;
    }
    /* The line of an entry is where its fingerprint is first written. */
    size_t i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, list)
    {
        char *file = S_get(it, "file"), *fp = S_get(it, "fingerprint");
        if (!file || !S_hex16(fp)) {
            *err = cc_xasprintf("%s: entry %zu of \"findings\": expected \"file\" and a \"fingerprint\" of "
                                "16 lowercase hex digits",
                                path, i + 1);
            free(file);
            free(fp);
            cJSON_Delete(doc);
            free(data);
            return false;
        }
        S_entry *e = S_push(&bl->loaded);
        e->file = file;
        memcpy(e->fp, fp, CC_FP_LEN);
        free(fp);
        e->rule = S_get(it, "rule");
        e->claim = S_get(it, "claim");
        e->column = S_get(it, "column");
        e->message = S_get(it, "message");
        const char *at = strstr(data, e->fp);
        if (at) {
            size_t col;
            cc_cfg_line_col(data, (size_t)(at - data), &e->line, &col);
        }
        i++;
    }
    cJSON_Delete(doc);
    free(data);
    if (bl->loaded.n) /* qsort(NULL, 0, ...) is undefined: an empty baseline */
        qsort(bl->loaded.v, bl->loaded.n, sizeof *bl->loaded.v, S_key_cmp);
    free(bl->path);
    bl->path = cc_xstrdup(path);
    return true;
}

/* The repository paths of a ledger's two files, computed once per call. */
typedef struct {
    const cc_ledger *lg;
    char *csv, *meta;
} S_paths;

static const char *S_path_of(S_paths *p, const cc_finding *f)
{
    if (!f->file)
        return "";
    if (p->lg->meta.path && strcmp(f->file, p->lg->meta.path) == 0) {
        if (!p->meta)
            p->meta = cc_repo_path(f->file, NULL);
        return p->meta;
    }
    if (!p->csv)
        p->csv = cc_repo_path(p->lg->path ? p->lg->path : f->file, NULL);
    return p->csv;
}

static char (*S_prints(const cc_ledger *lg, const cc_findings *fs))[CC_FP_LEN]
{
    char (*fps)[CC_FP_LEN] = cc_xmalloc((fs->n ? fs->n : 1) * sizeof *fps);
    cc_fingerprints(lg, 1, fs, fps);
    return fps;
}

static char *S_dup(const char *s)
{
    return s ? cc_utf8_fix(s) : NULL;
}

void cc_baseline_record(cc_baseline *bl, const cc_ledger *lg, const cc_findings *fs)
{
    char (*fps)[CC_FP_LEN] = S_prints(lg, fs);
    S_paths p = {lg, NULL, NULL};
    for (size_t i = 0; i < fs->n; i++) {
        const cc_finding *f = &fs->v[i];
        if (f->suppressed)
            continue;
        S_entry *e = S_push(&bl->recorded);
        e->file = cc_utf8_fix(S_path_of(&p, f));
        memcpy(e->fp, fps[i], CC_FP_LEN);
        e->rule = cc_xstrdup(f->rule);
        e->claim = S_dup(f->claim);
        e->column = S_dup(f->column);
        e->message = S_dup(f->message);
    }
    free(p.csv);
    free(p.meta);
    free(fps);
}

static void S_seen(cc_baseline *bl, const char *path)
{
    for (size_t i = 0; i < bl->nseen; i++)
        if (strcmp(bl->seen[i], path) == 0)
            return;
    if (bl->nseen == bl->capseen) {
        bl->capseen = bl->capseen ? 2 * bl->capseen : 8;
        bl->seen = cc_xrealloc(bl->seen, bl->capseen * sizeof *bl->seen);
    }
    bl->seen[bl->nseen++] = cc_xstrdup(path);
}

bool cc_finding_baselined(const cc_finding *f)
{
    size_t n = strlen(CC_BASELINE_REASON);
    return f->suppressed && f->suppress_reason && strncmp(f->suppress_reason, CC_BASELINE_REASON, n) == 0 &&
           f->suppress_reason[n] == ':';
}

size_t cc_baseline_apply(cc_baseline *bl, const cc_ledger *lg, cc_findings *fs)
{
    S_paths p = {lg, NULL, NULL};
    if (lg->path)
        S_seen(bl, S_path_of(&p, &(cc_finding){.file = lg->path}));
    if (lg->meta.path)
        S_seen(bl, S_path_of(&p, &(cc_finding){.file = lg->meta.path}));
    char (*fps)[CC_FP_LEN] = S_prints(lg, fs);
    size_t marked = 0;
    for (size_t i = 0; i < fs->n; i++) {
        cc_finding *f = &fs->v[i];
        if (f->suppressed)
            continue;
        S_entry key;
        memset(&key, 0, sizeof key);
        key.file = (char *)S_path_of(&p, f);
        memcpy(key.fp, fps[i], CC_FP_LEN);
        S_entry *e = bsearch(&key, bl->loaded.v, bl->loaded.n, sizeof *bl->loaded.v, S_key_cmp);
        if (!e)
            continue;
        while (e > bl->loaded.v && S_key_cmp(e - 1, &key) == 0)
            e--;
        for (; e < bl->loaded.v + bl->loaded.n && S_key_cmp(e, &key) == 0 && e->matched; e++)
            ;
        if (e == bl->loaded.v + bl->loaded.n || S_key_cmp(e, &key) != 0)
            continue;
        e->matched = true;
        f->suppressed = true;
        free(f->suppress_reason);
        f->suppress_reason = cc_xasprintf(CC_BASELINE_REASON ": accepted in %s", bl->path);
        marked++;
    }
    free(p.csv);
    free(p.meta);
    free(fps);
    return marked;
}

void cc_baseline_stale(cc_baseline *bl, const cc_config *cfg, cc_findings *out)
{
    cc_severity sev = cfg ? cc_config_severity(cfg, "stale-baseline") : CC_SEV_WARNING;
    if (sev == CC_SEV_OFF)
        return;
    for (size_t i = 0; i < bl->loaded.n; i++) {
        const S_entry *e = &bl->loaded.v[i];
        bool seen = false;
        for (size_t k = 0; k < bl->nseen && !seen; k++)
            seen = strcmp(bl->seen[k], e->file) == 0;
        if (e->matched || !seen)
            continue;
        cc_finding *f = cc_findings_add(
            out, "stale-baseline", bl->path, e->line, "fingerprint", e->claim, NULL,
            "the baseline accepts %s%s%s in %s, but no current finding matches it (fixed, or its claim "
            "changed): remove the entry, e.g. by rewriting the baseline with --write-baseline",
            e->rule ? e->rule : "a finding", e->claim ? " on " : "", e->claim ? e->claim : "", e->file);
        f->severity = sev;
    }
}

bool cc_baseline_write(const cc_baseline *bl, FILE *fp)
{
    S_entry *v = cc_xmalloc((bl->recorded.n ? bl->recorded.n : 1) * sizeof *v);
    if (bl->recorded.n)
        memcpy(v, bl->recorded.v, bl->recorded.n * sizeof *v);
    qsort(v, bl->recorded.n, sizeof *v, S_order_cmp);
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddNumberToObject(doc, "claimcheck_baseline", 1);
    cJSON *tool = cJSON_AddObjectToObject(doc, "tool");
    cJSON_AddStringToObject(tool, "name", "claimcheck");
    cJSON_AddStringToObject(tool, "version", CC_VERSION);
    cJSON *list = cJSON_AddArrayToObject(doc, "findings");
    for (size_t i = 0; i < bl->recorded.n; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "file", v[i].file);
        cJSON_AddStringToObject(o, "fingerprint", v[i].fp);
        cJSON_AddStringToObject(o, "rule", v[i].rule);
        if (v[i].claim)
            cJSON_AddStringToObject(o, "claim", v[i].claim);
        if (v[i].column)
            cJSON_AddStringToObject(o, "column", v[i].column);
        if (v[i].message)
            cJSON_AddStringToObject(o, "message", v[i].message);
        cJSON_AddItemToArray(list, o);
    }
    free(v);
    char *s = cJSON_Print(doc);
    cJSON_Delete(doc);
    bool ok = fputs(s, fp) >= 0 && fputc('\n', fp) != EOF;
    free(s);
    return ok;
}
