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
          "Checks each ledger (a DIR means every *.csv directly in it, by name): reads\n"
          "every figure as printed, recomputes what can be derived, and reports where a\n"
          "ledger contradicts itself, where a figure is ambiguous, where it has no source.\n"
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

/* ------------------------------------------------------------------ */
/* rules, explain                                                       */
/* ------------------------------------------------------------------ */

static void S_rules_usage(FILE *fp)
{
    fputs("usage: claimcheck rules [--format text|json]\n"
          "\n"
          "Lists every rule: its id, its default severity and what fires it.\n"
          "\n"
          "  -f, --format FMT   text (default: one rule a line) or json (an array of\n"
          "                     objects with id, severity, summary, why, fires, passes)\n"
          "  -h, --help         show this help\n"
          "\n"
          "examples:\n"
          "  claimcheck rules\n"
          "  claimcheck rules --format json | jq -r '.[] | select(.severity == \"error\") | .id'\n"
          "\n"
          "Exit status: 0 success; 2 usage error.\n",
          fp);
}

int cc_cmd_rules(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    const char *format = "text";
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+f:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'h': S_rules_usage(stdout); return CC_EXIT_OK;
        default: S_rules_usage(stderr); return CC_EXIT_USAGE;
        }
    }
    bool json = strcmp(format, "json") == 0;
    if (!json && strcmp(format, "text") != 0) {
        cc_die_msg("rules: unknown format '%s': expected text or json", format);
        return CC_EXIT_USAGE;
    }
    if (optind < argc) {
        cc_die_msg("rules: unexpected argument '%s' (to show one rule: claimcheck explain RULE)", argv[optind]);
        return CC_EXIT_USAGE;
    }
    size_t n;
    const cc_rule *r = cc_rules(&n);
    if (json) {
        cJSON *a = cJSON_CreateArray();
        for (size_t i = 0; i < n; i++) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "id", r[i].id);
            cJSON_AddStringToObject(o, "severity", cc_severity_name(r[i].severity));
            cJSON_AddStringToObject(o, "summary", r[i].summary);
            cJSON_AddStringToObject(o, "why", r[i].why);
            cJSON_AddStringToObject(o, "fires", r[i].fires);
            cJSON_AddStringToObject(o, "passes", r[i].passes);
            cJSON_AddItemToArray(a, o);
        }
        char *s = cJSON_Print(a);
        printf("%s\n", s);
        free(s);
        cJSON_Delete(a);
        return CC_EXIT_OK;
    }
    int w = 0;
    for (size_t i = 0; i < n; i++)
        if ((int)strlen(r[i].id) > w)
            w = (int)strlen(r[i].id);
    for (size_t i = 0; i < n; i++)
        printf("%-*s  %-7s  %s\n", w, r[i].id, cc_severity_name(r[i].severity), r[i].summary);
    return CC_EXIT_OK;
}

static void S_explain_usage(FILE *fp)
{
    fputs("usage: claimcheck explain RULE...\n"
          "\n"
          "Explains a rule: its severity, what fires it, why it matters, and an example\n"
          "that fires it next to a close one that does not.  `claimcheck rules` lists the ids.\n"
          "\n"
          "  -h, --help   show this help\n"
          "\n"
          "examples:\n"
          "  claimcheck explain ratio-mismatch\n"
          "  claimcheck explain up-to percent-or-points\n"
          "\n"
          "Exit status: 0 success; 2 unknown rule or usage error.\n",
          fp);
}

static size_t S_cp_cols(unsigned cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                   (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                   (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
               ? 2
               : 1;
}

/* Prints s wrapped to width columns, each line after indent.  Breaks at
 * spaces, and between wide (CJK) characters, which need no space. */
static void S_wrap(const char *s, const char *indent, size_t width)
{
    size_t n = strlen(s), i = 0, col = 0;
    bool line_start = true;
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        if (i >= n)
            break;
        bool spaced = i > 0 && s[i - 1] == ' ';
        /* the next unbreakable piece: a run of narrow characters, or one wide one */
        size_t j = i, cols = 0;
        while (j < n && s[j] != ' ') {
            unsigned cp;
            size_t k = cc_utf8_decode(s + j, n - j, &cp);
            if (!k) {
                k = 1;
                cp = '?';
            }
            size_t w = S_cp_cols(cp);
            if (w == 2 && j > i)
                break;
            j += k;
            cols += w;
            if (w == 2)
                break;
        }
        size_t need = cols + (spaced && !line_start ? 1 : 0);
        if (!line_start && col + need > width) {
            fputc('\n', stdout);
            line_start = true;
            col = 0;
        }
        if (line_start) {
            fputs(indent, stdout);
            line_start = false;
        } else if (spaced) {
            fputc(' ', stdout);
            col++;
        }
        fwrite(s + i, 1, j - i, stdout);
        col += cols;
        i = j;
    }
    fputc('\n', stdout);
}

/* An example is `col=value, … → result`: the result gets its own line. */
static void S_example(const char *s)
{
    const char *arrow = strstr(s, " \xE2\x86\x92 ");
    if (!arrow) {
        S_wrap(s, "  ", 76);
        return;
    }
    char *head = cc_xstrndup(s, (size_t)(arrow - s));
    S_wrap(head, "  ", 76);
    S_wrap(arrow + 1, "  ", 76);
    free(head);
}

static size_t S_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return 64;
    size_t row[65];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* Ids close to an unknown one: the same first word, one containing the
 * other, or a few typos away. */
static void S_suggest(const char *id)
{
    size_t n, w = strcspn(id, "-");
    const cc_rule *r = cc_rules(&n);
    cc_buf b = CC_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        const char *x = r[i].id;
        bool close = (w >= 2 && strncmp(x, id, w) == 0 && (x[w] == '-' || x[w] == '\0')) ||
                     (strlen(id) >= 3 && strstr(x, id)) || S_distance(x, id) <= (strlen(id) < 6 ? 1 : 2);
        if (close)
            cc_buf_printf(&b, "%s%s", b.len ? ", " : "", x);
    }
    if (b.len)
        fprintf(stderr, "did you mean: %s\n", b.data);
    else
        fputs("`claimcheck rules` lists the rules\n", stderr);
    cc_buf_free(&b);
}

int cc_cmd_explain(int argc, char **argv)
{
    static const struct option longopts[] = {{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
        switch (c) {
        case 'h': S_explain_usage(stdout); return CC_EXIT_OK;
        default: S_explain_usage(stderr); return CC_EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cc_die_msg("explain: no rule given: expected a rule id, e.g. claimcheck explain up-to");
        S_explain_usage(stderr);
        return CC_EXIT_USAGE;
    }
    int status = CC_EXIT_OK;
    for (int i = optind; i < argc; i++) {
        const cc_rule *r = cc_rule_find(argv[i]);
        if (!r) {
            cc_die_msg("explain: unknown rule '%s'", argv[i]);
            S_suggest(argv[i]);
            status = CC_EXIT_USAGE;
            continue;
        }
        if (i > optind)
            fputs("\n", stdout);
        printf("%s (%s)\n\n", r->id, cc_severity_name(r->severity));
        S_wrap(r->summary, "", 78);
        fputs("\nwhy it matters:\n", stdout);
        S_wrap(r->why, "  ", 76);
        fputs("\nfires:\n", stdout);
        S_example(r->fires);
        fputs("\ndoes not fire:\n", stdout);
        S_example(r->passes);
    }
    return status;
}
