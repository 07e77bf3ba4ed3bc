/* internal.h — declarations shared between modules that the public header
 * does not expose (they use cJSON types). */
#ifndef CC_INTERNAL_H
#define CC_INTERNAL_H

#include <cjson/cJSON.h>

#include "claimcheck.h"

#include <stdint.h>
#include <string.h>

/* cc_buf_put with its common case inlined, for writers that append a few
 * bytes at a time to a buffer with room (extract's output). */
static inline void cc_buf_add(cc_buf *b, const char *s, size_t n)
{
    if (b->len + n < b->cap) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else {
        cc_buf_put(b, s, n);
    }
}

static inline void cc_buf_addc(cc_buf *b, char c)
{
    cc_buf_add(b, &c, 1);
}

/* cc_buf_puts where it runs for every figure: inlined, so that the length
 * of a literal is known when compiling. */
static inline void cc_buf_adds(cc_buf *b, const char *s)
{
    cc_buf_add(b, s, strlen(s));
}

/* A hash of s[0, n) for the memos of extract: eight bytes a step (a
 * figure's text is 10 to 30 bytes, so two or three steps where a byte at a
 * time takes as many multiplies as bytes), then a finalizer that spreads
 * every input bit over the low bits the tables index with.  Reads only
 * s[0, n). */
static inline uint32_t cc_hash(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full), w;
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        w = (uint64_t)a | ((uint64_t)b << 32);
    } else if (n > 0) {
        w = (uint64_t)(unsigned char)s[0] | ((uint64_t)(unsigned char)s[n / 2] << 8) |
            ((uint64_t)(unsigned char)s[n - 1] << 16);
    } else {
        w = 0;
    }
    h ^= w;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return (uint32_t)h;
}

/* Adds the DESIGN 1 fields of f to the JSON object o. */
void cc_figure_add_fields(cJSON *o, const cc_figure *f);

/* JSON text printed by cJSON one value at a time (json_piece.c), for
 * writers that piece an object together instead of building a tree: the
 * text is what cJSON_PrintUnformatted gives for the whole.  Each call
 * appends to out. */
typedef struct {
    cJSON *str, *num;      /* scratch items */
    struct cc_jnum *nums;  /* the texts of numbers printed before */
    size_t nums_used;
    char *print;           /* what cJSON printed last */
    size_t print_cap;
    cc_buf copy;           /* a NUL-terminated copy of a string */
    struct {
        const char *s;
        unsigned char len;
        char text[31];
    } names[64];           /* the texts of strings printed by cc_jpiece_static */
} cc_jpiece;
void cc_jpiece_init(cc_jpiece *p);
void cc_jpiece_free(cc_jpiece *p);
/* A string: s[0, n), or NUL-terminated. */
void cc_jpiece_str(cc_jpiece *p, cc_buf *out, const char *s, size_t n);
void cc_jpiece_strz(cc_jpiece *p, cc_buf *out, const char *s);
/* A string that lives as long as the program (a name from a table, such
 * as cc_kind_name gives): printed once, remembered by its address. */
void cc_jpiece_static(cc_jpiece *p, cc_buf *out, const char *s);
/* A number (cJSON prints NaN and infinities as null), an integer. */
void cc_jpiece_num(cc_jpiece *p, cc_buf *out, double x);
void cc_jpiece_int(cc_jpiece *p, cc_buf *out, size_t v);
/* Punctuation and member names, as a string literal: ",\"kind\":".  A
 * name of ASCII letters, digits and '_' is printed by cJSON as it is. */
#define CC_JPIECE_LIT(out, lit) cc_buf_add((out), "" lit, sizeof(lit) - 1)

/* The Figure fields of f as cJSON_PrintUnformatted prints them inside an
 * object filled by cc_figure_add_fields, without the braces.  When
 * input_at is not CC_JPIECE_NONE, out holds f->input as cJSON printed it
 * already, input_len bytes from input_at (the caller printed the same
 * text a moment before), and it is copied from there. */
