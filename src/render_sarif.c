/* render_sarif.c — SARIF 2.1.0, the log format GitHub code scanning (and
 * most review tools) read: one run, the whole rule catalogue, one result
 * per finding on its repository-relative file and line. */
#include "gate.h"

#include <stdlib.h>
#include <string.h>

#define S_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

/* SARIF has no "info": a note is its nearest level. */
static const char *S_level(cc_severity s)
{
    switch (s) {
    case CC_SEV_ERROR: return "error";
    case CC_SEV_WARNING: return "warning";
    case CC_SEV_INFO: return "note";
    default: return "none";
    }
}

static void S_add_text(cJSON *o, const char *key, const char *text)
{
    cJSON *m = cJSON_AddObjectToObject(o, key);
    char *t = cc_utf8_fix(text);
    cJSON_AddStringToObject(m, "text", t);
    free(t);
}

/* A relative URI reference: unreserved bytes and '/' as they are, every
 * other byte percent-encoded, so that "a:b.csv" cannot read as a scheme. */
static char *S_uri(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    cc_buf b = CC_BUF_INIT;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
            *p == '.' || *p == '_' || *p == '~' || *p == '/') {
            cc_buf_putc(&b, (char)*p);
        } else {
            cc_buf_putc(&b, '%');
            cc_buf_putc(&b, hex[*p >> 4]);
            cc_buf_putc(&b, hex[*p & 15]);
        }
    }
    return cc_buf_detach(&b);
}

static cJSON *S_rule(const cc_rule *r)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", r->id);
    S_add_text(o, "shortDescription", r->summary);
    char *full = cc_xasprintf("%s %s", r->summary, r->why);
    S_add_text(o, "fullDescription", full);
    free(full);
    char *help = cc_xasprintf("%s\n\nFires: %s\n\nDoes not fire: %s", r->why, r->fires, r->passes);
    S_add_text(o, "help", help);
    free(help);
    cJSON *cfg = cJSON_AddObjectToObject(o, "defaultConfiguration");
    cJSON_AddStringToObject(cfg, "level", S_level(r->severity));
    cJSON *props = cJSON_AddObjectToObject(o, "properties");
    cJSON *tags = cJSON_AddArrayToObject(props, "tags");
    cJSON_AddItemToArray(tags, cJSON_CreateString("claimcheck"));
    cJSON_AddItemToArray(tags, cJSON_CreateString(cc_severity_name(r->severity)));
    return o;
}

/* The configuration of this run where it differs from the catalogue. */
static void S_overrides(cJSON *inv, const cc_config *cfg, const cc_rule *rules, size_t nrules)
{
    if (!cfg)
        return;
    cJSON *a = NULL;
    for (size_t i = 0; i < nrules; i++) {
        cc_severity s = cc_config_severity(cfg, rules[i].id);
        if (s == rules[i].severity)
            continue;
        if (!a)
            a = cJSON_AddArrayToObject(inv, "ruleConfigurationOverrides");
        cJSON *o = cJSON_CreateObject();
        cJSON *d = cJSON_AddObjectToObject(o, "descriptor");
        cJSON_AddStringToObject(d, "id", rules[i].id);
        cJSON_AddNumberToObject(d, "index", (double)i);
        cJSON *c = cJSON_AddObjectToObject(o, "configuration");
        if (s == CC_SEV_OFF)
            cJSON_AddBoolToObject(c, "enabled", false);
        else
            cJSON_AddStringToObject(c, "level", S_level(s));
        cJSON_AddItemToArray(a, o);
    }
}

static cJSON *S_location(cc_gate_files *files, const cc_report_in *in, const cc_finding *f)
{
    cJSON *loc = cJSON_CreateObject();
    cJSON *phys = cJSON_AddObjectToObject(loc, "physicalLocation");
    cJSON *art = cJSON_AddObjectToObject(phys, "artifactLocation");
    cc_gate_file *gf = cc_gate_file_get(files, f->file ? f->file : "");
    char *uri = S_uri(gf->rel);
    cJSON_AddStringToObject(art, "uri", uri);
    free(uri);
    if (gf->in_repo)
        cJSON_AddStringToObject(art, "uriBaseId", "%SRCROOT%");
    cJSON *region = cJSON_AddObjectToObject(phys, "region");
    size_t line, col;
    cc_gate_position(files, in, f, &line, &col);
    cJSON_AddNumberToObject(region, "startLine", (double)line);
    if (col)
        cJSON_AddNumberToObject(region, "startColumn", (double)col);
    if (f->claim) {
        cJSON *logical = cJSON_AddArrayToObject(loc, "logicalLocations");
        cJSON *l = cJSON_CreateObject();
        char *name = cc_utf8_fix(f->claim);
        cJSON_AddStringToObject(l, "name", name);
        free(name);
        cJSON_AddStringToObject(l, "kind", "object");
        cJSON_AddItemToArray(logical, l);
    }
    return loc;
}

