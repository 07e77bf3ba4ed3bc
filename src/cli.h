/* cli.h — what the command-line files (main.c, cmd_*.c) share. */
#ifndef CC_CLI_H
#define CC_CLI_H

#include <stdio.h>

#include "claimcheck.h"

typedef enum {
    CC_EXIT_OK = 0,        /* nothing at or above --fail-on */
    CC_EXIT_FINDINGS = 1,  /* findings at or above --fail-on (or a figure that cannot be read) */
    CC_EXIT_USAGE = 2      /* usage error, unreadable file, bad config, failed write */
} cc_exit;

/* Where a command writes: stdout, or FILE written atomically (a temporary
 * file in the same directory, renamed over FILE only when all went well). */
typedef struct {
    FILE *fp;
    char *path;            /* the final path, NULL for stdout */
    char *tmp;             /* the temporary path */
} cc_out;

bool cc_out_open(cc_out *o, const char *path);
/* Flushes and, for -o, renames into place (commit) or removes the
 * temporary file.  Returns false, with a message on stderr, when a write failed. */
bool cc_out_close(cc_out *o, bool commit);

/* Colour: --color auto|always|never, NO_COLOR honoured. */
bool cc_use_color(const char *mode, FILE *fp);

/* Prints "claimcheck: " + message to stderr. */
void cc_die_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

int cc_cmd_parse(int argc, char **argv);
int cc_cmd_check(int argc, char **argv);
int cc_cmd_rules(int argc, char **argv);
int cc_cmd_explain(int argc, char **argv);
int cc_cmd_extract(int argc, char **argv);
int cc_cmd_audit(int argc, char **argv);
int cc_cmd_report(int argc, char **argv);

#endif
