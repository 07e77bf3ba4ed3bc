/* render.h — the output formats of `check` (and of any command that reports
 * findings): one file per format, all fed the same cc_report_in. */
#ifndef CC_RENDER_H
#define CC_RENDER_H

#include <cjson/cJSON.h>
#include <stdio.h>

#include "claimcheck.h"

/* What a renderer is given.  Everything is borrowed.  findings are sorted
 * (cc_findings_sort) within each ledger and come in ledger order; a finding
 * may name a ledger's sidecar (NAME.json) rather than the ledger itself.
 * Findings with severity CC_SEV_OFF never reach a renderer. */
typedef struct {
    const cc_ledger *ledgers;
    size_t nledgers;
    const cc_findings *findings;
    cc_coverage cov;             /* over every ledger read, not only these */
    const cc_config *cfg;        /* may be NULL (defaults) */
    int fail_on;                 /* a cc_severity or CC_FAIL_NEVER */
    bool color;                  /* ANSI colour allowed (text-like formats only) */
} cc_report_in;

typedef void (*cc_renderer)(FILE *fp, const cc_report_in *in);

typedef struct {
    size_t error, warning, info; /* findings not suppressed, by severity */
    size_t suppressed;
} cc_report_counts;

void cc_report_count(const cc_findings *findings, cc_report_counts *out);
/* "4 claims in 1 ledger · 9 figures read · 3 checkable · 1 error, 2 warnings,
 * 0 info · 1 suppressed", no newline. */
void cc_report_summary(cc_buf *b, size_t nledgers, const cc_coverage *cov, const cc_report_counts *n);
/* The claim of ledger a finding sits on (matched by line, then by id), or NULL. */
const cc_claim *cc_report_claim(const cc_ledger *lg, const cc_finding *f);

/* Appends s to b, safe on a terminal and on one line: controls (ESC, CSI,
 * newlines) become one space, invalid UTF-8 becomes U+FFFD; with maxcols > 0
 * a longer text is cut to maxcols display columns ending in "…". */
void cc_render_clean(cc_buf *b, const char *s, size_t maxcols);

/* render_text.c: grouped by file and claim, for people; ends with the summary. */
void cc_render_text(FILE *fp, const cc_report_in *in);
/* render_line.c: `path:line:col: severity: message [rule]`, suppressed ones left out. */
void cc_render_line(FILE *fp, const cc_report_in *in);
/* render_json.c: the DESIGN 4 document, pretty-printed. */
void cc_render_json(FILE *fp, const cc_report_in *in);
/* render_json.c: one finding object a line, nothing else. */
void cc_render_jsonl(FILE *fp, const cc_report_in *in);
/* A finding as a JSON object (keys: rule severity file line column claim
 * message derivation suppressed suppress_reason); the caller deletes it. */
cJSON *cc_finding_to_json(const cc_finding *f);

#endif
