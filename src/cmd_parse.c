/* cmd_parse.c — `claimcheck parse`: how a figure is read. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void S_usage(FILE *fp)
{
    fputs("usage: claimcheck parse [--format json|text] [-o FILE] FIGURE...\n"
          "\n"
          "Shows how each FIGURE is read (DESIGN section 1): kind, value, the interval\n"
          "it allows after qualifier and rounding, unit, dimension, direction, and the\n"
          "readings (two for a wording with two meanings, such as 提升了3倍).\n"
          "\n"
          "  -f, --format FMT   json (default: one object a line) or text (a line to read)\n"
          "  -o, --output FILE  write to FILE (atomically) instead of standard output\n"
          "  -h, --help         show this help\n"
          "\n"
          "examples:\n"
          "  claimcheck parse 提升了3倍 '5分钟以内' 1000多人 'up to 20%'\n"
          "  claimcheck parse --format text 2.78x 1.5万 百分之三十 -20%\n"
          "\n"
          "Exit status: 0 all figures read; 1 a figure could not be read (the others\n"
          "are still printed); 2 usage error.\n",
          fp);
}

static bool S_negative(const char *arg)
{
    return arg[0] == '-' && ((arg[1] >= '0' && arg[1] <= '9') || arg[1] == '.');
}

int cc_cmd_parse(int argc, char **argv)
{
    static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                              {"output", required_argument, NULL, 'o'},
                                              {"help", no_argument, NULL, 'h'},
                                              {NULL, 0, NULL, 0}};
    const char *format = "json", *output = NULL;
    int c;
    optind = 1;
    /* a figure may start with a minus sign (-20%): it ends the options */
    while (!(optind < argc && S_negative(argv[optind])) &&
           (c = getopt_long(argc, argv, "+f:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 'h': S_usage(stdout); return CC_EXIT_OK;
        default: S_usage(stderr); return CC_EXIT_USAGE;
        }
    }
    bool json = strcmp(format, "json") == 0;
    if (!json && strcmp(format, "text") != 0) {
        cc_die_msg("parse: unknown format '%s': expected json or text", format);
        return CC_EXIT_USAGE;
    }
    if (optind >= argc) {
        cc_die_msg("parse: no figure given: expected one or more, e.g. claimcheck parse 提升了3倍");
        S_usage(stderr);
        return CC_EXIT_USAGE;
    }
    cc_out out;
    if (!cc_out_open(&out, output))
        return CC_EXIT_USAGE;
    int status = CC_EXIT_OK;
    cc_buf b = CC_BUF_INIT;
    for (int i = optind; i < argc; i++) {
        cc_figure fig;
        char *err;
        if (!cc_figure_parse(argv[i], strlen(argv[i]), NULL, &fig, &err)) {
            cc_die_msg("parse: %s", err);
            free(err);
            status = CC_EXIT_FINDINGS;
            continue;
        }
        cc_buf_clear(&b);
        if (json)
            cc_figure_json(&fig, &b);
        else
            cc_figure_describe(&fig, &b);
        fprintf(out.fp, "%s\n", b.data);
        cc_figure_free(&fig);
    }
    cc_buf_free(&b);
    if (!cc_out_close(&out, true))
        return CC_EXIT_USAGE;
    return status;
}
