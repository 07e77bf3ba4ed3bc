/* cmd_check.c — `claimcheck check` (the CI gate), and the rule catalogue:
 * `claimcheck rules` and `claimcheck explain RULE`. */
#include "cli.h"
#include "gate.h"
#include "render.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/* Formats that print finding by finding stream: each ledger is rendered and
 * freed as soon as it is checked, so a run over an archive stays small. */
static const struct {
    const char *name;
    cc_renderer render;
    bool stream;
} S_formats[] = {
    {"text", cc_render_text, false},
    {"line", cc_render_line, true},
    {"json", cc_render_json, false},
    {"jsonl", cc_render_jsonl, true},
    {"sarif", cc_render_sarif, false},
    {"github", cc_render_github, false},
    {"md", cc_render_md, false},
    {"claimreview", cc_render_claimreview, false},
};

static void S_check_usage(FILE *fp)
{
    fputs("usage: claimcheck check [options] LEDGER.csv|DIR...\n"
          "\n"
          "Checks each ledger (a DIR means every *.csv directly in it, by name; - is a\n"
          "ledger on standard input, as extract --format csv writes one): reads every\n"
          "figure as printed, recomputes what can be derived, and reports where a ledger\n"
          "contradicts itself, where a figure is ambiguous, where it has no source.\n"
          "\n"
          "  -f, --format FMT     text (default: grouped by claim), line (path:line:col:\n"
          "                       severity: message [rule]), json, jsonl (one finding a line),\n"
          "                       sarif (SARIF 2.1.0 for code scanning), github (workflow-\n"
          "                       command annotations), md (a pull-request comment),\n"
          "                       claimreview (schema.org ClaimReview of each reviewed claim)\n"
          "      --fail-on LEVEL  error (default), warning, info or never: the lowest\n"
          "                       severity that makes the exit status 1 (overrides the config)\n"
          "      --config FILE    the configuration; default: .claimcheck.json in the\n"
          "                       current directory or the nearest parent\n"
          "      --color WHEN     auto (default: on a terminal, unless NO_COLOR is set),\n"
          "                       always or never\n"
          "      --baseline FILE  accept the findings recorded in FILE: they are listed as\n"
          "                       suppressed (\"baseline\") and do not count; an entry that\n"
          "                       matches no finding is a stale-baseline finding\n"
          "      --write-baseline FILE  record the findings that count now in FILE (atomically)\n"
          "  -o, --output FILE    write to FILE (atomically) instead of standard output\n"
          "  -q, --quiet          no summary line on standard error\n"
          "  -h, --help           show this help\n"
          "\n"
          "examples:\n"
          "  claimcheck check claims/\n"
          "  claimcheck check --fail-on warning claims/cann-2025-06-10.csv\n"
          "  claimcheck check --format line claims/ | head\n"
          "  claimcheck extract --format csv article.txt | claimcheck check -\n"
          "  claimcheck check --format jsonl -q claims/*.csv > findings.jsonl\n"
          "  claimcheck check --format sarif -o claimcheck.sarif claims/\n"
          "  claimcheck check --fail-on never --write-baseline .claimcheck-baseline.json claims/\n"
          "  claimcheck check --baseline .claimcheck-baseline.json claims/\n"
          "\n"
          "Limits: a figure of 256 bytes, a field of 1 MiB, 256 columns, 1,000,000\n"
          "records and 100 CSV syntax errors a ledger, JSON nested 64 deep; past one, a\n"
          "finding names the file and line (bad-figure, limit-exceeded, bad-sidecar).\n"
          "\n"
          "Exit status: 0 no finding at or above --fail-on (suppressed findings never\n"
          "count); 1 such findings; 2 usage error, unreadable ledger (the others are\n"
          "still checked), bad config, or a failed write.\n",
          fp);
}

static void S_append(cc_findings *dst, cc_findings *src)
{
    if (dst->n + src->n > dst->cap) {
        dst->cap = dst->n + src->n + 16;
        dst->v = cc_xrealloc(dst->v, dst->cap * sizeof *dst->v);
    }
    if (src->n)
        memcpy(dst->v + dst->n, src->v, src->n * sizeof *src->v);
    dst->n += src->n;
    free(src->v);
    memset(src, 0, sizeof *src);
}

