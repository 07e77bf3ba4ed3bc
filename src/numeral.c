/* numeral.c — one numeral at the start of a string -> cc_numeral.
 *
 * Four scripts meet here: Arabic digits (with separators, exponents and
 * k/M/G/B/T suffixes), Chinese numerals (positional runs, 十百千 places, 万亿兆
 * groups, financial forms, 点 decimals, 分之 fractions, 成/折 percentages),
 * mixtures of the two (1.5万, 5万4千6百), and English number words.  Every
 * reader works on byte offsets into the caller's buffer and never looks past
 * n; a code point that does not decode simply ends the numeral.
 *
 * step is the unit of the last written digit, carried through every scale
 * that multiplies that digit; nz_step is derived from value and step at the
 * end (the largest power-of-ten multiple of step that divides value). */
#include "claimcheck.h"
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define S_MAX_DIGITS 40
#define S_MAX_TOKENS 64

static const char S_ERR_EXPECTED[] = "expected a number";
static const char S_ERR_LONG[] = "number too long";
static const char S_ERR_LARGE[] = "number too large to represent";
static const char S_ERR_SMALL[] = "number too small to represent (it would read as 0)";

typedef struct {
    const char *s;
    size_t n;
    const char *err; /* a hard error met on the way (too long, too large) */
} S_ctx;

/* A partial reading. */
typedef struct {
    double value, step;
    size_t end;     /* offset just past what was read */
    unsigned flags; /* CC_NUM_* */
    bool bare;      /* began with a place (百, 千万) and wrote no digit */
    bool integer;   /* whole number written without point, scale or suffix */
    bool single;    /* exactly one digit */
    bool arabic;    /* only Arabic digits */
    bool terminal;  /* an exponent, power or suffix closed it */
} S_num;

/* ------------------------------------------------------------------ */
/* Characters                                                           */
/* ------------------------------------------------------------------ */

/* Decodes the code point at pos, folding full-width ASCII, the ideographic
 * space and U+2212 MINUS SIGN; 0 at the end or on invalid UTF-8.  Only
 * these folds: 。 and · are not decimal points, 、 is not a separator. */
static inline size_t S_peek(const S_ctx *c, size_t pos, unsigned *cp)
{
    if (pos >= c->n)
        return 0;
    const unsigned char *u = (const unsigned char *)c->s + pos;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    /* E4..EC lead U+4000..U+CFFF (the CJK ideographs): never overlong,
     * never a surrogate, and nothing there is folded */
    if (u[0] >= 0xE4 && u[0] <= 0xEC && pos + 3 <= c->n && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
        *cp = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
        return 3;
    }
    size_t k = cc_utf8_decode(c->s + pos, c->n - pos, cp);
    if (!k)
        return 0;
    if ((*cp >= 0xFF01 && *cp <= 0xFF5E) || *cp == 0x3000 || *cp == 0x2212)
        *cp = cc_fold_width(*cp);
    return k;
}

static bool S_is_space(unsigned cp)
{
    return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x2009 || cp == 0x202F;
}

static size_t S_skip_spaces(const S_ctx *c, size_t pos)
{
    unsigned cp;
    size_t k;
    while ((k = S_peek(c, pos, &cp)) && S_is_space(cp))
        pos += k;
    return pos;
}

static bool S_is_digit(unsigned cp)
{
    return cp >= '0' && cp <= '9';
}

