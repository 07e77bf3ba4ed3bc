/* cmd_report.c — `claimcheck report`: the printed audit report (DESIGN 6). */
#include "cli.h"
#include "gate.h"
#include "report.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define S_ARTICLE_MAX (64u << 20) /* bytes: a longer article is not read */

static void S_usage(FILE *fp)
{
    fputs("usage: claimcheck report [options] LEDGER.csv|DIR...\n"
          "\n"
          "Writes the audit report of each ledger (a DIR means every *.csv directly in\n"
          "it; - is a ledger on standard input): the article's header, a summary of\n"
          "coverage, findings and verdicts, one card per claim with a chart of what its\n"
          "figures allow, and an appendix of the rules that fired.  The HTML page is\n"
          "self-contained (inline CSS and SVG, no scripts, nothing fetched) and prints\n"
          "on A4; tests/report/pdf.sh makes a PDF.\n"
          "\n"
          "  -f, --format FMT     html (default), md (for a wiki or a pull request) or\n"
          "                       text (80 columns, for a terminal or a printer)\n"
          "  -o, --output FILE    write to FILE (atomically) instead of standard output\n"
          "      --article FILE   the article text, to say where each quote occurs;\n"
          "                       default: the sidecar's `article`\n"
          "      --fail-on LEVEL  error (default), warning, info or never, as for check\n"
          "      --config FILE    the configuration; default: .claimcheck.json in the\n"
          "                       current directory or the nearest parent\n"
          "      --color WHEN     text format: auto (default), always or never\n"
          "  -q, --quiet          no summary line on standard error\n"
          "  -h, --help           show this help\n"
          "\n"
          "SOURCE_DATE_EPOCH (seconds since 1970) fixes the report's date, so that two\n"
          "runs give the same bytes; without it the report carries today's date.\n"
          "\n"
          "examples:\n"
          "  claimcheck report -o audit.html claims/cann-2025-06-10.csv\n"
          "  claimcheck report --format md claims/ > audit.md\n"
          "  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) claimcheck report -o a.html claims/\n"
          "\n"
          "Exit status: as for check: 0 no finding at or above --fail-on; 1 such\n"
          "findings; 2 usage error, unreadable ledger, bad config or a failed write.\n",
          fp);
}

/* The whole of a text file, or NULL. */
static char *S_slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    cc_buf b = CC_BUF_INIT;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len < S_ARTICLE_MAX)
        cc_buf_put(&b, chunk, n);
    bool bad = ferror(fp) || b.len >= S_ARTICLE_MAX;
    fclose(fp);
    if (bad) {
        cc_buf_free(&b);
        return NULL;
    }
    return cc_buf_detach(&b);
}

static void S_move(cc_findings *dst, cc_findings *src)
{
    for (size_t i = 0; i < src->n; i++) {
        if (dst->n == dst->cap) {
            dst->cap = dst->cap ? dst->cap * 2 : 32;
            dst->v = cc_xrealloc(dst->v, dst->cap * sizeof *dst->v);
        }
        dst->v[dst->n++] = src->v[i];
    }
    free(src->v);
    memset(src, 0, sizeof *src);
}