void cc_render_sarif(FILE *fp, const cc_report_in *in)
{
    size_t nrules;
    const cc_rule *rules = cc_rules(&nrules);

    cJSON *doc = cJSON_CreateObject();
    cJSON_AddStringToObject(doc, "$schema", S_SCHEMA);
    cJSON_AddStringToObject(doc, "version", "2.1.0");
    cJSON *runs = cJSON_AddArrayToObject(doc, "runs");
    cJSON *run = cJSON_CreateObject();
    cJSON_AddItemToArray(runs, run);

    cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
    cJSON_AddStringToObject(driver, "name", "claimcheck");
    cJSON_AddStringToObject(driver, "version", CC_VERSION);
    cJSON_AddStringToObject(driver, "semanticVersion", CC_VERSION);
    cJSON_AddStringToObject(driver, "informationUri", CC_URL);
    cJSON *ra = cJSON_AddArrayToObject(driver, "rules");
    for (size_t i = 0; i < nrules; i++)
        cJSON_AddItemToArray(ra, S_rule(&rules[i]));

    cJSON *invs = cJSON_AddArrayToObject(run, "invocations");
    cJSON *inv = cJSON_CreateObject();
    cJSON_AddItemToArray(invs, inv);
    /* The run completed: findings are its result, not a failure. */
    cJSON_AddBoolToObject(inv, "executionSuccessful", true);
    S_overrides(inv, in->cfg, rules, nrules);

    cJSON_AddStringToObject(run, "columnKind", "unicodeCodePoints");

    const cc_findings *fs = in->findings;
    char (*fps)[CC_FP_LEN] = cc_xmalloc((fs->n ? fs->n : 1) * sizeof *fps);
    cc_fingerprints(in->ledgers, in->nledgers, fs, fps);
    cc_gate_files files = CC_GATE_FILES_INIT;
    cJSON *results = cJSON_AddArrayToObject(run, "results");
    cc_buf msg = CC_BUF_INIT;
    for (size_t i = 0; i < fs->n; i++) {
        const cc_finding *f = &fs->v[i];
        cJSON *r = cJSON_CreateObject();
        cJSON_AddStringToObject(r, "ruleId", f->rule);
        for (size_t k = 0; k < nrules; k++)
            if (strcmp(rules[k].id, f->rule) == 0) {
                cJSON_AddNumberToObject(r, "ruleIndex", (double)k);
                break;
            }
        cJSON_AddStringToObject(r, "level", S_level(f->severity));
        cc_buf_clear(&msg);
        cc_buf_puts(&msg, f->message && *f->message ? f->message : f->rule);
        if (f->derivation && *f->derivation) {
            cc_buf_puts(&msg, "\n");
            cc_buf_puts(&msg, f->derivation);
        }
        S_add_text(r, "message", msg.data);

        cJSON *locs = cJSON_AddArrayToObject(r, "locations");
        cJSON_AddItemToArray(locs, S_location(&files, in, f));

        cJSON *pf = cJSON_AddObjectToObject(r, "partialFingerprints");
        cJSON_AddStringToObject(pf, "primaryLocationLineHash", fps[i]);

        if (f->suppressed) {
            cJSON *sa = cJSON_AddArrayToObject(r, "suppressions");
            cJSON *s = cJSON_CreateObject();
            bool base = cc_finding_baselined(f);
            /* A baseline lives outside the ledger; an `ignore` entry in it. */
            cJSON_AddStringToObject(s, "kind", base ? "external" : "inSource");
            char *why = cc_utf8_fix(f->suppress_reason ? f->suppress_reason : "");
            cJSON_AddStringToObject(s, "justification", why);
            free(why);
            cJSON_AddItemToArray(sa, s);
        }
        if (f->claim || f->column) {
            cJSON *props = cJSON_AddObjectToObject(r, "properties");
            if (f->claim) {
                char *t = cc_utf8_fix(f->claim);
                cJSON_AddStringToObject(props, "claim", t);
                free(t);
            }
            if (f->column) {
                char *t = cc_utf8_fix(f->column);
                cJSON_AddStringToObject(props, "column", t);
                free(t);
            }
        }
        cJSON_AddItemToArray(results, r);
    }
    cc_buf_free(&msg);
    cc_gate_files_free(&files);
    free(fps);

    char *s = cJSON_Print(doc);
    fputs(s, fp);
    fputc('\n', fp);
    free(s);
    cJSON_Delete(doc);
}