static bool S_is_alpha(unsigned cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/* True when the code point at pos is the given one. */
static bool S_at(const S_ctx *c, size_t pos, unsigned want, size_t *len)
{
    unsigned cp;
    size_t k = S_peek(c, pos, &cp);
    if (!k || cp != want)
        return false;
    if (len)
        *len = k;
    return true;
}

enum { ZH_DIGIT, ZH_PLACE, ZH_BIG, ZH_POINT, ZH_APPROX, ZH_NEG };

static const struct {
    unsigned cp;
    unsigned char kind;
    double v;
} S_zh_chars[] = {
    {0x96F6, ZH_DIGIT, 0}, /* 零 */
    {0x3007, ZH_DIGIT, 0}, /* 〇 */
    {0x4E00, ZH_DIGIT, 1}, /* 一 */
    {0x58F9, ZH_DIGIT, 1}, /* 壹 */
    {0x4E8C, ZH_DIGIT, 2}, /* 二 */
    {0x8D30, ZH_DIGIT, 2}, /* 贰 */
    {0x8CB3, ZH_DIGIT, 2}, /* 貳 */
    {0x4E24, ZH_DIGIT, 2}, /* 两 */
    {0x5169, ZH_DIGIT, 2}, /* 兩 */
    {0x5006, ZH_DIGIT, 2}, /* 倆 */
    {0x4E09, ZH_DIGIT, 3}, /* 三 */
    {0x53C1, ZH_DIGIT, 3}, /* 叁 */
    {0x53C4, ZH_DIGIT, 3}, /* 叄 */
    {0x53C3, ZH_DIGIT, 3}, /* 參 */
    {0x56DB, ZH_DIGIT, 4}, /* 四 */
    {0x8086, ZH_DIGIT, 4}, /* 肆 */
    {0x4E94, ZH_DIGIT, 5}, /* 五 */
    {0x4F0D, ZH_DIGIT, 5}, /* 伍 */
    {0x516D, ZH_DIGIT, 6}, /* 六 */
    {0x9646, ZH_DIGIT, 6}, /* 陆 */
    {0x9678, ZH_DIGIT, 6}, /* 陸 */
    {0x4E03, ZH_DIGIT, 7}, /* 七 */
    {0x67D2, ZH_DIGIT, 7}, /* 柒 */
    {0x516B, ZH_DIGIT, 8}, /* 八 */
    {0x634C, ZH_DIGIT, 8}, /* 捌 */
    {0x4E5D, ZH_DIGIT, 9}, /* 九 */
    {0x7396, ZH_DIGIT, 9}, /* 玖 */
    {0x5341, ZH_PLACE, 10}, /* 十 */
    {0x62FE, ZH_PLACE, 10}, /* 拾 */
    {0x767E, ZH_PLACE, 100}, /* 百 */
    {0x4F70, ZH_PLACE, 100}, /* 佰 */
    {0x5343, ZH_PLACE, 1000}, /* 千 */
    {0x4EDF, ZH_PLACE, 1000}, /* 仟 */
    {0x4E07, ZH_BIG, 1e4}, /* 万 */
    {0x842C, ZH_BIG, 1e4}, /* 萬 */
    {0x4EBF, ZH_BIG, 1e8}, /* 亿 */
    {0x5104, ZH_BIG, 1e8}, /* 億 */
    {0x5146, ZH_BIG, 1e12}, /* 兆 */
    {0x70B9, ZH_POINT, 0}, /* 点 */
    {0x9EDE, ZH_POINT, 0}, /* 點 */
    {0x591A, ZH_APPROX, 0}, /* 多 */
    {0x4F59, ZH_APPROX, 0}, /* 余 */
    {0x9918, ZH_APPROX, 0}, /* 餘 */
    {0x51E0, ZH_APPROX, 0}, /* 几 */
    {0x5E7E, ZH_APPROX, 0}, /* 幾 */
    {0x8D1F, ZH_NEG, 0}, /* 负 */
    {0x8CA0, ZH_NEG, 0}, /* 負 */
};

#define CP_FEN 0x5206  /* 分 */
#define CP_ZHI 0x4E4B  /* 之 */
#define CP_YOU 0x53C8  /* 又 */
#define CP_CHENG 0x6210 /* 成 */
#define CP_ZHE 0x6298  /* 折 */
#define CP_BAN 0x534A  /* 半 */
#define CP_DA 0x6253   /* 打 */
#define CP_YI 0x4E00   /* 一 */
#define CP_SHI 0x5341  /* 十 */
#define CP_SHI2 0x62FE /* 拾 */

/* 成, 折 and 打 begin ordinary words too (成为, 折合, 打开): after a number
 * they are read as numeral suffixes unless one of these follows. */
static const unsigned S_cheng_stop[] = {
    0x4E3A, 0x70BA, /* 为 為 */
    0x672C, /* 本 */
    0x5458, 0x54E1, /* 员 員 */
    0x529F, /* 功 */
    0x679C, /* 果 */
    0x719F, /* 熟 */
    0x7ACB, /* 立 */
    0x5C31, /* 就 */
    0x957F, 0x9577, /* 长 長 */
    0x4EA4, /* 交 */
    0x7EE9, 0x7E3E, /* 绩 績 */
    0x578B, /* 型 */
    0x54C1, /* 品 */
    0x5206, /* 分 */
};
static const unsigned S_zhe_stop[] = {
    0x5408, /* 合 */
    0x7B97, /* 算 */
    0x65E7, 0x820A, /* 旧 舊 */
    0x53E0, 0x758A, /* 叠 疊 */
    0x817E, 0x9A30, /* 腾 騰 */
    0x5C04, /* 射 */
    0x7EBF, 0x7DDA, /* 线 線 */
    0x8FD4, /* 返 */
    0x78E8, /* 磨 */
    0x635F, 0x640D, /* 损 損 */
    0x670D, /* 服 */
};
static const unsigned S_da_stop[] = {
    0x5F00, 0x958B, /* 开 開 */
    0x7B97, /* 算 */
    0x9020, /* 造 */
    0x7834, /* 破 */
    0x51FB, 0x64CA, /* 击 擊 */
    0x8D25, 0x6557, /* 败 敗 */
    0x901A, /* 通 */
    0x5370, /* 印 */
    0x6270, 0x64FE, /* 扰 擾 */
    0x5DE5, /* 工 */
    0x8F66, 0x8ECA, /* 车 車 */
    0x5361, /* 卡 */
    0x5305, /* 包 */
    0x5206, /* 分 */
    0x5165, /* 入 */
};

static bool S_in(const unsigned *set, size_t n, unsigned cp)
{
    for (size_t i = 0; i < n; i++)
        if (set[i] == cp)
            return true;
    return false;
}

/* The code points of S_zh_chars, as bits: most characters a numeral
 * reader looks at are not numerals, and this says so at once. */
static uint32_t S_zh_bits[0x10000 / 32];
static bool S_zh_ready;

static bool S_zh_maybe(unsigned cp)
{
    if (!S_zh_ready) {
        for (size_t i = 0; i < sizeof S_zh_chars / sizeof S_zh_chars[0]; i++)
            S_zh_bits[S_zh_chars[i].cp >> 5] |= 1u << (S_zh_chars[i].cp & 31);
        S_zh_ready = true;
    }
    return cp < 0x10000 && ((S_zh_bits[cp >> 5] >> (cp & 31)) & 1u);
}

/* The Chinese numeral character at pos, or -1. */
static int S_zh(const S_ctx *c, size_t pos, double *v, size_t *len)
{
    unsigned cp;
    size_t k = S_peek(c, pos, &cp);
    if (!k || cp < 0x3000 || !S_zh_maybe(cp))
        return -1;
    for (size_t i = 0; i < sizeof S_zh_chars / sizeof S_zh_chars[0]; i++) {
        if (S_zh_chars[i].cp == cp) {
            if (v)
                *v = S_zh_chars[i].v;
            if (len)
                *len = k;
            return S_zh_chars[i].kind;
        }
    }
    return -1;
}

/* 10^e as strtod reads "1e<e>": the compiler rounds these literals
 * correctly, as strtod does, so the table agrees with it exactly. */
static const double S_pow10_tab[] = {
    1e-30, 1e-29, 1e-28, 1e-27, 1e-26, 1e-25, 1e-24, 1e-23, 1e-22, 1e-21, 1e-20, 1e-19, 1e-18,
    1e-17, 1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-9,  1e-8,  1e-7,  1e-6,  1e-5,
    1e-4,  1e-3,  1e-2,  1e-1,  1e0,   1e1,   1e2,   1e3,   1e4,   1e5,   1e6,   1e7,   1e8,
    1e9,   1e10,  1e11,  1e12,  1e13,  1e14,  1e15,  1e16,  1e17,  1e18,  1e19,  1e20,  1e21,
    1e22,  1e23,  1e24,  1e25,  1e26,  1e27,  1e28,  1e29,  1e30,
};

static double S_pow10(int e)
{
    if (e >= -30 && e <= 30)
        return S_pow10_tab[e + 30];
    char buf[16];
    snprintf(buf, sizeof buf, "1e%d", e);
    return strtod(buf, NULL);
}

/* ------------------------------------------------------------------ */
/* Arabic digits                                                        */
/* ------------------------------------------------------------------ */

typedef struct {
    double value, step;
    size_t end;
    int ndigits;     /* significant digits written */
    int decimals;    /* digits after the point */
    bool grouped;    /* thousands separators were used */
    char text[S_MAX_DIGITS + 8]; /* the digits as ASCII for strtod */
    size_t tlen;
} S_arabic;

/* Exactly three digits at pos, then no further digit. */
static bool S_group3(const S_ctx *c, size_t pos, size_t *end)
{
    unsigned cp;
    size_t k;
    for (int i = 0; i < 3; i++) {
        k = S_peek(c, pos, &cp);
        if (!k || !S_is_digit(cp))
            return false;
        pos += k;
    }
    k = S_peek(c, pos, &cp);
    if (k && S_is_digit(cp))
        return false;
    *end = pos;
    return true;
}

static bool S_put_digit(S_ctx *c, S_arabic *a, unsigned cp)
{
    if (a->tlen >= S_MAX_DIGITS + 2) {
        c->err = S_ERR_LONG;
        return false;
    }
    a->text[a->tlen++] = (char)cp;
    a->text[a->tlen] = '\0';
    return true;
}

/* The Indian grouping after a lead of one or two digits at pos: pairs of
 * digits, then a last group of three (12,34,567; 1,00,00,000).  Where it
 * ends, or 0. */
static size_t S_indian_groups(const S_ctx *c, size_t pos)
{
    size_t p = pos, pairs = 0, end;
    while (p + 3 < c->n && c->s[p] == ',' && S_is_digit((unsigned char)c->s[p + 1]) &&
           S_is_digit((unsigned char)c->s[p + 2]) && c->s[p + 3] == ',') {
        p += 3;
        pairs++;
    }
    return pairs > 0 && p < c->n && c->s[p] == ',' && S_group3(c, p + 1, &end) ? end : 0;
}

/* [digits][,ddd]*[.digits] or .digits; separators are ',' '，' or one
 * space, each followed by exactly three digits; or the Indian grouping. */
static bool S_read_arabic(S_ctx *c, size_t pos, S_arabic *a)
{
    unsigned cp;
    size_t k;
    /* field by field: a memset of the whole (digits buffer included)
     * compiles to a rep stos, slow to start, and this runs per number */
    a->value = a->step = 0;
    a->end = a->tlen = 0;
    a->ndigits = a->decimals = 0;
    a->grouped = false;
    a->text[0] = '\0';
    int lead = 0;
    while ((k = S_peek(c, pos, &cp)) && S_is_digit(cp)) {
        if (!S_put_digit(c, a, cp))
            return false;
        lead++;
        pos += k;
    }
    size_t indian = lead > 0 && lead <= 2 ? S_indian_groups(c, pos) : 0;
    if (indian) {
        for (; pos < indian; pos++)
            if (c->s[pos] != ',' && !S_put_digit(c, a, (unsigned char)c->s[pos]))
                return false;
        a->grouped = true;
    } else if (lead > 0 && lead <= 3) {
        /* one separator kind per number */
        unsigned sep = 0;
        for (;;) {
            size_t end;
            k = S_peek(c, pos, &cp);
            if (!k || !(cp == ',' || cp == 0xFF0C || cp == ' ' || cp == 0xA0 || cp == 0x2009 || cp == 0x202F))
                break;
            unsigned kind = cp == ',' || cp == 0xFF0C ? ',' : ' ';
            if ((sep && kind != sep) || !S_group3(c, pos + k, &end))
                break;
            if (kind == ' ') {
                /* "1 234/5" is a mixed fraction, not a group */
                unsigned nx;
                if (S_peek(c, end, &nx) && (nx == '/' || nx == 0xFF0F))
                    break;
            }
            sep = kind;
            pos += k;
            while (pos < end) {
                k = S_peek(c, pos, &cp);
                if (!S_put_digit(c, a, cp))
                    return false;
                pos += k;
            }
            a->grouped = true;
        }
    }
    size_t pk = S_peek(c, pos, &cp);
    if (pk && cp == '.') {
        unsigned d;
        size_t dk = S_peek(c, pos + pk, &d);
        if (dk && S_is_digit(d)) {
            if (!S_put_digit(c, a, '.'))
                return false;
            pos += pk;
            while ((k = S_peek(c, pos, &cp)) && S_is_digit(cp)) {
                if (!S_put_digit(c, a, cp))
                    return false;
                a->decimals++;
                pos += k;
            }
        }
    }
    if (a->tlen == 0 || (a->tlen == 1 && a->text[0] == '.'))
        return false;
    a->ndigits = (int)a->tlen - (a->decimals ? 1 : 0);
    if (a->ndigits > S_MAX_DIGITS) {
        c->err = S_ERR_LONG;
        return false;
    }
    /* Up to 15 digits, the mantissa and 10^decimals are exact doubles, so
     * their quotient is correctly rounded: the double strtod gives. */
    if (a->ndigits <= 15 && a->decimals <= 22) {
        uint64_t m = 0;
        for (size_t i = 0; i < a->tlen; i++)
            if (a->text[i] != '.')
                m = m * 10 + (uint64_t)(a->text[i] - '0');
        a->value = a->decimals ? (double)m / S_pow10(a->decimals) : (double)m;
    } else {
        a->value = strtod(a->text, NULL);
    }
    a->step = S_pow10(-a->decimals);
    a->end = pos;
    return true;
}

/* Optional signs at pos ('+', '-'); returns -1 or +1 and moves *pos. */
static int S_signs(const S_ctx *c, size_t *pos, bool many)
{
    int sign = 1;
    unsigned cp;
    size_t k;
    while ((k = S_peek(c, *pos, &cp)) && (cp == '+' || cp == '-')) {
        if (cp == '-')
            sign = -sign;
        *pos += k;
        if (!many)
            break;
    }
    return sign;
}

/* Digits (and optional decimals) for an exponent; false when none. */
static bool S_exp_digits(S_ctx *c, size_t *pos, char *buf, size_t cap, bool decimals)
{
    unsigned cp;
    size_t k, len = strlen(buf), start = len;
    bool point = false;
    while ((k = S_peek(c, *pos, &cp)) && (S_is_digit(cp) || (decimals && cp == '.' && !point))) {
        if (cp == '.') {
            unsigned d;
            if (!S_peek(c, *pos + k, &d) || !S_is_digit(d))
                break;
            point = true;
        }
        if (len + 2 >= cap) {
            c->err = S_ERR_LONG;
            return false;
        }
        buf[len++] = (char)cp;
        buf[len] = '\0';
        *pos += k;
    }
    return len > start;
}


/* An ASCII word at pos (letters only), lower-cased into buf; its length. */
static size_t S_word(const S_ctx *c, size_t pos, char *buf, size_t cap)
{
    size_t i = 0;
    while (pos + i < c->n && S_is_alpha((unsigned char)c->s[pos + i])) {
        if (i + 1 < cap)
            buf[i] = (char)(c->s[pos + i] | 0x20);
        i++;
    }
    buf[i + 1 < cap ? i : cap - 1] = '\0';
    return i + 1 < cap ? i : 0;
}

/* English number words: the one table of them, for words alone (three
 * hundred) and after digits (3 hundred, 1.5 lakh crore, 2 bln). */
enum { EN_UNIT, EN_TEEN, EN_TENS, EN_HUNDRED, EN_SCALE, EN_AND, EN_A, EN_POINT, EN_DOZEN, EN_ORD, EN_START };
/* ordinal classes: which cardinal words may precede them in a compound
 * denominator (twenty-first, one hundred fifth) */
enum { ORD_UNIT, ORD_TEEN, ORD_TENS, ORD_BIG, ORD_PART };

static const struct {
    const char *word;
    unsigned char kind, ord;
    double v;
} S_en_words[] = {
    {"zero", EN_UNIT, 0, 0}, {"naught", EN_UNIT, 0, 0}, {"nought", EN_UNIT, 0, 0},
    {"one", EN_UNIT, 0, 1}, {"two", EN_UNIT, 0, 2}, {"three", EN_UNIT, 0, 3},
    {"four", EN_UNIT, 0, 4}, {"five", EN_UNIT, 0, 5}, {"six", EN_UNIT, 0, 6},
    {"seven", EN_UNIT, 0, 7}, {"eight", EN_UNIT, 0, 8}, {"nine", EN_UNIT, 0, 9},
    {"ten", EN_TEEN, 0, 10}, {"eleven", EN_TEEN, 0, 11}, {"twelve", EN_TEEN, 0, 12},
    {"thirteen", EN_TEEN, 0, 13}, {"fourteen", EN_TEEN, 0, 14}, {"fifteen", EN_TEEN, 0, 15},
    {"sixteen", EN_TEEN, 0, 16}, {"seventeen", EN_TEEN, 0, 17}, {"eighteen", EN_TEEN, 0, 18},
    {"nineteen", EN_TEEN, 0, 19},
    {"twenty", EN_TENS, 0, 20}, {"thirty", EN_TENS, 0, 30}, {"forty", EN_TENS, 0, 40},
    {"fifty", EN_TENS, 0, 50}, {"sixty", EN_TENS, 0, 60}, {"seventy", EN_TENS, 0, 70},
    {"eighty", EN_TENS, 0, 80}, {"ninety", EN_TENS, 0, 90},
    {"hundred", EN_HUNDRED, 0, 1e2}, {"thousand", EN_SCALE, 0, 1e3}, {"million", EN_SCALE, 0, 1e6},
    {"billion", EN_SCALE, 0, 1e9}, {"trillion", EN_SCALE, 0, 1e12},
    {"lakh", EN_SCALE, 0, 1e5}, {"lakhs", EN_SCALE, 0, 1e5}, {"crore", EN_SCALE, 0, 1e7},
    {"crores", EN_SCALE, 0, 1e7}, {"bn", EN_SCALE, 0, 1e9}, {"bln", EN_SCALE, 0, 1e9},
    {"mln", EN_SCALE, 0, 1e6}, {"tln", EN_SCALE, 0, 1e12},
    {"and", EN_AND, 0, 0}, {"a", EN_A, 0, 1}, {"an", EN_A, 0, 1}, {"point", EN_POINT, 0, 0},
    {"dozen", EN_DOZEN, 0, 12}, {"dozens", EN_DOZEN, 0, 12}, {"doz", EN_DOZEN, 0, 12},
    {"dozs", EN_DOZEN, 0, 12},  {"dz", EN_DOZEN, 0, 12},     {"dzs", EN_DOZEN, 0, 12},
    {"half", EN_ORD, ORD_PART, 2}, {"halves", EN_ORD, ORD_PART, 2}, {"quarter", EN_ORD, ORD_PART, 4},
    {"first", EN_ORD, ORD_UNIT, 1}, {"second", EN_ORD, ORD_UNIT, 2}, {"third", EN_ORD, ORD_UNIT, 3},
    {"fourth", EN_ORD, ORD_UNIT, 4}, {"fifth", EN_ORD, ORD_UNIT, 5}, {"sixth", EN_ORD, ORD_UNIT, 6},
    {"seventh", EN_ORD, ORD_UNIT, 7}, {"eighth", EN_ORD, ORD_UNIT, 8}, {"ninth", EN_ORD, ORD_UNIT, 9},
    {"tenth", EN_ORD, ORD_TEEN, 10}, {"eleventh", EN_ORD, ORD_TEEN, 11}, {"twelfth", EN_ORD, ORD_TEEN, 12},
    {"thirteenth", EN_ORD, ORD_TEEN, 13}, {"fourteenth", EN_ORD, ORD_TEEN, 14},
    {"fifteenth", EN_ORD, ORD_TEEN, 15}, {"sixteenth", EN_ORD, ORD_TEEN, 16},
    {"seventeenth", EN_ORD, ORD_TEEN, 17}, {"eighteenth", EN_ORD, ORD_TEEN, 18},
    {"nineteenth", EN_ORD, ORD_TEEN, 19},
    {"twentieth", EN_ORD, ORD_TENS, 20}, {"thirtieth", EN_ORD, ORD_TENS, 30},
    {"fortieth", EN_ORD, ORD_TENS, 40}, {"fiftieth", EN_ORD, ORD_TENS, 50},
    {"sixtieth", EN_ORD, ORD_TENS, 60}, {"seventieth", EN_ORD, ORD_TENS, 70},
    {"eightieth", EN_ORD, ORD_TENS, 80}, {"ninetieth", EN_ORD, ORD_TENS, 90},
    {"hundredth", EN_ORD, ORD_BIG, 1e2}, {"thousandth", EN_ORD, ORD_BIG, 1e3},
    {"millionth", EN_ORD, ORD_BIG, 1e6}, {"billionth", EN_ORD, ORD_BIG, 1e9},
    {"trillionth", EN_ORD, ORD_BIG, 1e12},
};

typedef struct {
    unsigned char kind, ord;
    double v;
    size_t end;
    bool hyph; /* joined to the word before by a hyphen */
} S_tok;

static int S_en_lookup(const char *w, bool ord_only)
{
    for (size_t i = 0; i < sizeof S_en_words / sizeof S_en_words[0]; i++)
        if (S_en_words[i].word[0] == w[0] && (!ord_only || S_en_words[i].kind == EN_ORD) &&
            strcmp(w, S_en_words[i].word) == 0)
            return (int)i;
    return -1;
}

/* Number words from pos, separated by spaces or hyphens. */
static size_t S_en_tokens(const S_ctx *c, size_t pos, S_tok *t, size_t max)
{
    size_t nt = 0;
    bool hyph = false;
    while (nt < max) {
        char w[24];
        size_t wl = S_word(c, pos, w, sizeof w);
        if (!wl)
            break;
        int i = S_en_lookup(w, false);
        if (i < 0 && wl > 1 && w[wl - 1] == 's') {
            w[wl - 1] = '\0';
            i = S_en_lookup(w, true);
        }
        /* fourfold, twenty-fivefold: the number ends before its "fold", a
         * unit as in 4-fold, and so do the number words */
        size_t end = pos + wl;
        if (i < 0 && wl > 4 && memcmp(w + wl - 4, "fold", 4) == 0) {
            w[wl - 4] = '\0';
            i = S_en_lookup(w, false);
            if (i >= 0 && S_en_words[i].kind != EN_UNIT && S_en_words[i].kind != EN_TEEN &&
                S_en_words[i].kind != EN_TENS && S_en_words[i].kind != EN_HUNDRED && S_en_words[i].kind != EN_SCALE)
                i = -1;
            end -= 4;
        }
        if (i < 0)
            break;
        if (end == pos + wl && nt > 0 && S_en_words[i].v == 1e7 && t[nt - 1].kind == EN_SCALE &&
            t[nt - 1].v == 1e5 && !hyph) {
            /* three lakh crore: a lakh of crores, one scale of 10^12 */
            t[nt - 1].v = 1e12;
            t[nt - 1].end = end;
        } else {
            t[nt].kind = S_en_words[i].kind;
            t[nt].ord = S_en_words[i].ord;
            t[nt].v = S_en_words[i].v;
            t[nt].end = end;
            t[nt].hyph = hyph;
            nt++;
        }
        if (end < pos + wl)
            break; /* its fold follows */
        size_t q = S_skip_spaces(c, pos + wl);
        hyph = false;
        if (q < c->n && c->s[q] == '-') {
            hyph = true;
            q = S_skip_spaces(c, q + 1);
        }
        if (q == pos + wl)
            break;
        pos = q;
    }
    return nt;
}

/* Is u[0..k) the word w, whatever its case? */
static bool S_word_is(const unsigned char *u, size_t k, const char *w)
{
    size_t j = 0;
    while (j < k && w[j] == (char)(u[j] | 0x20))
        j++;
    return j == k && w[k] == '\0';
}

/* Is u[0..k) a scale word of S_en_words (million, lakh, dozen, bn),
 * whatever its case?  They are listed once: this runs after most numbers
 * of prose (30 minutes, 6,000 developers). */
static bool S_scale_word(const unsigned char *u, size_t k)
{
    static const char *scales[32];
    static size_t nscales;
    if (!nscales)
        for (size_t i = 0; i < sizeof S_en_words / sizeof S_en_words[0] && nscales < 32; i++)
            if (S_en_words[i].kind == EN_SCALE || S_en_words[i].kind == EN_HUNDRED || S_en_words[i].kind == EN_DOZEN)
                scales[nscales++] = S_en_words[i].word;
    for (size_t i = 0; i < nscales; i++)
        if (S_word_is(u, k, scales[i]))
            return true;
    return false;
}

/* buf holds "MANTISSAeEXP": the value, and a step of one unit of the
 * mantissa's last digit scaled by the exponent (2.5e3 -> 100). */
static bool S_scientific(S_ctx *c, const S_arabic *a, const char *buf, size_t end, S_num *n)
{
    double v = strtod(buf, NULL);
    if (!isfinite(v)) {
        c->err = S_ERR_LARGE;
        return false;
    }
    /* 1e-400 underflows to 0: never a silent zero */
    const char *nz = strpbrk(buf, "123456789");
    if (v == 0 && nz && nz < strchr(buf, 'e')) {
        c->err = S_ERR_SMALL;
        return false;
    }
    long e = strtol(strchr(buf, 'e') + 1, NULL, 10);
    /* 1e-99999999999999999999 is 0: keep the step's exponent representable */
    if (e < -1000)
        e = -1000;
    if (e > 1000)
        e = 1000;
    n->value = v;
    n->step = S_pow10((int)(e - a->decimals));
    n->end = end;
    n->terminal = true;
    return true;
}

/* After a leading Arabic number: an exponent (e5, E-1), a power (^23),
 * scientific x10^6, a suffix (k M G b) or an English scale word.  Fills n
 * and returns true when one was read. */
static bool S_arabic_tail(S_ctx *c, const S_arabic *a, S_num *n)
{
    size_t pos = a->end, k;
    unsigned cp;
    char buf[S_MAX_DIGITS * 2 + 16];

    k = S_peek(c, pos, &cp);
    if (k && (cp == 'e' || cp == 'E')) {
        size_t p = pos + k;
        snprintf(buf, sizeof buf, "%se", a->text);
        unsigned sc;
        size_t sk = S_peek(c, p, &sc);
        if (sk && (sc == '+' || sc == '-')) {
            strcat(buf, sc == '-' ? "-" : "+");
            p += sk;
        }
        if (S_exp_digits(c, &p, buf, sizeof buf, false))
            return S_scientific(c, a, buf, p, n);
        if (c->err)
            return false;
    }
    if (k && cp == '^') {
        size_t p = pos + k;
        int sign = S_signs(c, &p, true);
        buf[0] = '\0';
        if (S_exp_digits(c, &p, buf, sizeof buf, true)) {
            double v = pow(a->value, sign * strtod(buf, NULL));
            if (!isfinite(v)) {
                c->err = S_ERR_LARGE;
                return false;
            }
            n->value = v;
            n->step = 0;
            n->flags |= CC_NUM_EXACT;
            n->end = p;
            n->terminal = true;
            return true;
        }
        if (c->err)
            return false;
    }
    if (k && (cp == 'x' || cp == 'X' || cp == 0xD7 || cp == '*')) {
        size_t p = pos + k;
        unsigned c1, c2, c3;
        size_t k1 = S_peek(c, p, &c1), k2 = k1 ? S_peek(c, p + k1, &c2) : 0;
        size_t k3 = k2 ? S_peek(c, p + k1 + k2, &c3) : 0;
        if (k3 && c1 == '1' && c2 == '0' && c3 == '^') {
            p += k1 + k2 + k3;
            int sign = S_signs(c, &p, false);
            snprintf(buf, sizeof buf, "%se%s", a->text, sign < 0 ? "-" : "");
            if (S_exp_digits(c, &p, buf, sizeof buf, false))
                return S_scientific(c, a, buf, p, n);
            if (c->err)
                return false;
        }
    }
    /* suffixes: b, B, T (70B, 15T: the parameters and tokens of AI
     * models) and tn only directly after the digits; k, M, G also after
     * spaces */
    size_t p = S_skip_spaces(c, pos);
    k = S_peek(c, p, &cp);
    unsigned nx;
    size_t nk = k ? S_peek(c, p + k, &nx) : 0;
    bool tn = cp == 't' && nk && nx == 'n';
    if (k && (cp == 'k' || cp == 'K' || cp == 'M' || cp == 'G' ||
              ((cp == 'b' || cp == 'B' || cp == 'T' || tn) && p == pos))) {
        if (nk && (cp == 'b' || tn) && nx == 'n') {
            /* 1.2bn, 1.2tn */
            k += nk;
            nk = S_peek(c, p + k, &nx);
        }
        if (!nk || !(S_is_alpha(nx) || S_is_digit(nx))) {
            double m = cp == 'k' || cp == 'K' ? 1e3 : cp == 'M' ? 1e6 : cp == 'G' || cp == 'b' || cp == 'B' ? 1e9 : 1e12;
            n->value = a->value * m;
            n->step = a->step * m;
            n->end = p + k;
            n->terminal = true;
            return true;
        }
    }
    if (p > pos && p < c->n && S_is_alpha((unsigned char)c->s[p])) {
        /* 3 million, 2 dozen, 1.5 lakh crore (a lakh of crores, 10^12) */
        const unsigned char *u = (const unsigned char *)c->s + p;
        size_t wl = 0;
        while (p + wl < c->n && wl < 16 && S_is_alpha(u[wl]))
            wl++;
        S_tok t[2];
        if (S_scale_word(u, wl) && S_en_tokens(c, p, t, 2) > 0 &&
            (t[0].kind == EN_SCALE || t[0].kind == EN_HUNDRED || t[0].kind == EN_DOZEN)) {
            n->value = a->value * t[0].v;
            n->step = a->step * t[0].v;
            n->end = t[0].end;
            n->flags |= CC_NUM_WORDS;
            n->terminal = true;
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* Chinese and mixed numerals                                           */
/* ------------------------------------------------------------------ */

/* Chinese decimal digits after 点 at pos: appends them to *value. */
static bool S_zh_decimals(S_ctx *c, size_t pos, double *value, double *step, size_t *end)
{
    char buf[S_MAX_DIGITS + 4] = "0.";
    size_t len = 2;
    double v;
    size_t k;
    while (S_zh(c, pos, &v, &k) == ZH_DIGIT) {
        if (len >= S_MAX_DIGITS + 2) {
            c->err = S_ERR_LONG;
            return false;
        }
        buf[len++] = (char)('0' + (int)v);
        buf[len] = '\0';
        pos += k;
    }
    if (len == 2)
        return false;
    if (len - 2 <= 15) {
        /* exact mantissa over an exact power of ten: strtod's double */
        uint64_t m = 0;
        for (size_t i = 2; i < len; i++)
            m = m * 10 + (uint64_t)(buf[i] - '0');
        *value += (double)m / S_pow10((int)(len - 2));
    } else {
        *value += strtod(buf, NULL);
    }
    *step = S_pow10(-(int)(len - 2));
    *end = pos;
    return true;
}

/* Is a big unit (万 亿 兆) next, possibly after spaces? */
static bool S_big_next(const S_ctx *c, size_t pos)
{
    return S_zh(c, S_skip_spaces(c, pos), NULL, NULL) == ZH_BIG;
}

static bool S_zhe_at(const S_ctx *c, size_t pos, size_t *end);

/* 分点 at pos (百分点, a percentage point)? */
static bool S_percent_point(const S_ctx *c, size_t pos)
{
    size_t k;
    if (!S_at(c, pos, CP_FEN, &k))
        return false;
    return S_zh(c, S_skip_spaces(c, pos + k), NULL, NULL) == ZH_POINT;
}

/* Do Chinese places follow (after spaces): 1.5万, 500余万? */
static bool S_zh_continues(const S_ctx *c, size_t pos)
{
    size_t k;
    size_t q = S_skip_spaces(c, pos);
    int kind = S_zh(c, q, NULL, &k);
    if (kind == ZH_PLACE || kind == ZH_BIG)
        return true;
    return kind == ZH_APPROX && S_big_next(c, q + k);
}

/* A whole number in Arabic digits, Chinese numerals or both, with its
 * places and groups: 30, 2.78, 三十, 两千四百五, 1.5万, 5万4千6百, 十余万.
 * A leading place stands for one of it (百人, 千三); allow_bare lets a
 * group do the same (万人, 万分之).  out->bare tells 百分之 (a percentage)
 * from 一百分之 (a fraction). */
static bool S_plain(S_ctx *c, size_t pos, bool allow_bare, S_num *out)
{
    memset(out, 0, sizeof *out);
    size_t p = pos, end = pos;
    unsigned cp;
    size_t k;

    k = S_peek(c, p, &cp);
    if (k && (S_is_digit(cp) || cp == '.')) {
        S_arabic a;
        if (!S_read_arabic(c, p, &a))
            return false;
        out->arabic = true;
        if (S_arabic_tail(c, &a, out))
            return true;
        if (c->err)
            return false;
        /* a plain Arabic number unless Chinese places follow */
        if (!S_zh_continues(c, a.end)) {
            out->value = a.value;
            out->step = a.step;
            out->end = a.end;
            out->integer = a.decimals == 0;
            out->single = a.ndigits == 1 && a.decimals == 0 && !a.grouped;
            return true;
        }
    }

    double total = 0, tot_mag = 0, section = 0, sec_place = 0, last_place = 0;
    double num = 0, st = 1, frac = 0;
    bool have_num = false, num_single = false, num_run = false, num_arabic = false;
    bool gap = false, any = false, any_digit = false, any_scale = false, bare = false;
    bool approx = false, chinese = false, done = false, decimal_done = false;
    int run_len = 0;
    double run_first = 0;
    size_t run_first_end = pos;
    bool run_zero = false;

    while (!done) {
        size_t q = end;
        bool spaced = false;
        if (any) {
            q = S_skip_spaces(c, end);
            spaced = q > end;
        }
        double v;
        int kind = S_zh(c, q, &v, &k);
        k = kind >= 0 ? k : 0;
        unsigned ch;
        size_t ck = S_peek(c, q, &ch);

        if (ck && (S_is_digit(ch) || (ch == '.' && !any))) {
            /* Arabic digits inside a Chinese numeral: 5万4千, 2千零30万 */
            if (have_num)
                break;
            S_arabic a;
            if (!S_read_arabic(c, q, &a)) {
                if (c->err)
                    return false;
                break;
            }
            if (spaced && !S_zh_continues(c, a.end))
                break;
            num = a.value;
            st = a.step;
            have_num = true;
            num_arabic = true;
            num_run = false;
            num_single = a.ndigits == 1 && a.decimals == 0 && !a.grouped;
            any = any_digit = true;
            end = a.end;
            continue;
        }
        if (kind == ZH_DIGIT) {
            if (have_num) {
                /* a positional run: 三八, 二〇二五 — never across spaces,
                 * never once places have been written */
                if (!num_run || spaced || any_scale || gap)
                    break;
                if (++run_len > S_MAX_DIGITS) {
                    c->err = S_ERR_LONG;
                    return false;
                }
                num = num * 10 + v;
                run_zero |= v == 0;
                num_single = false;
                end = q + k;
                continue;
            }
            if (v == 0) {
                /* 零 marks a gap: the next digit sits lower than the place before */
                gap = true;
                any = any_digit = chinese = true;
                end = q + k;
                continue;
            }
            num = v;
            st = 1;
            have_num = true;
            num_run = !any_scale;
            run_len = 1;
            run_first = v;
            run_first_end = q + k;
            run_zero = false;
            num_single = true;
            num_arabic = false;
            any = any_digit = chinese = true;
            end = q + k;
            continue;
        }
        if (kind == ZH_PLACE) {
            if (v == 100 && S_percent_point(c, q + k))
                break; /* 3百分点: 百分点 is the unit */
            if (have_num) {
                if (num_run && run_len > 1 && any_digit && num != 0)
                    break; /* 五六十: two digits before a place is a range */
                if (sec_place && v >= sec_place)
                    break;
                section += num * v;
                st *= v;
                have_num = false;
            } else {
                /* implicit one: 十五, 百三 at the start, 零十 after a gap */
                if (sec_place && v >= sec_place)
                    break;
                if (!any) {
                    if (v == 10)
                        any_digit = true;
                    else
                        bare = true;
                }
                section += v;
                st = v;
            }
            sec_place = v;
            last_place = v;
            gap = false;
            any = any_scale = chinese = true;
            end = q + k;
            continue;
        }
        if (kind == ZH_BIG) {
            if (!any) {
                if (!allow_bare)
                    break;
                bare = true;
                num = 1;
                have_num = true;
                num_single = false;
                st = 1;
            }
            if (have_num) {
                if (num_run && run_len > 1)
                    break;
                /* 两千三万 = 2300万, but 亿四万 is 40000 */
                if (num_single && !gap && last_place >= 10 && last_place < 1e4) {
                    num *= last_place / 10;
                    st *= last_place / 10;
                }
                section += num;
                have_num = false;
            }
            if (tot_mag == 0 || v >= tot_mag)
                total = (total + section) * v;
            else
                total += section * v;
            st *= v;
            tot_mag = v;
            section = 0;
            sec_place = 0;
            last_place = v;
            gap = false;
            any = any_scale = chinese = true;
            end = q + k;
            continue;
        }
        if (kind == ZH_POINT && any) {
            size_t d = S_skip_spaces(c, q + k);
            if (S_zh(c, d, NULL, NULL) != ZH_DIGIT)
                break;
            if (have_num && num_run && !any_scale && !num_arabic) {
                /* 一点五 is a number that places may still scale: 一点五万 */
                double fv = num, fs;
                size_t fe;
                if (!S_zh_decimals(c, d, &fv, &fs, &fe)) {
                    if (c->err)
                        return false;
                    break;
                }
                num = fv;
                st = fs;
                num_run = false;
                num_single = false;
                end = fe;
                chinese = true;
                continue;
            }
            /* 两千三点一: the integer part ends here */
            if (have_num) {
                if (num_single && !gap && last_place >= 10 && !num_arabic) {
                    num *= last_place / 10;
                }
                section += num;
                have_num = false;
            }
            double fs;
            size_t fe;
            frac = 0;
            if (!S_zh_decimals(c, d, &frac, &fs, &fe)) {
                if (c->err)
                    return false;
                break;
            }
            st = fs;
            end = fe;
            decimal_done = true;
            done = true;
            /* 十二点五万 = 12.5万, while 两千万点五 keeps its decimals */
            size_t bk;
            while (total == 0 && S_zh(c, end, &v, &bk) == ZH_BIG) {
                section = (section + frac) * v;
                frac = 0;
                st *= v;
                end += bk;
            }
            continue;
        }
        if (kind == ZH_APPROX && any && S_big_next(c, q + k)) {
            /* 十余万, 二十几万: a round number, the digit left unsaid */
            approx = true;
            end = q + k;
            continue;
        }
        break;
    }
    if (!any)
        return false;
    if (have_num && num_run && run_len == 2 && !run_zero && !any_scale) {
        /* 三五天, 七八个 name a range, not 35 or 78; 三八折 is 38% */
        size_t z;
        if (!S_zhe_at(c, S_skip_spaces(c, end), &z)) {
            num = run_first;
            end = run_first_end;
        }
    }
    if (have_num) {
        if (num_single && !gap && last_place >= 10) {
            /* 一千三 = 1300, 九万四 = 94000 */
            num *= last_place / 10;
            st *= last_place / 10;
        }
        section += num;
    }
    out->value = total + section + (decimal_done ? frac : 0);
    out->step = st;
    out->end = end;
    out->bare = bare && !any_digit;
    out->integer = !decimal_done && !approx && st >= 1 && floor(out->value) == out->value;
    out->single = !any_scale && num_single && have_num;
    out->arabic = false;
    if (chinese)
        out->flags |= CC_NUM_CHINESE;
    if (approx)
        out->flags |= CC_NUM_APPROX;
    return true;
}

/* ------------------------------------------------------------------ */
/* English number words                                                 */
/* ------------------------------------------------------------------ */


/* Is t[i..j) a cardinal (two hundred and six, twenty-one trillion)?  *step
 * gets the scales applied after its last digit word. */
static bool S_en_card(const S_tok *t, size_t i, size_t j, double *value, double *step)
{
    double total = 0, group = 0, mult = 1, last_scale = INFINITY;
    bool hundred = false;
    int last = EN_START;
    if (j <= i)
        return false;
    for (size_t x = i; x < j; x++) {
        int kind = t[x].kind;
        double v = t[x].v;
        switch (kind) {
        case EN_A:
            if (x != i || j - i == 1)
                return false;
            group = 1;
            mult = 1;
            break;
        case EN_UNIT:
            if (v == 0 && j - i != 1)
                return false;
            if (!(last == EN_START || last == EN_TENS || last == EN_HUNDRED || last == EN_SCALE || last == EN_AND))
                return false;
            if (fmod(group, 10) != 0)
                return false;
            group += v;
            mult = 1;
            break;
        case EN_TEEN:
        case EN_TENS:
            if (!(last == EN_START || last == EN_HUNDRED || last == EN_SCALE || last == EN_AND))
                return false;
            if (fmod(group, 100) != 0)
                return false;
            group += v;
            /* "thirty" names the tens digit, as 三十 does: step 10 */
            mult = kind == EN_TENS ? 10 : 1;
            break;
        case EN_HUNDRED:
            if (!(last == EN_UNIT || last == EN_TEEN || last == EN_TENS || last == EN_A) || hundred)
                return false;
            group *= 100;
            mult *= 100;
            hundred = true;
            break;
        case EN_SCALE:
            if (!(last == EN_UNIT || last == EN_TEEN || last == EN_TENS || last == EN_HUNDRED || last == EN_A))
                return false;
            if (v >= last_scale)
                return false;
            total += group * v;
            group = 0;
            hundred = false;
            last_scale = v;
            mult *= v;
            break;
        case EN_AND:
            if (!(last == EN_HUNDRED || last == EN_SCALE || last == EN_TENS) || x + 1 == j)
                return false;
            break;
        default:
            return false;
        }
        last = kind;
    }
    *value = total + group;
    if (step)
        *step = mult;
    return true;
}

/* The denominator t[s..k]: an ordinal, maybe after cardinal words that
 * compound with it (twenty-first = 21, one hundred fifth = 105). */
static bool S_en_denominator(const S_tok *t, size_t s, size_t k, double *den)
{
    const S_tok *o = &t[k];
    if (s == k) {
        if (o->ord == ORD_UNIT && o->v <= 2)
            return false; /* "one second" is a time, "first" is no fraction */
        *den = o->v;
        return true;
    }
    if (o->ord == ORD_BIG || o->ord == ORD_PART || t[s].kind == EN_A)
        return false;
    size_t e = k;
    if (t[e - 1].kind == EN_AND && e - 1 > s && (t[e - 2].kind == EN_HUNDRED || t[e - 2].kind == EN_SCALE))
        e--;
    double cv;
    if (!S_en_card(t, s, e, &cv, NULL))
        return false;
    int last = t[e - 1].kind;
    if (o->ord == ORD_UNIT ? !(last == EN_TENS || last == EN_HUNDRED || last == EN_SCALE)
                           : !(last == EN_HUNDRED || last == EN_SCALE))
        return false;
    *den = cv + o->v;
    return true;
}

/* A fraction ending in the ordinal t[k]: two thirds, one and a half, one
 * hundred and three quarters, three twenty-firsts.  The numerator is the
 * shortest that leaves a valid denominator; a numerator "N1 and N2" with
 * N2 smaller than the denominator is a mixed number: *whole gets N1,
 * *part N2/den, and *scale the scale word N1 ends with (two million and a
 * half: 10^6), else 0.  A plain fraction has *whole 0 and *scale 0. */
static bool S_en_fraction(const S_tok *t, size_t k, double *whole, double *part, double *scale)
{
    for (size_t s = 1; s <= k; s++) {
        if (t[s].hyph && t[s - 1].kind == EN_TENS &&
            (t[s].kind == EN_UNIT || (t[s].kind == EN_ORD && t[s].ord == ORD_UNIT)))
            continue; /* forty-five, thirty-fifths: one word */
        double den;
        if (!S_en_denominator(t, s, k, &den) || den == 0)
            continue;
        size_t a = s;
        while (a > 0 && t[a - 1].kind != EN_AND)
            a--;
        if (a > 1 && a < s) {
            double n1, n2;
            bool n2_ok = (s - a == 1 && t[a].kind == EN_A) ? (n2 = 1, true) : S_en_card(t, a, s, &n2, NULL);
            if (n2_ok && S_en_card(t, 0, a - 1, &n1, NULL) && n2 < den) {
                *whole = n1;
                *part = n2 / den;
                *scale = t[a - 2].kind == EN_SCALE ? t[a - 2].v : 0;
                return true;
            }
        }
        double nv;
        if (s == 1 && t[0].kind == EN_A)
            nv = 1;
        else if (!S_en_card(t, 0, s, &nv, NULL))
            continue;
        *whole = *scale = 0;
        *part = nv / den;
        return true;
    }
    return false;
}

/* Does an English word of time (minutes, hrs, days …) start at p? */
static bool S_time_word_at(S_ctx *c, size_t p)
{
    static const char *const words[] = {"s",     "sec",  "secs",   "second", "seconds", "ms",    "min",
                                        "mins",  "minute", "minutes", "h",   "hr",      "hrs",   "hour",
                                        "hours", "day",  "days",   "week",   "weeks",   "month", "months",
                                        "year",  "years"};
    char w[16];
    if (!S_word(c, p, w, sizeof w))
        return false;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(w, words[i]) == 0)
            return true;
    return false;
}

/* "1 over 3", "one out of three", "1 in twenty-one", "1 in 4" after a
 * whole number. */
static bool S_over(S_ctx *c, size_t pos, double lhs, S_num *out)
{
    char w[8];
    size_t p = S_skip_spaces(c, pos), wl;
    if (p == pos || !(wl = S_word(c, p, w, sizeof w)))
        return false;
    bool in = false, over = false;
    if (strcmp(w, "over") == 0) {
        p += wl;
        over = true;
    } else if (strcmp(w, "in") == 0) {
        p += wl;
        in = true;
    } else if (strcmp(w, "out") == 0) {
        size_t q = S_skip_spaces(c, p + wl);
        if (q == p + wl || S_word(c, q, w, sizeof w) != 2 || strcmp(w, "of") != 0)
            return false;
        p = q + 2;
    } else {
        return false;
    }
    size_t q = S_skip_spaces(c, p);
    if (q == p || q >= c->n)
        return false;
    double rhs;
    size_t rend;
    unsigned cp, words = 0;
    if (!S_peek(c, q, &cp))
        return false; /* not a code point: nothing to divide by */
    if (S_is_digit(cp)) {
        S_arabic a;
        if (!S_read_arabic(c, q, &a) || a.decimals)
            return false;
        rhs = a.value;
        rend = a.end;
        /* 1 in 4 users, but not 3 in 2024 or 5 in 10 minutes */
        if (in && ((rend - q == 4 && rhs >= 1900 && rhs <= 2100) || S_time_word_at(c, S_skip_spaces(c, rend))))
            return false;
    } else if (S_is_alpha(cp)) {
        S_tok t[S_MAX_TOKENS];
        size_t nt = S_en_tokens(c, q, t, S_MAX_TOKENS), j;
        for (j = nt; j > 0; j--)
            if (S_en_card(t, 0, j, &rhs, NULL))
                break;
        if (j == 0)
            return false;
        rend = t[j - 1].end;
        words = CC_NUM_WORDS;
    } else {
        return false;
    }
    if (rhs == 0)
        return false;
    /* a share of a count is at most all of it (five out of three pieces,
     * 12 in six boxes are two counts); a noun may follow it after a space
     * (9 out of 10 engineers, one in five users), but not a scale word
     * (two out of five hundreds); "1 over 3" ends there */
    if (!over && lhs > rhs)
        return false;
    size_t f = S_skip_spaces(c, rend);
    bool more = S_peek(c, f, &cp);
    unsigned cp2;
    /* 1 over 3.5 is no fraction, nor 800 over 20% (800, and more than
     * 20%); a full stop ends one */
    if (more && (S_is_digit(cp) || cp == '/' || cp == '%' || cp == 0xFF05 ||
                 (cp == '.' && S_peek(c, f + 1, &cp2) && S_is_digit(cp2)) ||
                 (S_is_alpha(cp) && (over || f == rend))))
        return false;
    char next[16];
    if (more && S_is_alpha(cp) && S_word(c, f, next, sizeof next) &&
        (strcmp(next, "hundreds") == 0 || strcmp(next, "dozens") == 0 || strcmp(next, "thousands") == 0 ||
         strcmp(next, "millions") == 0 || strcmp(next, "billions") == 0))
        return false;
    out->value = lhs / rhs;
    out->step = 0;
    out->flags |= CC_NUM_EXACT | CC_NUM_FRACTION | (over ? 0 : CC_NUM_RATIO) | words;
    out->end = rend;
    return true;
}

static bool S_english(S_ctx *c, size_t pos, S_num *out)
{
    S_tok t[S_MAX_TOKENS];
    size_t nt = S_en_tokens(c, pos, t, S_MAX_TOKENS);
    size_t best = 0;
    double bv = 0, bs = 0;
    bool exact = false, cardinal = false, fraction = false;

    for (size_t j = nt; j > 0; j--) {
        if (S_en_card(t, 0, j, &bv, &bs)) {
            best = j;
            cardinal = true;
            break;
        }
    }
    if (cardinal && best < nt && (t[best].kind == EN_HUNDRED || t[best].kind == EN_SCALE)) {
        /* "one hundred and two hundred" is a range's two ends, not 102 */
        size_t a = best;
        while (a > 0 && t[a - 1].kind != EN_AND)
            a--;
        if (a > 1 && S_en_card(t, 0, a - 1, &bv, &bs))
            best = a - 1;
        else
            S_en_card(t, 0, best, &bv, &bs);
    }
    for (size_t k = nt; k-- > best;) {
        double whole, part, scale;
        if (t[k].kind == EN_ORD && S_en_fraction(t, k, &whole, &part, &scale)) {
            best = k + 1;
            bs = 0;
            exact = true;
            cardinal = false;
            /* a fraction of a scale word: a half million, five and a
             * half million (5.5 x 10^6), one billion and a quarter million
             * (10^9 + 0.25 x 10^6), or of the scale the whole number ends
             * with: two million and a half (2.5 x 10^6) */
            if (best < nt && t[best].kind == EN_SCALE && !t[best].hyph && (scale == 0 || t[best].v < scale)) {
                double of = t[best].v;
                bv = scale == 0 ? (whole + part) * of : whole + part * of;
                best++;
            } else {
                bv = whole + part * (scale ? scale : 1);
                /* two thirds, a quarter: a share, as 三分之二 is */
                fraction = whole == 0 && scale == 0;
            }
            break;
        }
    }
    /* nine point nought four */
    for (size_t j = 1; j + 1 < nt; j++) {
        double iv;
        if (t[j].kind != EN_POINT || !S_en_card(t, 0, j, &iv, NULL))
            continue;
        char buf[S_MAX_DIGITS + 4] = "0.";
        size_t m = j + 1, len = 2;
        while (m < nt && t[m].kind == EN_UNIT && len < S_MAX_DIGITS + 2) {
            buf[len++] = (char)('0' + (int)t[m].v);
            buf[len] = '\0';
            m++;
        }
        if (len > 2 && m > best) {
            best = m;
            bv = iv + strtod(buf, NULL);
            bs = S_pow10(-(int)(len - 2));
            exact = cardinal = fraction = false;
        }
        break;
    }
    /* a dozen, two dozen */
    for (size_t j = 1; j < nt; j++) {
        double cv;
        if (t[j].kind != EN_DOZEN)
            continue;
        bool a = j == 1 && t[0].kind == EN_A;
        if ((a || S_en_card(t, 0, j, &cv, NULL)) && j + 1 > best) {
            if (a)
                cv = 1;
            best = j + 1;
            bv = cv * 12;
            exact = cv == 1;
            fraction = false;
            bs = exact ? 0 : 12;
            cardinal = false;
        }
        break;
    }
    /* half a million, half a dozen, half million: that part of the scale */
    if (nt >= 2 && t[0].kind == EN_ORD && t[0].ord == ORD_PART) {
        size_t j = t[1].kind == EN_A ? 2 : 1;
        if (j < nt && (t[j].kind == EN_SCALE || t[j].kind == EN_DOZEN) && j + 1 > best) {
            best = j + 1;
            bv = (t[j].kind == EN_DOZEN ? 12 : t[j].v) / t[0].v;
            bs = 0;
            exact = true;
            fraction = false;
            cardinal = false;
        }
    }
    /* an order of magnitude: "an" is the count of orders (the figure
     * reader takes "order of magnitude" as its unit) */
    if (!best && nt == 1 && t[0].kind == EN_A) {
        static const char order[] = "order of magnitude";
        size_t q = S_skip_spaces(c, t[0].end), k = sizeof order - 1, j = 0;
        while (q > t[0].end && j < k && q + j < c->n && (c->s[q + j] | 0x20) == order[j])
            j++;
        if (j == k && (q + k == c->n || !S_is_alpha((unsigned char)c->s[q + k]))) {
            best = 1;
            bv = 1;
            exact = true;
        }
    }
    /* half alone is 50%, as 一半 is: cut by half, more than half of them */
    bool percent = false;
    if (!best && nt >= 1 && t[0].kind == EN_ORD && t[0].ord == ORD_PART && t[0].v == 2 && t[0].end - pos == 4 &&
        !(nt >= 2 && t[1].kind == EN_A)) { /* half an hour is no 50% */
        best = 1;
        bv = 50;
        exact = percent = true;
    }
    if (!best)
        return false;
    memset(out, 0, sizeof *out);
    out->value = bv;
    out->step = bs;
    out->end = t[best - 1].end;
    out->flags = CC_NUM_WORDS | (exact ? CC_NUM_EXACT : 0) | (percent ? CC_NUM_PERCENT : 0) |
                 (fraction ? CC_NUM_FRACTION : 0);
    out->integer = cardinal;
    if (cardinal)
        S_over(c, out->end, bv, out);
    return true;
}

/* ------------------------------------------------------------------ */
/* Fractions, percentages and the whole numeral                          */
/* ------------------------------------------------------------------ */

/* 分之 at pos (spaces allowed around 分 and 之); *end past 之 and spaces. */
static bool S_fenzhi(const S_ctx *c, size_t pos, size_t *end)
{
    size_t k, p = S_skip_spaces(c, pos);
    if (!S_at(c, p, CP_FEN, &k))
        return false;
    p = S_skip_spaces(c, p + k);
    if (!S_at(c, p, CP_ZHI, &k))
        return false;
    *end = S_skip_spaces(c, p + k);
    return true;
}

/* The numerator after 分之: a plain number with an optional sign. */
static bool S_numerator(S_ctx *c, size_t pos, S_num *y)
{
    int sign = 1;
    size_t k;
    unsigned cp;
    if (S_zh(c, pos, NULL, &k) == ZH_NEG) {
        sign = -1;
        pos = S_skip_spaces(c, pos + k);
    } else if (S_peek(c, pos, &cp) && cp == '-') {
        sign = -1;
        pos++;
    }
    if (!S_plain(c, pos, true, y))
        return false;
    y->value *= sign;
    return true;
}

static bool S_fraction_after(S_ctx *c, const S_num *den, S_num *out)
{
    size_t p;
    S_num y;
    if (den->value == 0 || !S_fenzhi(c, den->end, &p) || !S_numerator(c, p, &y))
        return false;
    memset(out, 0, sizeof *out);
    out->flags = CC_NUM_CHINESE | (y.flags & CC_NUM_APPROX);
    out->end = y.end;
    double lg = log10(den->value);
    if (den->bare && den->value >= 100 && lg == floor(lg)) {
        /* 百分之三十 = 30%, 千分之一 = 0.1% */
        out->value = y.value * 100 / den->value;
        out->step = y.step * 100 / den->value;
        out->flags |= CC_NUM_PERCENT;
        if (y.bare) {
            /* 百分之百: a whole, not a rounded figure */
            out->step = 0;
            out->flags |= CC_NUM_EXACT;
        }
    } else {
        out->value = y.value / den->value;
        out->flags |= CC_NUM_EXACT | CC_NUM_FRACTION;
    }
    return true;
}

/* An Arabic a/b at pos (a and b whole, b not zero). */
static bool S_slash(S_ctx *c, size_t pos, double *value, size_t *end)
{
    S_arabic a, b;
    size_t k;
    unsigned cp;
    if (!S_read_arabic(c, pos, &a) || a.decimals || a.grouped)
        return false;
    if (!(k = S_peek(c, a.end, &cp)) || cp != '/')
        return false;
    if (!S_read_arabic(c, a.end + k, &b) || b.decimals || b.grouped || b.value == 0)
        return false;
    /* a date such as 3/4/2024 or 3/4.2024; the full stop of a sentence
     * ends the fraction (cut by 1/3.) */
    if ((k = S_peek(c, b.end, &cp)) && (cp == '/' || (cp == '.' && S_peek(c, b.end + k, &cp) && S_is_digit(cp))))
        return false;
    *value = a.value / b.value;
    *end = b.end;
    return true;
}

/* A vulgar fraction character at pos (½, ¾, ⅓ … ⅞): its value, and the
 * position after it. */
static bool S_vulgar(const S_ctx *c, size_t pos, double *value, size_t *end)
{
    static const struct {
        unsigned cp;
        unsigned char num, den;
    } fr[] = {{0xBC, 1, 4},   {0xBD, 1, 2},   {0xBE, 3, 4},   {0x2150, 1, 7}, {0x2151, 1, 9},
              {0x2152, 1, 10}, {0x2153, 1, 3}, {0x2154, 2, 3}, {0x2155, 1, 5}, {0x2156, 2, 5},
              {0x2157, 3, 5}, {0x2158, 4, 5}, {0x2159, 1, 6}, {0x215A, 5, 6}, {0x215B, 1, 8},
              {0x215C, 3, 8}, {0x215D, 5, 8}, {0x215E, 7, 8}};
    unsigned cp;
    size_t k = S_peek(c, pos, &cp);
    if (!k || cp < 0xBC || cp > 0x215E)
        return false;
    for (size_t i = 0; i < sizeof fr / sizeof fr[0]; i++)
        if (fr[i].cp == cp) {
            *value = (double)fr[i].num / fr[i].den;
            *end = pos + k;
            return true;
        }
    return false;
}

/* The fraction after 又 or in "1 ３/5": 三分之一, 3分之1, 1/3. */
static bool S_any_fraction(S_ctx *c, size_t pos, double *value, size_t *end)
{
    S_num x, f;
    if (S_slash(c, pos, value, end))
        return true;
    if (c->err || !S_plain(c, pos, false, &x) || !S_fraction_after(c, &x, &f) || !(f.flags & CC_NUM_EXACT))
        return false;
    *value = f.value;
    *end = f.end;
    return true;
}

/* 半百 = 50, 半成 = 5%, 半折 = 50%. */
static bool S_ban(S_ctx *c, size_t pos, S_num *out)
{
    static const struct {
        unsigned next;
        double value;
        unsigned flags;
    } forms[] = {
        {0x767E, 50, CC_NUM_CHINESE | CC_NUM_EXACT},                  /* 半百 */
        {0x4F70, 50, CC_NUM_CHINESE | CC_NUM_EXACT},                  /* 半佰 */
        {CP_CHENG, 5, CC_NUM_CHINESE | CC_NUM_EXACT | CC_NUM_PERCENT}, /* 半成 */
        {CP_ZHE, 50, CC_NUM_CHINESE | CC_NUM_EXACT | CC_NUM_PERCENT},  /* 半折 */
    };
    size_t k, k2;
    unsigned cp;
    if (!S_at(c, pos, CP_BAN, &k) || !(k2 = S_peek(c, pos + k, &cp)))
        return false;
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        if (forms[i].next == cp) {
            memset(out, 0, sizeof *out);
            out->value = forms[i].value;
            out->flags = forms[i].flags;
            out->end = pos + k + k2;
            return true;
        }
    }
    return false;
}

/* One digit, Arabic or Chinese, standing alone. */
static bool S_lone_digit(const S_ctx *c, size_t pos, double *v, size_t *end)
{
    unsigned cp;
    size_t k = S_peek(c, pos, &cp);
    if (k && S_is_digit(cp)) {
        *v = cp - '0';
    } else if (S_zh(c, pos, v, &k) != ZH_DIGIT) {
        return false;
    }
    double dummy;
    size_t k2;
    unsigned nx;
    if ((k2 = S_peek(c, pos + k, &nx)) && (S_is_digit(nx) || nx == '.'))
        return false;
    int kind = S_zh(c, pos + k, &dummy, &k2);
    if (kind == ZH_DIGIT || kind == ZH_PLACE || kind == ZH_BIG || kind == ZH_POINT)
        return false;
    *end = pos + k;
    return true;
}

static bool S_zhe_at(const S_ctx *c, size_t pos, size_t *end)
{
    size_t k, k2;
    unsigned nx;
    if (!S_at(c, pos, CP_ZHE, &k))
        return false;
    if ((k2 = S_peek(c, pos + k, &nx)) && S_in(S_zhe_stop, sizeof S_zhe_stop / sizeof S_zhe_stop[0], nx))
        return false;
    *end = pos + k;
    return true;
}

/* 7 2 折, 九 九 折: two digits spelt apart before 折. */
static bool S_zhe_pair(S_ctx *c, size_t pos, S_num *out)
{
    double a, b;
    size_t p, q, end;
    if (!S_lone_digit(c, pos, &a, &p))
        return false;
    q = S_skip_spaces(c, p);
    if (q == p || !S_lone_digit(c, q, &b, &p) || !S_zhe_at(c, S_skip_spaces(c, p), &end))
        return false;
    memset(out, 0, sizeof *out);
    out->value = a * 10 + b;
    out->step = 1;
    out->end = end;
    out->flags = CC_NUM_PERCENT | (S_zh(c, pos, NULL, NULL) >= 0 ? CC_NUM_CHINESE : 0);
    return true;
}

static bool S_core(S_ctx *c, size_t pos, S_num *out)
{
    unsigned cp;
    size_t k, p, e;
    if (S_ban(c, pos, out) || S_zhe_pair(c, pos, out))
        return true;
    if (!S_peek(c, pos, &cp))
        return false;
    if (S_is_alpha(cp))
        return S_english(c, pos, out);
    double f;
    if (S_vulgar(c, pos, &f, &e)) {
        /* ½, ¾: exact, as 1/2 is */
        memset(out, 0, sizeof *out);
        out->value = f;
        out->flags = CC_NUM_EXACT;
        out->end = e;
        return true;
    }

    S_num a;
    if (!S_plain(c, pos, true, &a))
        return false;
    if (S_fraction_after(c, &a, out))
        return true;
    if (c->err)
        return false;
    *out = a;
    if (a.terminal)
        return true;

    /* 三百五十又3分之1 */
    p = S_skip_spaces(c, a.end);
    if (S_at(c, p, CP_YOU, &k)) {
        if (S_any_fraction(c, S_skip_spaces(c, p + k), &f, &e)) {
            out->value = a.value + f;
            out->step = 0;
            out->flags |= CC_NUM_EXACT | CC_NUM_CHINESE;
            out->end = e;
            return true;
        }
        if (c->err)
            return false;
    }
    if (a.arabic && a.integer) {
        /* 2½, 1¾: a whole number and a vulgar fraction */
        if (S_vulgar(c, a.end, &f, &e)) {
            out->value = a.value + f;
            out->step = 0;
            out->flags |= CC_NUM_EXACT;
            out->end = e;
            return true;
        }
        /* 3/4, then 2 1/4 (S_slash at pos reads a again: only if '/' follows) */
        unsigned sl;
        if ((S_peek(c, a.end, &sl) && sl == '/' && S_slash(c, pos, &f, &e)) ||
            (p > a.end && S_peek(c, p, &cp) && S_is_digit(cp) && S_slash(c, p, &f, &e) && (f += a.value, true))) {
            out->value = f;
            out->step = 0;
            out->flags |= CC_NUM_EXACT;
            out->end = e;
            return true;
        }
        if (c->err)
            return false;
        S_over(c, a.end, a.value, out);
        if (out->end != a.end)
            return true;
    }
    /* 三成, 9.5成, 七成六, 三成半 */
    if (S_at(c, p, CP_CHENG, &k)) {
        unsigned nx;
        size_t nk = S_peek(c, p + k, &nx);
        if (!(nk && S_in(S_cheng_stop, sizeof S_cheng_stop / sizeof S_cheng_stop[0], nx))) {
            out->value = a.value * 10;
            out->step = a.step * 10;
            out->flags |= CC_NUM_PERCENT | CC_NUM_CHINESE;
            out->end = p + k;
            size_t q = S_skip_spaces(c, out->end), qk;
            double d;
            if (S_at(c, q, CP_BAN, &qk) && q == out->end) {
                out->value += 5;
                out->step = 5;
                out->end = q + qk;
            } else if (S_lone_digit(c, q, &d, &e)) {
                out->value += d;
                out->step = 1;
                out->end = e;
            }
            return true;
        }
    }
    /* 75折, 五折, 9.9折 */
    if (a.value > 0 && a.value < 100 && S_zhe_at(c, p, &e)) {
        double m = a.value < 10 ? 10 : 1;
        out->value = a.value * m;
        out->step = a.step * m;
        out->flags |= CC_NUM_PERCENT;
        out->end = e;
        return true;
    }
    /* 一打, 五十打 */
    if (S_at(c, a.end, CP_DA, &k)) {
        unsigned nx;
        size_t nk = S_peek(c, a.end + k, &nx);
        if (!(nk && S_in(S_da_stop, sizeof S_da_stop / sizeof S_da_stop[0], nx))) {
            out->value = a.value * 12;
            out->step = a.single && a.value == 1 ? 0 : a.step * 12;
            if (out->step == 0)
                out->flags |= CC_NUM_EXACT;
            out->flags |= CC_NUM_CHINESE;
            out->end = a.end + k;
            return true;
        }
    }
    /* 一半 = 50% */
    if (a.single && a.value == 1 && (a.flags & CC_NUM_CHINESE) && S_at(c, a.end, CP_BAN, &k)) {
        unsigned nx;
        size_t nk = S_peek(c, a.end + k, &nx);
        if (!(nk && (nx == CP_CHENG || nx == CP_ZHE || nx == 0x767E))) {
            out->value = 50;
            out->step = 0;
            out->flags |= CC_NUM_PERCENT | CC_NUM_EXACT;
            out->end = a.end + k;
            return true;
        }
    }
    return true;
}

/* The unit of the last non-zero digit: the largest power-of-ten multiple of
 * step that divides value. */
static double S_nz_step(double value, double step)
{
    if (step <= 0)
        return 0;
    double q = fabs(value) / step;
    if (!(q < 9007199254740992.0))
        return step;
    double r = nearbyint(q);
    if (r == 0 || fabs(q - r) > 1e-6 * fmax(1, q))
        return step;
    /* r is a whole number below 2^53: integer arithmetic is exact */
    uint64_t u = (uint64_t)r;
    int e = 0;
    while (u % 10 == 0) {
        u /= 10;
        e++;
    }
    return step * S_pow10(e);
}

/* ------------------------------------------------------------------ */
/* The common case                                                      */
/* ------------------------------------------------------------------ */

/* What no form of numeral reads on from.  In ASCII: punctuation other than
 * the signs, points, separators, slashes and powers (. , - + / * ^) and
 * the line ends; a full-width form as its ASCII fold; an ideograph that no
 * table of this file names (S_zh_chars, the CP_ constants, the stop
 * lists); and the CJK punctuation below.  A unit test holds the shortcut
 * to the general reader before each of them, and before every code point
 * this file names. */
static const char S_inert_ascii[] = "!\"#$%&'():;<=>?@[\\]_`{|}~\n\r";
static const char S_inert_punct[] = "、。〉》」』】〕〗〙〛‘’“”…";
static bool S_inert_tab[128];
static uint32_t S_inert_bits[0x10000 / 32];
static bool S_inert_ready;

static void S_inert_init(void)
{
    for (const char *a = S_inert_ascii; *a; a++)
        S_inert_tab[(unsigned char)*a] = true;
    for (unsigned cp = 0x4E00; cp <= 0x9FFF; cp++)
        S_inert_bits[cp >> 5] |= 1u << (cp & 31);
    for (unsigned cp = 0xFF01; cp <= 0xFF5E; cp++)
        if (S_inert_tab[cp - 0xFF01 + '!'])
            S_inert_bits[cp >> 5] |= 1u << (cp & 31);
    for (const char *z = S_inert_punct; *z;) {
        unsigned cp;
        z += cc_utf8_decode(z, strlen(z), &cp);
        S_inert_bits[cp >> 5] |= 1u << (cp & 31);
    }
    static const unsigned *const named[] = {S_cheng_stop, S_zhe_stop, S_da_stop};
    static const size_t nnamed[] = {sizeof S_cheng_stop / sizeof S_cheng_stop[0],
                                    sizeof S_zhe_stop / sizeof S_zhe_stop[0], sizeof S_da_stop / sizeof S_da_stop[0]};
    static const unsigned cps[] = {CP_FEN, CP_ZHI, CP_YOU, CP_CHENG, CP_ZHE, CP_BAN, CP_DA, CP_YI, CP_SHI, CP_SHI2};
    for (size_t i = 0; i < sizeof S_zh_chars / sizeof S_zh_chars[0]; i++)
        S_inert_bits[S_zh_chars[i].cp >> 5] &= ~(1u << (S_zh_chars[i].cp & 31));
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++)
        S_inert_bits[cps[i] >> 5] &= ~(1u << (cps[i] & 31));
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < nnamed[k]; i++)
            S_inert_bits[named[k][i] >> 5] &= ~(1u << (named[k][i] & 31));
    S_inert_ready = true;
}

