/* render_json.c — findings as JSON (the DESIGN 4 document) and as JSON Lines
 * (one finding a line, so the output of many processes concatenates). */
#include "gate.h"
#include "render.h"

#include <stdlib.h>
#include <string.h>

/* A string member, or null for NULL.  JSON must be valid UTF-8, and a
 * ledger may not be: invalid bytes become U+FFFD. */
static void S_add_str(cJSON *o, const char *key, const char *s)
{
    if (!s) {
        cJSON_AddNullToObject(o, key);
        return;
    }
    size_t n = strlen(s);
    if (cc_utf8_check(s, n) == n) {
        cJSON_AddStringToObject(o, key, s);
        return;
    }
    char *t = cc_utf8_fix(s);
    cJSON_AddStringToObject(o, key, t);
    free(t);
}

cJSON *cc_finding_to_json(const cc_finding *f)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "rule", f->rule);
    cJSON_AddStringToObject(o, "severity", cc_severity_name(f->severity));
    S_add_str(o, "file", f->file);
    if (f->line)
        cJSON_AddNumberToObject(o, "line", (double)f->line);
    else
        cJSON_AddNullToObject(o, "line");
    S_add_str(o, "column", f->column);
    S_add_str(o, "claim", f->claim);
    S_add_str(o, "message", f->message);
    S_add_str(o, "derivation", f->derivation);
    cJSON_AddBoolToObject(o, "suppressed", f->suppressed);
    S_add_str(o, "suppress_reason", f->suppressed ? f->suppress_reason : NULL);
    return o;
}

static void S_print(FILE *fp, cJSON *doc, bool pretty)
{
    char *s = pretty ? cJSON_Print(doc) : cJSON_PrintUnformatted(doc);
    fputs(s, fp);
    fputc('\n', fp);
    free(s);
}

void cc_render_json(FILE *fp, const cc_report_in *in)
{
    cJSON *doc = cJSON_CreateObject();
    cJSON *tool = cJSON_AddObjectToObject(doc, "tool");
    cJSON_AddStringToObject(tool, "name", "claimcheck");
    cJSON_AddStringToObject(tool, "version", CC_VERSION);

    cJSON *files = cJSON_AddArrayToObject(doc, "files");
    for (size_t i = 0; i < in->nledgers; i++) {
        cJSON *f = cJSON_CreateObject();
        S_add_str(f, "path", in->ledgers[i].path);
        cJSON_AddNumberToObject(f, "claims", (double)in->ledgers[i].nclaims);
        cJSON_AddItemToArray(files, f);
    }

    cJSON *findings = cJSON_AddArrayToObject(doc, "findings");
    for (size_t i = 0; i < in->findings->n; i++)
        cJSON_AddItemToArray(findings, cc_finding_to_json(&in->findings->v[i]));

    cc_report_counts n;
    cc_report_count(in->findings, &n);
    cJSON *sum = cJSON_AddObjectToObject(doc, "summary");
    cJSON_AddNumberToObject(sum, "claims", (double)in->cov.claims);
    cJSON_AddNumberToObject(sum, "figures", (double)in->cov.figures);
    cJSON_AddNumberToObject(sum, "checkable", (double)in->cov.checkable);
    cJSON_AddNumberToObject(sum, "error", (double)n.error);
    cJSON_AddNumberToObject(sum, "warning", (double)n.warning);
    cJSON_AddNumberToObject(sum, "info", (double)n.info);
    cJSON_AddNumberToObject(sum, "suppressed", (double)n.suppressed);

    S_print(fp, doc, true);
    cJSON_Delete(doc);
}

void cc_render_jsonl(FILE *fp, const cc_report_in *in)
{
    for (size_t i = 0; i < in->findings->n; i++) {
        cJSON *o = cc_finding_to_json(&in->findings->v[i]);
        S_print(fp, o, false);
        cJSON_Delete(o);
    }
}