static bool S_fails(const cc_findings *fs, int fail_on)
{
    if (fail_on == CC_FAIL_NEVER)
        return false;
    for (size_t i = 0; i < fs->n; i++)
        if (!fs->v[i].suppressed && (int)fs->v[i].severity >= fail_on)
            return true;
    return false;
}

int cc_cmd_check(int argc, char **argv)
{
    enum { OPT_FAIL_ON = 256, OPT_CONFIG, OPT_COLOR, OPT_BASELINE, OPT_WRITE_BASELINE };
    static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                              {"fail-on", required_argument, NULL, OPT_FAIL_ON},
                                              {"config", required_argument, NULL, OPT_CONFIG},
                                              {"color", required_argument, NULL, OPT_COLOR},
                                              {"colour", required_argument, NULL, OPT_COLOR},
                                              {"baseline", required_argument, NULL, OPT_BASELINE},
                                              {"write-baseline", required_argument, NULL, OPT_WRITE_BASELINE},
                                              {"output", required_argument, NULL, 'o'},
                                              {"quiet", no_argument, NULL, 'q'},
                                              {"help", no_argument, NULL, 'h'},
                                              {NULL, 0, NULL, 0}};
    const char *format = "text", *output = NULL, *fail_on_arg = NULL, *config_path = NULL, *color = "auto";
    const char *baseline_path = NULL, *write_baseline_path = NULL;
    bool quiet = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+f:o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 'q': quiet = true; break;
        case OPT_FAIL_ON: fail_on_arg = optarg; break;
        case OPT_CONFIG: config_path = optarg; break;
        case OPT_COLOR: color = optarg; break;
        case OPT_BASELINE: baseline_path = optarg; break;
        case OPT_WRITE_BASELINE: write_baseline_path = optarg; break;
        case 'h': S_check_usage(stdout); return CC_EXIT_OK;
        default: S_check_usage(stderr); return CC_EXIT_USAGE;
        }
    }

    size_t fi = 0, nformats = sizeof S_formats / sizeof S_formats[0];
    while (fi < nformats && strcmp(format, S_formats[fi].name) != 0)
        fi++;
    if (fi == nformats) {
        cc_buf b = CC_BUF_INIT;
        for (size_t i = 0; i < nformats; i++)
            cc_buf_printf(&b, "%s%s", i == 0 ? "" : i + 1 == nformats ? " or " : ", ", S_formats[i].name);
        cc_die_msg("check: unknown format '%s': expected %s", format, b.data);
        cc_buf_free(&b);
        return CC_EXIT_USAGE;
    }
    int fail_on = -1;
    if ((fail_on_arg && !cc_cli_fail_on("check", fail_on_arg, &fail_on)) || !cc_cli_color("check", color))
        return CC_EXIT_USAGE;
    if (optind >= argc) {
        cc_die_msg("check: no ledger given: expected LEDGER.csv or DIR, e.g. claimcheck check claims/");
        S_check_usage(stderr);
        return CC_EXIT_USAGE;
    }

    cc_config cfg;
    if (!cc_cli_config(config_path, &cfg)) {
        cc_config_free(&cfg);
        return CC_EXIT_USAGE;
    }
    if (fail_on < 0)
        fail_on = cfg.fail_on;
    cc_baseline *bl = NULL, *wbl = write_baseline_path ? cc_baseline_new() : NULL;
    if (baseline_path) {
        char *err = NULL;
        bl = cc_baseline_new();
        if (!cc_baseline_load(bl, baseline_path, &err)) {
            cc_die_msg("bad baseline: %s", err);
            free(err);
            cc_baseline_free(bl);
            cc_baseline_free(wbl);
            cc_config_free(&cfg);
            return CC_EXIT_USAGE;
        }
    }

    int status = CC_EXIT_OK;
    cc_paths paths = CC_PATHS_INIT;
    for (int i = optind; i < argc; i++)
        if (!cc_paths_add_arg(&paths, argv[i]))
            status = CC_EXIT_USAGE;

    cc_out out;
    if (!cc_out_open(&out, output)) {
        cc_paths_free(&paths);
        cc_config_free(&cfg);
        return CC_EXIT_USAGE;
    }
    bool stream = S_formats[fi].stream;
    cc_report_in in = {NULL, 0, NULL, {0, 0, 0, false, 0, 0}, &cfg, fail_on, cc_use_color(color, out.fp)};
    cc_ledger *ledgers = cc_xcalloc(stream ? 1 : (paths.n ? paths.n : 1), sizeof *ledgers);
    size_t nledgers = 0, nread = 0;
    cc_findings all = {NULL, 0, 0};
    cc_report_counts total = {0, 0, 0, 0};
    bool fails = false;
    for (size_t i = 0; i < paths.n; i++) {
        cc_ledger *lg = &ledgers[stream ? 0 : nledgers];
        cc_findings fs = {NULL, 0, 0};
        char *err = NULL;
        if (!cc_ledger_read(paths.v[i], lg, &fs, &err)) {
            cc_die_msg("%s", err);
            free(err);
            cc_findings_free(&fs);
            status = CC_EXIT_USAGE;
            continue;
        }
        nread++;
        cc_check_ledger(lg, &cfg, &fs, &in.cov);
        cc_findings_sort(&fs);
        /* Recorded before the baseline marks them: a rewritten baseline
         * keeps what it accepted and still holds. */
        if (wbl)
            cc_baseline_record(wbl, lg, &fs);
        if (bl)
            cc_baseline_apply(bl, lg, &fs);
        fails = fails || S_fails(&fs, fail_on);
        cc_report_counts n;
        cc_report_count(&fs, &n);
        total.error += n.error;
        total.warning += n.warning;
        total.info += n.info;
        total.suppressed += n.suppressed;
        if (stream) {
            in.ledgers = lg;
            in.nledgers = 1;
            in.findings = &fs;
            S_formats[fi].render(out.fp, &in);
            cc_findings_free(&fs);
            cc_ledger_free(lg);
        } else {
            nledgers++;
            S_append(&all, &fs);
        }
    }
    if (bl) {
        cc_findings stale = {NULL, 0, 0};
        cc_baseline_stale(bl, &cfg, &stale);
        fails = fails || S_fails(&stale, fail_on);
        cc_report_counts n;
        cc_report_count(&stale, &n);
        total.error += n.error;
        total.warning += n.warning;
        total.info += n.info;
        if (stream && stale.n) {
            in.ledgers = NULL;
            in.nledgers = 0;
            in.findings = &stale;
            S_formats[fi].render(out.fp, &in);
        }
        if (stream)
            cc_findings_free(&stale);
        else
            S_append(&all, &stale);
    }
    if (!stream) {
        in.ledgers = ledgers;
        in.nledgers = nledgers;
        in.findings = &all;
        S_formats[fi].render(out.fp, &in);
    }
    if (!cc_out_close(&out, true))
        status = CC_EXIT_USAGE;
    if (wbl && status == CC_EXIT_USAGE) {
        /* a ledger that could not be read would be missing from it */
        cc_die_msg("check: %s not written: not every ledger could be read", write_baseline_path);
        cc_baseline_free(wbl);
    } else if (wbl) {
        cc_out bo;
        if (!cc_out_open(&bo, write_baseline_path))
            status = CC_EXIT_USAGE;
        else if (!cc_out_close(&bo, cc_baseline_write(wbl, bo.fp)))
            status = CC_EXIT_USAGE;
        cc_baseline_free(wbl);
    }
    cc_baseline_free(bl);
    /* The text format carries its summary; on standard error it would repeat it. */
    if (!quiet && (strcmp(format, "text") != 0 || output)) {
        cc_buf b = CC_BUF_INIT;
        cc_report_summary(&b, nread, &in.cov, &total);
        fprintf(stderr, "%s\n", b.data);
        cc_buf_free(&b);
    }

    for (size_t i = 0; i < nledgers; i++)
        cc_ledger_free(&ledgers[i]);
    free(ledgers);
    cc_findings_free(&all);
    cc_paths_free(&paths);
    cc_config_free(&cfg);
    if (status == CC_EXIT_OK && fails)
        status = CC_EXIT_FINDINGS;
    return status;
}