/* Is what starts u[0..n) inert (the end is)? */
static bool S_inert(const unsigned char *u, size_t n)
{
    if (n == 0)
        return true;
    if (u[0] < 0x80)
        return S_inert_tab[u[0]];
    if ((u[0] & 0xF0) != 0xE0 || n < 3 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
        return false;
    unsigned cp = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
    return (S_inert_bits[cp >> 5] >> (cp & 31)) & 1u;
}

/* After spaces, an English word the reader takes into the number (5 k,
 * 3 million, 2 dozen, 1 over 4, 2 in 5, 1 out of 3)?  Any other word ends
 * it. */
static bool S_word_continues(const unsigned char *u, size_t n)
{
    static const char *const words[] = {"k", "m", "g", "b", "over", "in", "out"};
    size_t k = 0;
    while (k < n && k < 16 && (unsigned)((u[k] | 0x20) - 'a') < 26u)
        k++;
    if (k == 16)
        return true; /* longer than any: let the general reader decide */
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (S_word_is(u, k, words[i]))
            return true;
    return S_scale_word(u, k);
}

/* Is what follows a number at u[0..n) the end of it: something inert, or
 * spaces and then something inert or a word the reader does not take? */
static bool S_ends_number(const unsigned char *u, size_t n)
{
    if (!S_inert_ready)
        S_inert_init();
    if (n == 0 || u[0] != ' ')
        return S_inert(u, n);
    size_t i = 1;
    while (i < n && u[i] == ' ')
        i++;
    if (i < n && (unsigned)((u[i] | 0x20) - 'a') < 26u)
        return !S_word_continues(u + i, n - i);
    return S_inert(u + i, n - i);
}

/* The common cases, read without the general machinery: 30, 6000, 2.78
 * (ASCII digits and a decimal part) and 三, 两 (one Chinese digit), each
 * before what ends a number (S_ends_number).  What the general reader
 * gives, in a few dozen instructions; false: ask the general reader. */
static bool S_common(const char *s, size_t n, cc_numeral *out)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    uint64_t m = 0;
    int digits = 0, decimals = 0;
    unsigned flags = 0;
    if (n >= 3 && u[0] >= 0xE4 && u[0] <= 0xE5) {
        /* 一二三四五六七八九两: the digits that begin most Chinese counts */
        static const struct {
            unsigned char b[3];
            unsigned char v;
        } zh[] = {{{0xE4, 0xB8, 0x80}, 1}, {{0xE4, 0xBA, 0x8C}, 2}, {{0xE4, 0xB8, 0xA4}, 2},
                  {{0xE4, 0xB8, 0x89}, 3}, {{0xE5, 0x9B, 0x9B}, 4}, {{0xE4, 0xBA, 0x94}, 5},
                  {{0xE5, 0x85, 0xAD}, 6}, {{0xE4, 0xB8, 0x83}, 7}, {{0xE5, 0x85, 0xAB}, 8},
                  {{0xE4, 0xB9, 0x9D}, 9}};
        for (size_t k = 0; k < sizeof zh / sizeof zh[0]; k++)
            if (u[1] == zh[k].b[1] && u[2] == zh[k].b[2] && u[0] == zh[k].b[0]) {
                m = zh[k].v;
                i = 3;
                flags = CC_NUM_CHINESE;
                break;
            }
        if (i == 0 || (n > 3 && u[3] == ' '))
            return false;
    } else {
        /* no further than 16 digits: a caller may try every position of
         * a long run of them */
        while (i < n && (unsigned)(u[i] - '0') < 10u && digits <= 15) {
            m = m * 10 + (uint64_t)(u[i++] - '0');
            digits++;
        }
        if (digits == 0 || digits > 15)
            return false;
        if (i < n && u[i] == '.') {
            if (i + 1 >= n || (unsigned)(u[i + 1] - '0') >= 10u)
                return false;
            for (i++; i < n && (unsigned)(u[i] - '0') < 10u && digits + decimals <= 15; i++) {
                m = m * 10 + (uint64_t)(u[i] - '0');
                decimals++;
            }
            if (digits + decimals > 15)
                return false;
        }
    }
    if (!S_ends_number(u + i, n - i))
        return false;
    memset(out, 0, sizeof *out);
    out->value = decimals ? (double)m / S_pow10(decimals) : (double)m;
    out->step = S_pow10(-decimals);
    out->nz_step = out->value == 0 ? out->step : S_nz_step(out->value, out->step);
    out->len = i;
    out->flags = flags;
    return true;
}

