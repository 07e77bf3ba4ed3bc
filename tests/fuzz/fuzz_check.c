/* fuzz_check.c — libFuzzer: ledger -> check -> every findings renderer,
 * each into a memory stream.  The renderers that other formats add are
 * referenced weakly, so the harness builds before they exist and calls
 * them once they do.  Nothing printed may hold inf or NaN that the input
 * did not hold, and the JSON formats must parse. */
#include "fuzz.h"
#include "render.h"

#include <cjson/cJSON.h>

void cc_render_sarif(FILE *fp, const cc_report_in *in);
void cc_render_github(FILE *fp, const cc_report_in *in);
void cc_render_md(FILE *fp, const cc_report_in *in);
void cc_render_claimreview(FILE *fp, const cc_report_in *in);
#pragma weak cc_render_sarif
#pragma weak cc_render_github
#pragma weak cc_render_md
#pragma weak cc_render_claimreview

typedef struct {
    const char *name;
    cc_renderer render;
    int json; /* 0 no, 1 one document, 2 one document a line */
} S_format;

static void S_check_json(const char *name, const char *s, size_t n, int json)
{
    if (json == 1) {
        cJSON *doc = cJSON_ParseWithLength(s, n);
        if (!doc) {
            fprintf(stderr, "fuzz: %s wrote invalid JSON\n", name);
            abort();
        }
        cJSON_Delete(doc);
        return;
    }
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            fprintf(stderr, "fuzz: %s: last line without newline\n", name);
            abort();
        }
        cJSON *doc = cJSON_ParseWithLength(p, (size_t)(nl - p));
        if (!doc) {
            fprintf(stderr, "fuzz: %s wrote an invalid JSON line\n", name);
            abort();
        }
        cJSON_Delete(doc);
        p = nl + 1;
    }
}

/* What cmd_check does around cc_check_ledger: configured severities on
 * the reader's findings; afterwards rules set to off dropped, then the sort. */
static void S_apply_config(cc_findings *fs, const cc_config *cfg)
{
    for (size_t i = 0; i < fs->n; i++)
        fs->v[i].severity = cc_config_severity(cfg, fs->v[i].rule);
}

static void S_drop_off_and_sort(cc_findings *fs)
{
    size_t k = 0;
    for (size_t i = 0; i < fs->n; i++) {
        cc_finding *f = &fs->v[i];
        if (f->severity == CC_SEV_OFF) {
            free(f->file);
            free(f->column);
            free(f->claim);
            free(f->message);
            free(f->derivation);
            free(f->suppress_reason);
            continue;
        }
        fs->v[k++] = *f;
    }
    fs->n = k;
    cc_findings_sort(fs);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const S_format formats[] = {
        {"text", cc_render_text, 0},          {"line", cc_render_line, 0},
        {"json", cc_render_json, 1},          {"jsonl", cc_render_jsonl, 2},
        {"sarif", cc_render_sarif, 1},        {"github", cc_render_github, 0},
        {"md", cc_render_md, 0},              {"claimreview", cc_render_claimreview, 1},
    };
    cc_config cfg;
    cc_config_defaults(&cfg);
    /* with no reviewer, claimreview warns on stderr at every run */
    cfg.reviewer_name = cc_xstrdup("Fuzz Desk");
    cfg.reviewer_url = cc_xstrdup("https://example.org/<&>\"");
    cc_ledger lg;
    cc_findings fs = {NULL, 0, 0};
    cc_coverage cov;
    memset(&cov, 0, sizeof cov);
    memset(&lg, 0, sizeof lg);
    cc_ledger_parse("claims/fuzz.csv", (const char *)data, size, &lg, &fs);
    S_apply_config(&fs, &cfg);
    cc_check_ledger(&lg, &cfg, &fs, &cov);
    S_drop_off_and_sort(&fs);
    if (cov.claims != lg.nclaims || cov.checkable > cov.claims)
        abort();

    cc_report_in in;
    memset(&in, 0, sizeof in);
    in.ledgers = &lg;
    in.nledgers = 1;
    in.findings = &fs;
    in.cov = cov;
    in.cfg = &cfg;
    in.fail_on = CC_SEV_ERROR;
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        if (!formats[i].render)
            continue;
        for (int color = 0; color <= (formats[i].json ? 0 : 1); color++) {
            char *buf = NULL;
            size_t len = 0;
            FILE *fp = open_memstream(&buf, &len);
            if (!fp)
                abort();
            in.color = color;
            formats[i].render(fp, &in);
            if (fclose(fp) != 0)
                abort();
            S_assert_finite_text(formats[i].name, data, size, buf, len);
            if (formats[i].json)
                S_check_json(formats[i].name, buf, len, formats[i].json);
            free(buf);
        }
    }
    cc_findings_free(&fs);
    cc_ledger_free(&lg);
    cc_config_free(&cfg);
    return 0;
}
