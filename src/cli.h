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

/* The options every findings command shares.  Each returns false after
 * printing what was expected, named after cmd ("check", "report" …). */
/* --fail-on error|warning|info|never into *out (a cc_severity or CC_FAIL_NEVER). */
bool cc_cli_fail_on(const char *cmd, const char *arg, int *out);
/* --color auto|always|never. */
bool cc_cli_color(const char *cmd, const char *arg);
/* The configuration: FILE when given, else .claimcheck.json in the current
 * directory or its nearest parent, else the defaults. */
bool cc_cli_config(const char *file, cc_config *cfg);

/* Ledger arguments, in the order given, each once. */
typedef struct {
    char **v;
    size_t n, cap;
} cc_paths;

#define CC_PATHS_INIT {NULL, 0, 0}

/* A file as given; a directory as the regular *.csv files directly in it,
 * sorted bytewise (as LC_ALL=C sorts a glob), hidden ones skipped.  False
 * when a directory cannot be read. */
bool cc_paths_add_arg(cc_paths *p, const char *arg);
void cc_paths_free(cc_paths *p);

/* The article a sidecar names (relative to the sidecar), or NULL. */
char *cc_sidecar_article(const cc_ledger *lg);

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
