/* main.c — the command line: picks the command, nothing else. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} S_commands[] = {
    {"check", cc_cmd_check, "check   [opts] LEDGER.csv|DIR ...     validate ledgers (the CI gate)"},
    {"extract", cc_cmd_extract, "extract [opts] ARTICLE|- ...          list the figures in article text"},
    {"audit", cc_cmd_audit, "audit   [opts] --claims LEDGER ARTICLE  article vs its ledger"},
    {"report", cc_cmd_report, "report  [opts] LEDGER.csv|DIR ...     the printed audit report"},
    {"parse", cc_cmd_parse, "parse   [opts] FIGURE ...             how a figure is read"},
    {"rules", cc_cmd_rules, "rules                                 the rule catalogue"},
    {"explain", cc_cmd_explain, "explain RULE                          one rule, with examples"},
};

static void S_usage(FILE *fp)
{
    fputs("usage: claimcheck COMMAND [options] [arguments]\n"
          "\n"
          "claimcheck checks the performance figures that articles state: it reads each\n"
          "figure exactly as printed (提升了3倍, 5分钟以内, up to 20%, 2.78x), recomputes\n"
          "what can be derived, and reports what contradicts itself, what is ambiguous\n"
          "and what has no source.\n"
          "\n"
          "commands:\n",
          fp);
    for (size_t i = 0; i < sizeof S_commands / sizeof S_commands[0]; i++)
        if (S_commands[i].run)
            fprintf(fp, "  claimcheck %s\n", S_commands[i].summary);
    fputs("\n"
          "  claimcheck COMMAND --help   options of one command\n"
          "  claimcheck --version        the version\n",
          fp);
}

int main(int argc, char **argv)
{
    cc_mem_init();
    if (argc < 2) {
        S_usage(stderr);
        return CC_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        S_usage(stdout);
        return fflush(stdout) == 0 ? CC_EXIT_OK : CC_EXIT_USAGE;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("claimcheck %s\n", CC_VERSION);
        return fflush(stdout) == 0 ? CC_EXIT_OK : CC_EXIT_USAGE;
    }
    for (size_t i = 0; i < sizeof S_commands / sizeof S_commands[0]; i++) {
        if (strcmp(cmd, S_commands[i].name) == 0 && S_commands[i].run) {
            int status = S_commands[i].run(argc - 1, argv + 1);
            if (fflush(stdout) != 0 || ferror(stdout)) {
                /* a command that already failed has said why */
                if (status != CC_EXIT_USAGE)
                    cc_die_msg("cannot write to standard output");
                return CC_EXIT_USAGE;
            }
            return status;
        }
    }
    cc_die_msg("unknown command '%s'", cmd);
    S_usage(stderr);
    return CC_EXIT_USAGE;
}
