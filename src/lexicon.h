/* lexicon.h — the words around a number: qualifiers, verbs, units, idioms.
 * The tables are data (lexicon.c); figure.c and extract.c match against them. */
#ifndef CC_LEXICON_H
#define CC_LEXICON_H

#include "claimcheck.h"

#include <stdint.h>
#include <string.h>

typedef enum {
    CC_W_PREQUAL = 1 << 0,  /* before the number: 约 近 超过 up to, more than … (arg: cc_qualifier) */
    CC_W_SUFQUAL = 1 << 1,  /* after it: 以上 以内 左右 多 余 + (arg: cc_qualifier) */
    CC_W_VERB = 1 << 2,     /* 提升了 降至 increased by … (arg: cc_direction) */
    CC_W_UNIT = 1 << 3,     /* 倍 x % pp 分钟 … (arg: cc_unit_id) */
    CC_W_SUFDIR = 1 << 4,   /* after the unit: faster, speedup, 的加速, increase (arg: cc_direction) */
    CC_W_IDIOM = 1 << 5,    /* 翻番 翻两番 减半 doubled halved (arg: factor x 10) */
    CC_W_RANGE = 1 << 6,    /* between two numbers: - ~ 到 至 to and */
    CC_W_LEVELPRE = 1 << 7, /* 是原来的, 为之前的: the figure is the new level */
    CC_W_FILLER = 1 << 8,   /* words that change nothing: 达 达到 了 a an by */
    CC_W_SEVERAL = 1 << 9,  /* a vague count: 数十, 数百, hundreds of (arg: the power of ten;
                             * 0: 数倍, several times, a multiplier only) */
    CC_W_PREUNIT = 1 << 10, /* a unit before the number: percent of 10 (arg: cc_unit_id) */
    CC_W_PER = 1 << 11,     /* 每秒, 每小时: the time of a rate, before the number (每秒3000次 is 3000次/秒) */
    CC_W_MONEY = 1 << 12,   /* $ US$ ¥ € £ RMB: a currency before the number ($3 million is a count of $) */
    CC_W_PERIOD = 1 << 13   /* YoY, year-over-year: the period compared against, after the number; changes nothing */
} cc_word_class;

enum {
    CC_WF_BY = 1 << 0,      /* the "by" wording: 提升了3倍 reads 3x or 4x */
    CC_WF_LEVEL = 1 << 1,   /* the "to" wording: 提升到3倍 is the new level */
    CC_WF_SPEED = 1 << 2,   /* speaks of speed: faster, 加速, speedup */
    CC_WF_ASCII = 1 << 3,   /* an English word: must end at a word boundary */
    CC_WF_STEP = 1 << 4,    /* 多 余 几: open above at the next step of the last non-zero digit */
    CC_WF_OBJECT = 1 << 5,  /* double, triple: in text a multiplier only before its object (double the capacity);
                             * raised, lower: a verb only with its object and "by" (raised rates by 0.25 pp);
                             * 个点: a unit only after a verb of change (提升了3个点) */
    CC_WF_EQUAL = 1 << 6,   /* as fast, as much: the number before is the factor itself (half as fast is 0.5x) */
    CC_WF_NEARLY = 1 << 7,  /* 翻了近一番: an idiom with its qualifier inside (nearly doubled) */
    CC_WF_VERSUS = 1 << 8   /* outperforms, beats: a verb of comparison, whose object is what the
                             * figure is measured against (outperforms GPT-4 by 20%) */
};

typedef enum {
    CC_U_NONE,
    CC_U_X,
    CC_U_PERCENT,
    CC_U_PP,
    CC_U_NS,
    CC_U_US,
    CC_U_MS,
    CC_U_S,
    CC_U_MIN,
    CC_U_H,
    CC_U_D,
    CC_U_WK,
    CC_U_MO,                /* a month: 28 to 31 days (check.c compares it through them) */
    CC_U_ORDER,             /* 一个数量级, two orders of magnitude: figure.c reads the multiplier 10^n */
    CC_U_BP                 /* basis points, 基点: figure.c reads them as hundredths of a percentage point */
} cc_unit_id;

typedef struct {
    const char *text;
    unsigned short cls;     /* one cc_word_class */
    unsigned char arg;
    unsigned short flags;   /* CC_WF_* */
} cc_word;

/* The longest word of a class in mask that s[0..n) starts with (ASCII
 * letters compared without case), or NULL; *len gets its length in bytes. */
const cc_word *cc_lex_match(const char *s, size_t n, unsigned mask, size_t *len);
/* The word of a class in mask that is all of s[0..n): what cc_lex_match
 * returns when its match is n bytes long, else NULL.  Quick to say no. */
const cc_word *cc_lex_match_all(const char *s, size_t n, unsigned mask);
/* A word that ends where a look-back starts, and its length in bytes. */
typedef struct {
    size_t len;
    const cc_word *word;
} cc_lex_end;
/* The words of a class in mask that end s[0..n) (ASCII letters compared
 * without case), shortest first, one for each length: for each, the word
 * cc_lex_match_all gives for those bytes.  out has room for n of them
 * (and 63 at most are written: words are shorter than 64 bytes).
 * Returns how many. */
size_t cc_lex_ends(const char *s, size_t n, unsigned mask, cc_lex_end *out);
/* Can the English verb w take an object before "by" (cuts costs by 30%,
 * speeds up training by 3x)?  Not a verb that ends with its own "by",
 * "to" or "of" (increased by, rose to, an increase of). */
bool cc_lex_takes_object(const cc_word *w);
/* Is u a unit of time (ns … mo)? */
static inline bool cc_unit_is_time(unsigned u)
{
    return u >= CC_U_NS && u <= CC_U_MO;
}
/* Can a word of several alone (数, 几, several) be the number before the
 * unit u, len bytes as written?  Before 倍, times or x (数倍, several
 * times) and a unit of time (数天, 几个月, several weeks); not 分 alone
 * (有几分道理 is "somewhat") nor an abbreviation (several s). */
static inline bool cc_lex_several_unit(const cc_word *u, size_t len)
{
    return u && len && u->cls == CC_W_UNIT &&
           (u->arg == CC_U_X || (cc_unit_is_time(u->arg) && len >= 3 && strcmp(u->text, "分") != 0));
}
/* The unit of time s[0..n) starts with (小时, 天, min …), or NULL; *len
 * gets its length. */
const cc_word *cc_lex_time_unit(const char *s, size_t n, size_t *len);
/* After a number and its unit of time `first`: the rest of a duration
 * written in two units, a number and a smaller unit of time (1小时30分钟,
 * 2 hours 30 minutes, 2 hours and 30 minutes); its length in bytes, or 0.
 * *m and *unit get the second number and its unit. */
size_t cc_lex_duration_rest(const char *s, size_t n, cc_unit_id first, cc_numeral *m, cc_unit_id *unit);
/* A count's "per unit of time" right after its noun: "/s", "/秒", "/hour",
 * " per second" (1,850 tokens/s, 3000个/秒); its length in bytes, or 0. */
size_t cc_lex_per_time(const char *s, size_t n);
/* The canonical name of a unit: "x", "%", "pp", "min", … ("" for none). */
const char *cc_unit_name(cc_unit_id u);

#endif
