/* cmd_audit.c — `claimcheck audit`: an article against its ledger.  The
 * findings go through the renderers of check; the coverage (figures
 * covered / figures found) closes the report. */
#include "cli.h"
#include "extract.h"
#include "internal.h"
#include "render.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    cc_renderer render;
} S_formats[] = {
    {"text", cc_render_text},
    {"line", cc_render_line},
    {"json", cc_render_json},
    {"jsonl", cc_render_jsonl},
};

static void S_usage(FILE *fp)
{
    fputs("usage: claimcheck audit [options] --claims LEDGER.csv [ARTICLE]\n"
          "\n"
          "Holds an article against its ledger: every claim's quote must be in the article\n"
          "(quote-not-found, an error, at the claim's line), and every figure of the article\n"
          "should be covered by a claim (unregistered-figure, a warning, at the figure's line\n"
          "in the article).  A figure is covered when it lies in a claim's quote and its\n"
          "number is one of that claim's before/after/change/value numbers.  Quotes match\n"
          "whatever the whitespace and full-/half-width forms.  Without ARTICLE, the\n"
          "article is the sidecar's `article` (LEDGER.json), relative to the sidecar.\n"
          "Either the ledger or the article may be - (standard input).\n"
          "\n"
          "  -c, --claims FILE    the ledger (required)\n"
          "  -f, --format FMT     text (default), line, json or jsonl\n"
          "      --fail-on LEVEL  error (default), warning, info or never\n"
          "      --config FILE    the configuration (default: .claimcheck.json nearby)\n"
          "      --color WHEN     auto (default), always or never\n"
          "  -o, --output FILE    write to FILE (atomically) instead of standard output\n"
          "  -q, --quiet          no summary on standard error\n"
          "  -h, --help           show this help\n"
          "\n"
          "examples:\n"
          "  claimcheck audit --claims claims/cann-2025-06-10.csv\n"
          "  claimcheck audit --claims claims/x.csv --fail-on warning article.txt\n"
          "\n"
          "Exit status: 0 nothing at or above --fail-on; 1 such findings; 2 usage error,\n"
          "unreadable ledger or article, bad config, or a failed write.\n",
          fp);
}

static void S_coverage(cc_buf *b, const cc_audit_cov *cov)
{
    cc_buf_printf(b, "coverage: %zu of %zu figure%s covered", cov->covered, cov->figures, cov->figures == 1 ? "" : "s");
    if (cov->figures)
        cc_buf_printf(b, " (%.0f%%)", 100.0 * (double)cov->covered / (double)cov->figures);
    cc_buf_printf(b, " \xC2\xB7 %zu of %zu quote%s found", cov->quotes_found, cov->claims, cov->claims == 1 ? "" : "s");
}

/* json: the document of check, with the coverage added to its summary. */
static void S_render_json(FILE *fp, const cc_report_in *in, const cc_audit_cov *cov, const char *article)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&mem, &len);
    if (!m) {
        cc_render_json(fp, in);
        return;
    }
    cc_render_json(m, in);
    fclose(m);
    cJSON *doc = cJSON_ParseWithLength(mem, len);
    free(mem);
    cJSON *sum = cJSON_GetObjectItemCaseSensitive(doc, "summary");
    if (!cJSON_IsObject(sum)) {
        cJSON_Delete(doc);
        cc_render_json(fp, in);
        return;
    }
    cJSON *c = cJSON_AddObjectToObject(sum, "coverage");
    cJSON_AddStringToObject(c, "article", article);
    cJSON_AddNumberToObject(c, "figures", (double)cov->figures);
    cJSON_AddNumberToObject(c, "covered", (double)cov->covered);
    cJSON_AddNumberToObject(c, "quotes", (double)cov->claims);
    cJSON_AddNumberToObject(c, "quotes_found", (double)cov->quotes_found);
    char *s = cJSON_Print(doc);
    fputs(s, fp);
    fputc('\n', fp);
    free(s);
    cJSON_Delete(doc);
}

