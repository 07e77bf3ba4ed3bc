/* extract.h — finding figures in article text (DESIGN 5), shared by the
 * extract and audit commands and the conformance program.
 *
 * The scanner streams: feed it any number of chunks of one file and it
 * calls back once per figure found, in order.  Memory stays bounded: text
 * is kept only back to the start of the current sentence, and a sentence
 * longer than CC_EXTRACT_SENTENCE_MAX is cut and scanned in pieces. */
#ifndef CC_EXTRACT_H
#define CC_EXTRACT_H

#include "claimcheck.h"

#include <stdint.h>

#define CC_EXTRACT_SENTENCE_MAX (64 * 1024)

/* Room the scanner keeps beside each figure reading it remembers, for
 * what a consumer derives from the figure (extract's printed output): in
 * the same place as the reading, so that a figure seen again finds both
 * at once.  `id` says whose it is (0: nobody's yet); the scanner only
 * zeroes it at the start and frees `out` at the end. */
typedef struct {
    uint64_t id;
    size_t lead;
    cc_buf out;
} cc_xmemo;

/* One figure: its span (byte offsets into the file, end exclusive) and
 * how it reads.  `bare` is where the figure starts once a leading verb is
 * left out (提升到了90% -> 90%): the form a ledger's before/after wants. */
typedef struct {
    size_t start, end, bare;
    const char *text;          /* borrowed: the bytes [start, end) */
    const cc_figure *fig;      /* cc_figure_parse of text (lent, like the rest) */
    double number;             /* the numeral alone (五分之一 -> 0.2, minus five -> -5) */
    unsigned numflags;         /* its CC_NUM_* flags */
    bool has_verb;             /* a verb or level word leads the text */
    uint64_t id;               /* the same id, the same text (and fig); 0: not remembered */
    cc_xmemo *memo;            /* the room beside the id's slot (NULL for id 0): check memo->id */
} cc_xfig;

/* What the callback gets.  Everything is borrowed and valid only during
 * the call. */
typedef struct {
    const char *file;
    size_t line;               /* 1-based line of start */
    size_t col;                /* 1-based column (code points) of start in its line; 0 with CC_EXTRACT_NO_COLUMN */
    size_t start, end;         /* the whole candidate */
    const char *text;          /* [start, end) */
    const char *quote;         /* its sentence, trimmed */
    size_t quote_len;
    bool pair;                 /* 从A到B: a is before, b is after */
    cc_xfig a, b;
    /* a pair's stated change when its verb stands apart from b (fell from
     * 120 ms to 35 ms: "fell to 35 ms", which b.fig reads); else NULL */
    const char *change;
    /* the change stated right after the before of "A，较B的…"
     * (营收100亿元，较去年的80亿元增长25%: "增长25%"), which is reported as a
     * figure of its own too; else NULL */
    const char *change_after;
    /* this figure is the change_after of the pair just before it: a ledger
     * skeleton has it in that pair's row */
    bool pair_change;
    /* with CC_EXTRACT_COMPARATOR, what a lone relative figure is measured
     * against, as printed (是友商的3倍: 友商; 比上一代高30%: 上一代; 2.78x
     * faster than a foreign competitor: a foreign competitor); else NULL */
    const char *comparator;
    size_t comparator_len;
} cc_extracted;

typedef void (*cc_extract_fn)(const cc_extracted *x, void *ctx);

enum {
    /* Report every number, as a number recogniser does (years, dates,
     * list markers and small counts in prose included): the conformance
     * mode.  By default only figures a fact-checker would ledger. */
    CC_EXTRACT_NUMBERS = 1 << 0,
    /* The caller prints no column (jsonl, csv): counting code points from
     * the line's start is left out. */
    CC_EXTRACT_NO_COLUMN = 1 << 1,
    /* The caller wants each figure's comparator (the csv skeleton). */
    CC_EXTRACT_COMPARATOR = 1 << 2
};

typedef struct cc_extractor cc_extractor;

/* tol may be NULL (defaults).  The callback is called from feed/finish. */
cc_extractor *cc_extractor_new(const cc_tolerance *tol, unsigned flags, cc_extract_fn fn, void *ctx);
/* Starts a new file: offsets and lines count from 0 and 1 again. */
void cc_extractor_begin(cc_extractor *x, const char *file);
void cc_extractor_feed(cc_extractor *x, const char *data, size_t n);
/* The same without a copy: read up to *room bytes to the place returned,
 * then say how many were written (at least CC_EXTRACT_SENTENCE_MAX bytes
 * of room each time). */
char *cc_extractor_room(cc_extractor *x, size_t *room);
void cc_extractor_wrote(cc_extractor *x, size_t n);
/* End of the file: scans what is left. */
void cc_extractor_end(cc_extractor *x);
/* Bytes fed since cc_extractor_begin. */
size_t cc_extractor_offset(const cc_extractor *x);
void cc_extractor_free(cc_extractor *x);

/* The whole of s[0..n) as one file. */
void cc_extract_buf(const char *file, const char *s, size_t n, const cc_tolerance *tol, unsigned flags,
                    cc_extract_fn fn, void *ctx);

/* True when cp ends a word that the look-back before a number tries
 * (qualifiers, verbs, fillers): a guard for the list in extract.c. */
bool cc_extract_word_end(unsigned cp);
bool cc_extract_word_start(unsigned cp);
/* The same for the first character of a unit, qualifier or separator
 * after a number. */
bool cc_extract_after_start(unsigned cp);

/* audit.c: whitespace- and width-insensitive search.  A normalised copy of
 * s, with the offset in s of each byte of the copy. */
typedef struct {
    char *s;
    size_t n;
    size_t *map;               /* n + 1 entries: map[n] is the end of the source */
} cc_normtext;

void cc_norm_text(const char *s, size_t n, cc_normtext *out);
void cc_norm_free(cc_normtext *t);

/* What an audit counted. */
typedef struct {
    size_t claims;             /* claims with a quote */
    size_t quotes_found;       /* of those, quotes found in the article */
    size_t figures;            /* figures extract finds in the article (a pair counts two) */
    size_t covered;            /* of those, figures some claim covers */
} cc_audit_cov;

/* Holds the article text[0..n) (read from article_path) against the
 * ledger: appends quote-not-found (at the claim's line in the ledger) and
 * unregistered-figure (at the figure's line in the article) to *out.
 * A figure is covered when it lies inside a found quote of a claim and its
 * number is one of that claim's before/after/change/value numbers. */
void cc_audit(const cc_ledger *lg, const char *article_path, const char *text, size_t n, const cc_tolerance *tol,
              cc_findings *out, cc_audit_cov *cov);

#endif
