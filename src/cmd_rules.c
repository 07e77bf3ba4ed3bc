/* cmd_rules.c — `claimcheck rules` and `claimcheck explain RULE`: the rule
 * catalogue of src/rules.c, for people. */
#include "cli.h"

#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

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