int cc_cmd_audit(int argc, char **argv)
{
    enum { OPT_FAIL_ON = 256, OPT_CONFIG, OPT_COLOR };
    static const struct option longopts[] = {{"claims", required_argument, NULL, 'c'},
                                              {"format", required_argument, NULL, 'f'},
                                              {"fail-on", required_argument, NULL, OPT_FAIL_ON},
                                              {"config", required_argument, NULL, OPT_CONFIG},
                                              {"color", required_argument, NULL, OPT_COLOR},
                                              {"colour", required_argument, NULL, OPT_COLOR},
                                              {"output", required_argument, NULL, 'o'},
                                              {"quiet", no_argument, NULL, 'q'},
                                              {"help", no_argument, NULL, 'h'},
                                              {NULL, 0, NULL, 0}};
    const char *claims = NULL, *format = "text", *output = NULL, *fail_on_arg = NULL, *config_path = NULL,
               *color = "auto";
    bool quiet = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+c:f:o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'c': claims = optarg; break;
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 'q': quiet = true; break;
        case OPT_FAIL_ON: fail_on_arg = optarg; break;
        case OPT_CONFIG: config_path = optarg; break;
        case OPT_COLOR: color = optarg; break;
        case 'h': S_usage(stdout); return CC_EXIT_OK;
        default: S_usage(stderr); return CC_EXIT_USAGE;
        }
    }
    size_t fi = 0, nformats = sizeof S_formats / sizeof S_formats[0];
    while (fi < nformats && strcmp(format, S_formats[fi].name) != 0)
        fi++;
    if (fi == nformats) {
        cc_die_msg("audit: unknown format '%s': expected text, line, json or jsonl", format);
        return CC_EXIT_USAGE;
    }
    int fail_on = -1;
    if ((fail_on_arg && !cc_cli_fail_on("audit", fail_on_arg, &fail_on)) || !cc_cli_color("audit", color))
        return CC_EXIT_USAGE;
    if (!claims) {
        cc_die_msg("audit: no ledger given: expected --claims LEDGER.csv");
        S_usage(stderr);
        return CC_EXIT_USAGE;
    }
    if (argc - optind > 1) {
        cc_die_msg("audit: more than one article given: expected at most one ARTICLE");
        return CC_EXIT_USAGE;
    }
    if (strcmp(claims, "-") == 0 && optind < argc && strcmp(argv[optind], "-") == 0) {
        cc_die_msg("audit: the ledger and the article cannot both be standard input (-)");
        return CC_EXIT_USAGE;
    }

    cc_config cfg;
    if (!cc_cli_config(config_path, &cfg)) {
        cc_config_free(&cfg);
        return CC_EXIT_USAGE;
    }
    if (fail_on < 0)
        fail_on = cfg.fail_on;

    int status = CC_EXIT_OK;
    cc_ledger lg;
    cc_findings fs = {NULL, 0, 0};
    char *err = NULL, *article = NULL, *text = NULL;
    size_t n = 0;
    if (!cc_ledger_read(claims, &lg, &fs, &err)) {
        cc_die_msg("%s", err);
        free(err);
        cc_findings_free(&fs);
        cc_config_free(&cfg);
        return CC_EXIT_USAGE;
    }
    article = optind < argc ? cc_xstrdup(argv[optind]) : cc_sidecar_article(&lg);
    if (!article) {
        cc_die_msg("audit: no article given and %s has no sidecar with an `article` field: expected ARTICLE",
                   claims);
        status = CC_EXIT_USAGE;
        goto done;
    }
    if (!cc_read_input(article, &text, &n, &err)) {
        cc_die_msg("%s", err);
        status = CC_EXIT_USAGE;
        goto done;
    }

    cc_audit_cov cov;
    cc_audit(&lg, article, text, n, &cfg.tol, &fs, &cov);
    cc_findings_configure(&fs, 0, &cfg);
    cc_findings_sort(&fs);

    cc_out out;
    if (!cc_out_open(&out, output)) {
        status = CC_EXIT_USAGE;
        goto done;
    }
    cc_report_in in = {&lg, 1, &fs, {lg.nclaims, 0, 0, true, cov.figures, cov.covered}, &cfg, fail_on,
                       cc_use_color(color, out.fp)};
    cc_buf sum = CC_BUF_INIT;
    S_coverage(&sum, &cov);
    if (strcmp(format, "json") == 0) {
        S_render_json(out.fp, &in, &cov, article);
    } else {
        S_formats[fi].render(out.fp, &in);
        if (strcmp(format, "text") == 0)
            fprintf(out.fp, "%s\n", sum.data);
    }
    if (!cc_out_close(&out, true))
        status = CC_EXIT_USAGE;
    if (!quiet && (strcmp(format, "text") != 0 || output)) {
        cc_report_counts cnt;
        cc_report_count(&fs, &cnt);
        cc_buf b = CC_BUF_INIT;
        cc_report_summary(&b, 1, &in.cov, &cnt);
        fprintf(stderr, "%s\n%s\n", b.data, sum.data);
        cc_buf_free(&b);
    }
    cc_buf_free(&sum);
    if (status == CC_EXIT_OK && fail_on != CC_FAIL_NEVER)
        for (size_t i = 0; i < fs.n; i++)
            if (!fs.v[i].suppressed && (int)fs.v[i].severity >= fail_on)
                status = CC_EXIT_FINDINGS;

done:
    free(err);
    free(text);
    free(article);
    cc_findings_free(&fs);
    cc_ledger_free(&lg);
    cc_config_free(&cfg);
    return status;
}