#define CC_JPIECE_NONE ((size_t)-1)
void cc_figure_print_fields(const cc_figure *f, cc_jpiece *p, cc_buf *out, size_t input_at, size_t input_len);

/* cc_numeral_scan without its shortcut for plain Arabic numbers: the
 * reference the unit tests hold the shortcut to. */
bool cc_numeral_scan_general(const char *s, size_t n, cc_numeral *out, const char **err);

/* 10元到100元, 5万台到10万台: s[0, n) starts right after a range's first
 * number, with a Chinese counted noun, a range separator (到 至 - ~), the
 * second number and the same noun.  Returns the length up to the end of
 * the second number (the noun after it is the caller's to read), with that
 * number in *second; 0 when there is no such range (defined in figure.c). */
size_t cc_noun_range(const char *s, size_t n, cc_numeral *second);

/* tens of millions (of dollars): s[0, n) starts right after a word of
 * "several" in English; a plural scale there (" thousands", " millions",
 * " billions", " trillions", no letter glued after it) and the " of" that
 * opens a counted noun after it.  Returns their length, with the scale in
 * *scale; 0, and a scale of 1, when there is none (defined in figure.c). */
size_t cc_plural_scale(const char *s, size_t n, double *scale);

/* True for an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD, optionally with THH:MM…. */
bool cc_iso_date(const char *s);

/* Shared by config.c and ledger.c (defined in config.c). */
/* Reads a whole file; false with *err "cannot read PATH: …". */
bool cc_cfg_read_file(const char *path, char **data, size_t *len, char **err);
/* The length of a vulgar fraction character at s[0..n) (¼ ½ ¾ U+00BC..BE,
 * ⅐ to ⅞ U+2150..215E), or 0.  utf8.c */
size_t cc_vulgar_len(const char *s, size_t n);
/* Whether s[0..n) holds a fraction in figures: 1/20, or a vulgar fraction
 * character.  figure.c */
bool cc_written_fraction(const char *s, size_t n);
/* cc_cfg_read_file, where "-" is standard input (a ledger piped in). */
bool cc_read_input(const char *path, char **data, size_t *len, char **err);
/* Checks JSON syntax before cJSON sees it, without recursion; returns NULL
 * or a message saying what was expected, with *off at the problem. */
char *cc_cfg_json_lint(const char *s, size_t n, int maxdepth, size_t *off);
/* A leading UTF-8 BOM becomes three spaces (JSON has no BOM). */
void cc_cfg_blank_bom(char *data, size_t len);
/* 1-based line and column of byte offset off. */
void cc_cfg_line_col(const char *s, size_t off, size_t *line, size_t *col);
/* A short printable form of a JSON value, for messages. */
char *cc_cfg_json_show(const cJSON *item);

/* x rounded to sig significant digits, towards +inf (up) or -inf
 * (interval.c); x itself where it is already exact at that precision. */
double cc_round_sig(double x, int sig, bool up);
/* x for reading (buf.c): as cc_num_format writes it when that has at most
 * twelve significant digits, else rounded to six, towards -inf (dir < 0),
 * +inf (dir > 0) or the nearest (dir == 0); its length.  The labels of
 * readings, the text format and cc_buf_num_readable all say numbers so. */
size_t cc_num_format_readable(double x, int dir, char out[CC_NUM_CHARS]);
void cc_buf_num_readable_dir(cc_buf *b, double x, int dir);

/* Bit c of the 65536 is set when cc_fold_han folds the code point c: for
 * a loop over many characters, to test each in a few instructions. */
const uint64_t *cc_han_fold_bits(void);
/* The rows of cc_fold_han's table, for its test: the traditional character
 * of row i (sorted), for i below cc_han_fold_count; 0 past the end. */
extern const size_t cc_han_fold_count;
unsigned cc_han_fold_at(size_t i);

#endif