bool cc_numeral_scan(const char *s, size_t n, cc_numeral *out, const char **err)
{
    if (S_common(s, n, out))
        return true;
    /* a CJK ideograph (U+4000..U+9FFF) that no numeral starts with, as
     * 提升了 and 约 before a number: what the general reader says, sooner
     * (the figure reader tries a number before each word) */
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 3 && u[0] >= 0xE4 && u[0] <= 0xE9 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
        unsigned cp = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
        if (!S_zh_maybe(cp) && cp != CP_BAN) {
            memset(out, 0, sizeof *out);
            if (err)
                *err = S_ERR_EXPECTED;
            return false;
        }
    }
    return cc_numeral_scan_general(s, n, out, err);
}

/* The reader of every form: cc_numeral_scan without its shortcut (the
 * unit tests compare the two). */
bool cc_numeral_scan_general(const char *s, size_t n, cc_numeral *out, const char **err)
{
    S_ctx c = {s, n, NULL};
    size_t pos = 0, k;
    unsigned cp;
    int sign = 1;
    unsigned flags = 0;
    memset(out, 0, sizeof *out);

    if ((k = S_peek(&c, 0, &cp)) && (cp == '-' || cp == '+')) {
        sign = cp == '-' ? -1 : 1;
        pos = S_skip_spaces(&c, k);
    } else if (S_zh(&c, 0, NULL, &k) == ZH_NEG) {
        sign = -1;
        pos = S_skip_spaces(&c, k);
        flags |= CC_NUM_CHINESE;
    }
    S_num r;
    if (!S_core(&c, pos, &r)) {
        if (err)
            *err = c.err ? c.err : S_ERR_EXPECTED;
        return false;
    }
    if (!isfinite(r.value) || !isfinite(r.step)) {
        if (err)
            *err = S_ERR_LARGE;
        return false;
    }
    out->value = sign * r.value;
    if (out->value == 0)
        out->value = 0; /* no -0 */
    out->step = r.step;
    out->nz_step = out->value == 0 && r.step > 0 ? r.step : S_nz_step(r.value, r.step);
    out->len = r.end;
    out->flags = r.flags | flags;
    return true;
}
