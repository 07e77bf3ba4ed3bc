/* gate.h — the CI gate: the formats code review tools read (SARIF, GitHub
 * workflow commands, a Markdown comment, ClaimReview JSON-LD), finding
 * fingerprints, repository-relative paths and baselines.  Private to src/. */
#ifndef CC_GATE_H
#define CC_GATE_H

#include "render.h"

/* ------------------------------------------------------------------ */
/* Renderers                                                            */
/* ------------------------------------------------------------------ */

/* render_sarif.c: SARIF 2.1.0 as GitHub code scanning accepts it. */
void cc_render_sarif(FILE *fp, const cc_report_in *in);
/* render_github.c: `::error file=…,line=…::message` workflow commands. */
void cc_render_github(FILE *fp, const cc_report_in *in);
/* render_md.c: a Markdown summary for a pull-request comment. */
void cc_render_md(FILE *fp, const cc_report_in *in);
/* render_claimreview.c: schema.org ClaimReview JSON-LD for reviewed claims. */
void cc_render_claimreview(FILE *fp, const cc_report_in *in);

/* ------------------------------------------------------------------ */
/* Locations (gate.c)                                                   */
/* ------------------------------------------------------------------ */

/* path relative to the root of the git repository that holds it (the
 * nearest parent directory with a `.git` entry), with '/' separators; when
 * path is in no repository, path as given.  *in_repo (if given) says which. */
char *cc_repo_path(const char *path, bool *in_repo);

/* The 1-based character column (in code points) where CSV field `col`
 * (1-based, header order) of the record starting on physical line `line`
 * begins, and the physical line it begins on.  data is the ledger file as
 * read.  Returns false when the record or field is not there. */
bool cc_field_position(const char *data, size_t len, size_t line, size_t col, size_t *out_line,
                       size_t *out_col);

/* A copy of s that is valid UTF-8 (invalid bytes become U+FFFD). */
char *cc_utf8_fix(const char *s);

/* The ledger a finding belongs to (its CSV or its sidecar), or NULL. */
const cc_ledger *cc_gate_ledger(const cc_report_in *in, const cc_finding *f);

/* The files findings name, each looked up (repository path) and read (for
 * character columns) at most once per rendering. */
typedef struct {
    char *file;         /* as the finding names it */
    char *rel;          /* cc_repo_path of it */
    bool in_repo;
    char *data;         /* its bytes, once a column was asked for; NULL if unreadable */
    size_t len;
    bool tried;
} cc_gate_file;

typedef struct {
    cc_gate_file *v;
    size_t n, cap;
} cc_gate_files;

#define CC_GATE_FILES_INIT {NULL, 0, 0}

cc_gate_file *cc_gate_file_get(cc_gate_files *fs, const char *file);
/* Where a finding points: its physical line (1 for a finding on the whole
 * file) and, for a finding on a CSV field, the field's character column
 * (else 0). */
void cc_gate_position(cc_gate_files *fs, const cc_report_in *in, const cc_finding *f, size_t *line, size_t *col);
void cc_gate_files_free(cc_gate_files *fs);

/* SOURCE_DATE_EPOCH when set, else now; as YYYY-MM-DD (UTC).  False (and
 * today's date) when SOURCE_DATE_EPOCH is set but not a count of seconds. */
bool cc_gate_today(char out[11]);

/* ------------------------------------------------------------------ */
/* Fingerprints (fingerprint.c)                                         */
/* ------------------------------------------------------------------ */

#define CC_FP_LEN 17 /* 16 hex digits and NUL */

/* One fingerprint per finding of fs (out has fs->n entries): stable when
 * unrelated lines move.  See fingerprint.c for the scheme. */
void cc_fingerprints(const cc_ledger *ledgers, size_t nledgers, const cc_findings *fs, char (*out)[CC_FP_LEN]);

/* ------------------------------------------------------------------ */
/* Baselines (baseline.c)                                               */
/* ------------------------------------------------------------------ */

/* A baselined finding is kept, marked suppressed with a reason that starts
 * with this prefix, so every format shows it and no exit status counts it. */
#define CC_BASELINE_REASON "baseline"

typedef struct cc_baseline cc_baseline;

cc_baseline *cc_baseline_new(void);
void cc_baseline_free(cc_baseline *bl);
/* Reads a baseline file.  False with *err (caller frees) when it cannot be
 * read or is not a claimcheck baseline. */
bool cc_baseline_load(cc_baseline *bl, const char *path, char **err);
/* Records the findings of one ledger that count (not suppressed), for
 * cc_baseline_write. */
void cc_baseline_record(cc_baseline *bl, const cc_ledger *lg, const cc_findings *fs);
/* Marks the findings of one ledger that the baseline accepts; returns how many. */
size_t cc_baseline_apply(cc_baseline *bl, const cc_ledger *lg, cc_findings *fs);
/* Appends a stale-baseline finding (severity from cfg) for every entry of
 * a file that cc_baseline_apply saw and that matched no finding. */
void cc_baseline_stale(cc_baseline *bl, const cc_config *cfg, cc_findings *out);
/* The baseline as JSON text, with a final newline. */
bool cc_baseline_write(const cc_baseline *bl, FILE *fp);
/* True for a finding that cc_baseline_apply marked. */
bool cc_finding_baselined(const cc_finding *f);

#endif
