/* internal.h — declarations shared between modules that the public header
 * does not expose (they use cJSON types). */
#ifndef CC_INTERNAL_H
#define CC_INTERNAL_H

#include <cjson/cJSON.h>

#include "claimcheck.h"

/* Adds the DESIGN 1 fields of f to the JSON object o. */
void cc_figure_add_fields(cJSON *o, const cc_figure *f);

/* A scratch arena for a cJSON tree that is built, printed and deleted
 * over and over (mem.c): between open and close, cJSON allocates from one
 * block and its frees cost nothing; close forgets the whole block, so
 * every item made in between must be deleted (or dropped) by then.  Needs
 * cc_mem_init; not for two trees at once, nor for threads. */
void cc_json_arena_open(void);
void cc_json_arena_close(void);

/* cc_numeral_scan without its shortcut for plain Arabic numbers: the
 * reference the unit tests hold the shortcut to. */
bool cc_numeral_scan_general(const char *s, size_t n, cc_numeral *out, const char **err);

/* True for an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD, optionally with THH:MM…. */
bool cc_iso_date(const char *s);

/* Shared by config.c and ledger.c (defined in config.c). */
/* Reads a whole file; false with *err "cannot read PATH: …". */
bool cc_cfg_read_file(const char *path, char **data, size_t *len, char **err);
/* Checks JSON syntax before cJSON sees it, without recursion; returns NULL
 * or a message saying what was expected, with *off at the problem. */
char *cc_cfg_json_lint(const char *s, size_t n, int maxdepth, size_t *off);
/* A leading UTF-8 BOM becomes three spaces (JSON has no BOM). */
void cc_cfg_blank_bom(char *data, size_t len);
/* 1-based line and column of byte offset off. */
void cc_cfg_line_col(const char *s, size_t off, size_t *line, size_t *col);
/* A short printable form of a JSON value, for messages. */
char *cc_cfg_json_show(const cJSON *item);

#endif