int cc_cmd_report(int argc, char **argv)
{
    enum { OPT_FAIL_ON = 256, OPT_CONFIG, OPT_COLOR, OPT_ARTICLE };
    static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                              {"output", required_argument, NULL, 'o'},
                                              {"article", required_argument, NULL, OPT_ARTICLE},
                                              {"fail-on", required_argument, NULL, OPT_FAIL_ON},
                                              {"config", required_argument, NULL, OPT_CONFIG},
                                              {"color", required_argument, NULL, OPT_COLOR},
                                              {"colour", required_argument, NULL, OPT_COLOR},
                                              {"quiet", no_argument, NULL, 'q'},
                                              {"help", no_argument, NULL, 'h'},
                                              {NULL, 0, NULL, 0}};
    const char *format = "html", *output = NULL, *fail_on_arg = NULL, *config_path = NULL, *color = "auto";
    const char *article = NULL;
    bool quiet = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+f:o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 'q': quiet = true; break;
        case OPT_ARTICLE: article = optarg; break;
        case OPT_FAIL_ON: fail_on_arg = optarg; break;
        case OPT_CONFIG: config_path = optarg; break;
        case OPT_COLOR: color = optarg; break;
        case 'h': S_usage(stdout); return CC_EXIT_OK;
        default: S_usage(stderr); return CC_EXIT_USAGE;
        }
    }
    void (*render)(FILE *, const cc_report_doc *) = NULL;
    if (strcmp(format, "html") == 0)
        render = cc_report_html;
    else if (strcmp(format, "md") == 0)
        render = cc_report_md;
    else if (strcmp(format, "text") == 0)
        render = cc_report_text;
    else {
        cc_die_msg("report: unknown format '%s': expected html, md or text", format);
        return CC_EXIT_USAGE;
    }
    int fail_on = -1;
    if ((fail_on_arg && !cc_cli_fail_on("report", fail_on_arg, &fail_on)) || !cc_cli_color("report", color))
        return CC_EXIT_USAGE;
    if (optind >= argc) {
        cc_die_msg("report: no ledger given: expected LEDGER.csv or DIR, e.g. claimcheck report claims/");
        S_usage(stderr);
        return CC_EXIT_USAGE;
    }
    char date[16];
    if (!cc_gate_today(date)) {
        cc_die_msg("report: SOURCE_DATE_EPOCH='%s' is not a number of seconds since 1970", getenv("SOURCE_DATE_EPOCH"));
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
    cc_paths paths = CC_PATHS_INIT;
    for (int i = optind; i < argc; i++)
        if (!cc_paths_add_arg(&paths, argv[i]))
            status = CC_EXIT_USAGE;

    cc_ledger *ledgers = cc_xcalloc(paths.n ? paths.n : 1, sizeof *ledgers);
    cc_report_part *parts = cc_xcalloc(paths.n ? paths.n : 1, sizeof *parts);
    char **texts = cc_xcalloc(paths.n ? paths.n : 1, sizeof *texts);
    char **apaths = cc_xcalloc(paths.n ? paths.n : 1, sizeof *apaths);
    size_t nl = 0;
    cc_findings all = {NULL, 0, 0};
    cc_report_in in = {NULL, 0, NULL, {0, 0, 0, false, 0, 0}, &cfg, fail_on, false};
    for (size_t i = 0; i < paths.n; i++) {
        cc_ledger *lg = &ledgers[nl];
        cc_findings fs = {NULL, 0, 0};
        char *err = NULL;
        if (!cc_ledger_read(paths.v[i], lg, &fs, &err)) {
            cc_die_msg("%s", err);
            free(err);
            cc_findings_free(&fs);
            status = CC_EXIT_USAGE;
            continue;
        }
        cc_check_ledger(lg, &cfg, &fs, &parts[nl].cov);
        cc_findings_sort(&fs);
        in.cov.claims += parts[nl].cov.claims;
        in.cov.figures += parts[nl].cov.figures;
        in.cov.checkable += parts[nl].cov.checkable;
        S_move(&all, &fs);
        apaths[nl] = article ? cc_xstrdup(article) : cc_sidecar_article(lg);
        if (apaths[nl]) {
            texts[nl] = S_slurp(apaths[nl]);
            if (!texts[nl] && !quiet)
                cc_die_msg("report: cannot read the article %s: quotes are not looked up", apaths[nl]);
        }
        nl++;
    }
    in.ledgers = ledgers;
    in.nledgers = nl;
    in.findings = &all;
    for (size_t i = 0; i < nl; i++) {
        parts[i].lg = &ledgers[i];
        parts[i].f = cc_report_part_findings(&in, &ledgers[i], &parts[i].nf);
        parts[i].article_path = apaths[i];
        parts[i].article = texts[i];
    }

    bool fails = false;
    for (size_t i = 0; i < all.n && fail_on != CC_FAIL_NEVER; i++)
        if (!all.v[i].suppressed && (int)all.v[i].severity >= fail_on)
            fails = true;

    cc_out out;
    if (cc_out_open(&out, output)) {
        in.color = strcmp(format, "text") == 0 && cc_use_color(color, out.fp);
        cc_report_doc doc = {&in, parts, date};
        if (nl)
            render(out.fp, &doc);
        if (!cc_out_close(&out, nl > 0))
            status = CC_EXIT_USAGE;
    } else {
        status = CC_EXIT_USAGE;
    }
    if (!quiet && nl && (output || strcmp(format, "text") != 0)) {
        cc_report_counts n;
        cc_report_count(&all, &n);
        cc_buf b = CC_BUF_INIT;
        cc_report_summary(&b, nl, &in.cov, &n);
        fprintf(stderr, "%s\n", b.data);
        cc_buf_free(&b);
    }

    for (size_t i = 0; i < nl; i++) {
        free(parts[i].f);
        free(texts[i]);
        free(apaths[i]);
        cc_ledger_free(&ledgers[i]);
    }
    free(parts);
    free(texts);
    free(apaths);
    free(ledgers);
    cc_findings_free(&all);
    cc_paths_free(&paths);
    cc_config_free(&cfg);
    if (status == CC_EXIT_OK && fails)
        status = CC_EXIT_FINDINGS;
    return status;
}
