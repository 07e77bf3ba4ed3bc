/* checker.h — what the per-claim checks (check.c) hand to the cross-claim
 * checks (crosscheck.c). */
#ifndef CC_CHECK_H
#define CC_CHECK_H

#include "claimcheck.h"

enum { CC_F_BEFORE, CC_F_AFTER, CC_F_CHANGE, CC_F_VALUE, CC_F_COUNT };

extern const char *const cc_figure_cols[CC_F_COUNT];

typedef struct {
    const cc_claim *rec;
    const char *id;
    cc_figure fig[CC_F_COUNT];
    bool have[CC_F_COUNT];   /* the column held a figure that was read */
} cc_checked;

typedef struct {
    const cc_ledger *ledger;
    const cc_config *cfg;
    cc_findings *out;
    cc_checked *claims;
    size_t n;
} cc_checkctx;

/* Appends a finding located at claim k (or the file when k is NULL), column col. */
cc_finding *cc_check_report(cc_checkctx *ctx, const cc_checked *k, const char *rule, const char *col,
                            const char *derivation, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* The figure that states where a claim ends up: `after`, else `value`, or NULL. */
const cc_figure *cc_checked_current(const cc_checked *k);
/* Two figures in a common base, for comparing them: seconds for times; for
 * counts of one symbol of measure with different prefixes, the base symbol
 * (900GB/s and 1.2TB/s in B/s), else as written (a bare number beside such
 * a count is in the count's symbol: 96 → 192GB).  *fs and *gs (may be NULL)
 * get the scales applied.  False when the two cannot be compared:
 * dimensions apart (a count and a bare number go together, as two counts
 * do), or counts of different symbols (GB and GHz), or of a symbol and
 * another noun. */
bool cc_figures_base(const cc_figure *f, const cc_figure *g, cc_interval *fi, cc_interval *gi, double *fs, double *gs);
/* "from 45 seconds to under 10", "从30提升到90%": a bare number in a pair
 * whose other figure is a time or a percentage leaves that unit implied.
 * When bare is one, *copy gets it in the other's unit (sharing its
 * strings) and the answer is true. */
bool cc_implied_unit(const cc_figure *bare, const cc_figure *other, cc_figure *copy);
/* cc_figures_base of a claim's before (*fb) and after (*fa), where a bare
 * number beside a time or a percentage is in its unit ("from 45 seconds to
 * under 10"): the bare one's pointer then moves to *implied, a copy of it
 * in that unit, which shares its strings. */
bool cc_pair_base(const cc_figure **fb, const cc_figure **fa, cc_figure *implied, cc_interval *b, cc_interval *a,
                  double *sb, double *sa);
/* What a figure is, for a message on two that cannot be compared: "a
 * time", "a percentage", "a count of GHz", "a number" … into buf. */
void cc_figure_what(const cc_figure *f, char *buf, size_t cap);

void cc_crosscheck(cc_checkctx *ctx);

#endif
