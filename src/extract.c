/* extract.c — figures in article text (DESIGN 5).
 *
 * The scan has two speeds.  The hot loop looks at each byte once, through
 * a 256-entry class table on the lead byte and, for a three-byte (CJK)
 * character, a 64 Ki-bit table of the code points that can start a number
 * (一…九 十 百 千 万 亿 两 零, financial forms, full-width digits, 翻 and 减
 * for 翻番 and 减半); ASCII letters are looked at once per word, and only a
 * word that can be a number (two, hundred, doubled …) stops the loop.  At
 * such a position the slow path reads the numeral (cc_numeral_scan), the
 * words around it (lexicon.c), rules out what is not a figure, and reads
 * the result back through cc_figure_parse.
 *
 * What is not a figure (the default mode; CC_EXTRACT_NUMBERS keeps the
 * ones marked *):
 *  - a number glued to letters (FP32, R1, A100, INT8, GPT-4, v1.2), or
 *    after a capitalised word with no unit (Atlas 800, Python 3) or with
 *    its count noun (Fortune 500 companies), or glued to a Chinese name
 *    (昇腾910的, 麒麟9000芯片);
 *  - dates and times (2025-06-10, 06/10/2025, 16:25:34), version numbers
 *    (1.2.3, 2.0版, 第3), an address and its port (10.0.0.1:8080), 24/7,
 *    spans of years (between 2019 and 2024);
 *  - compound adjectives (8-core, 64-bit, a 12-month plan; a 30-minute
 *    recovery is a time);
 *  * years: 2025年, and a bare 1900…2099 with nothing around it;
 *    decades: the 1990s, the 2020s;
 *  * months and days (3月, 10日, 10号);
 *  * list markers: a number of at most 3 digits opening a line, followed
 *    by a space, 、 . ) (01 以需求牵引生态), and bare numbers with a
 *    leading zero (01, 007);
 *  - words that merely contain a numeral: 一些 一起 同一 唯一 进一步 第一
 *    一直 一定 一般 …, reduplications (一场场 一行行 一个个), 十分 (very),
 *    一成不变, 万一, 千万 (by all means);
 *  * counts in prose: a number written in Chinese or English words, with
 *    no qualifier, no unit other than a measure word and no verb, below
 *    ten (两位教授, 四个阶段, 三个月, one of them), or with no measure word
 *    at all (一千 alone);
 *  * vague counts (数十次, 数百次, 几十个): there is nothing to check.
 *
 * The counted noun of a count is its measure word only (1000多人 -> 人,
 * 30多个伙伴 -> 30多个, 6000位开发者 -> 6000位); a measure word that is
 * itself a duration keeps its noun (3个月).  In English it is the next word
 * when that is a plural noun (6,000 developers). */
#include "extract.h"
#include "internal.h"
#include "lexicon.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define S_SCAN_BACK 24    /* bytes: how far back qualifiers and verbs are looked for */
_Static_assert(S_SCAN_BACK < 64, "S_word_before keeps the word lengths in a 64-bit mask");
#define S_PAIR_GAP 60     /* bytes: most text between the two figures of a pair */
#define S_FROM_GAP 48     /* bytes: most text between 从 and the first figure */

enum { S_C_SKIP, S_C_DIGIT, S_C_ALPHA, S_C_LEAD3, S_C_C2 };

static unsigned char S_class[256];
static unsigned char S_bnd_lead[256];  /* the bytes that can begin a sentence boundary */
static unsigned char S_from_lead[256]; /* the first bytes of what the look-back for 从 stops at */
static uint32_t S_trigger[65536 / 32];
/* S_trigger in words of 64 bits, for the hot loop: a code point's bit is
 * bit cp & 63 of word cp >> 6, the bits its UTF-8 bytes b0 b1 b2 give as
 * (b0 & 0x0F) << 6 | (b1 & 0x3F) and b2 & 0x3F */
static uint64_t S_trigger64[65536 / 64];
static uint32_t S_measure[65536 / 32];
static uint32_t S_word_end[65536 / 32];

/* The last characters of the qualifiers, verbs and fillers of lexicon.c
 * that can stand before a number: the look-back for them tries a position
 * only when the character before the number is one of these.  The extract
 * runner checks every such word of lexicon.c against this list. */
static const char S_word_ends[] =
    "万为了于亿低减出到加十千升在增多大少快成概涨滑百的省短码约缩至足达过近速逾长降高≈≤≥小跌慢超破幅比落秒钟时天日月周€￥￡₹调价占合扬水探率数几仅有需展轻";
/* ... and the ASCII ones that are no letter (approx., >, ~, +, $, sub-) */
static const char S_ascii_word_ends[] = ".<=>~+%$-";
/* The first characters of the same words (CJK and symbols; an ASCII word
 * is tried at every word start). */
static uint32_t S_word_start[65536 / 32];
static const char S_word_starts[] = "€￥￡₹调变发改≈≤≥上下不为了介低减几加压可在增多大好将小少扩接提数是最涨约缩至节起超达近逼逾降高升跌快慢突原攀飙跃激回锐骤便省每放延走暴猛成仅只";
/* The first characters (three-byte ones) of the words after a number:
 * units, 多/以上, faster/的加速, and range separators. */
static uint32_t S_after_start[65536 / 32];
static const char S_after_starts[] = "–—〜～上个之以余個倍几分到前加及多天小左微有毫百的秒纳至数數周星礼基";
static bool S_ready;

/* English words that can start a number (or are one: doubled, halved),
 * grouped by first letter and length for a cheap look-up per word. */
static const char *const S_en_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
    "billion", "trillion", "dozen", "dozens", "half", "quarter", "nought", "doubled", "tripled", "trebled",
    "quadrupled", "halved", "twice", "thrice", "twofold", "threefold", "fourfold", "fivefold",
    "tenfold", "naught", "third", "thirds", "quarters", "fifth", "fifths", "sixth", "seventh",
    "eighth", "ninth", "tenth", "hundredth", "thousandth", "millionth", "billionth", "trillionth",
    "order", /* of magnitude: the number is the "an" before it */
    "tens", "hundreds", "thousands", "millions", /* of: S_candidate */
    "double", "doubles", "triple", "triples", "quadruple", "quadruples", /* the capacity: S_candidate */
    "several", /* times: S_candidate */
};
#define S_EN_MIN 3
#define S_EN_MAX 10
#define S_EN_SLOTS 8
static unsigned char S_en_index[26][S_EN_MAX + 1][S_EN_SLOTS];

/* Counted nouns: measure words (and 人), and units of measure, one
 * character each (190克, 1.5米, 100瓦). */
static const char *const S_measures[] = {
    "个", "位", "名", "人", "家", "次", "款", "项", "台", "张", "条", "种", "类", "篇", "件", "座", "所",
    "支", "批", "套", "颗", "块", "部", "只", "辆", "架", "艘", "本", "份", "场", "轮", "层",
    "级", "节", "元", "年", "周", "户", "行", "段", "笔", "例", "枚", "卡", "组",
    "克", "吨", "斤", "米", "寸", "亩", "瓦",
};

/* Units of measure of more than one character (7.9毫米, 5000毫安时). */
static const char *const S_zh_units[] = {
    "人次", "公斤", "千克", "毫克", "公里", "千米", "厘米", "毫米", "微米", "纳米", "英寸", "英尺", "英里", "毫升",
    "毫安时", "瓦时", "千瓦时", "平方米", "平方公里", "立方米", "公顷",
};

/* Counted nouns of more than one character: currencies after the number
 * (3000万美元, cc_currency_name) and S_zh_units, tried before the measure
 * words (人民币 is no count of 人, 瓦时 none of 瓦), only where one starts. */
#define S_NOUNS_MAX 48
static uint32_t S_noun_start[65536 / 32];
static const char *S_noun_names[S_NOUNS_MAX];
static unsigned char S_noun_lens[S_NOUNS_MAX];
static unsigned S_noun_cps[S_NOUNS_MAX]; /* the first character of each */

/* Chinese words that contain a numeral and are not numbers: matched at
 * the numeral (after: two characters or more each, see S_word_list_after)
 * or ending just before it (before). */
static const char *const S_zh_words_after[] = {
    "一些", "一起", "一直", "一定", "一般", "一样", "一旦", "一线", "一同", "一边", "一切", "一下",
    "一会", "一律", "一致", "一向", "一贯", "一再", "一味", "一体", "一度", "一时", "一面", "一手",
    "一道", "一番", "一点点", "一点儿", "一成不变", "一五一十", "一心", "一举", "一流", "一站",
    "一级", "一带", "一方面", "一系列", "一口气", "一开始", "一方", "一看", "一见", "一路", "一早",
    "一连", "一概", "一揽子", "一刀切", "一头", "一把手", "一体化", "一键", "十分", "十足", "万一",
    "千万", "万万", "三心二意", "七上八下", "乱七八糟", "五花八门", "四面八方", "九成九", "百分百地",
    "两两", "一一", "三三两两", "两者", "两边", "两岸", "两会", "四川", "五台山", "一带一路",
};
static const char *const S_zh_words_before[] = {
    "同", "统", "唯", "不", "之", "进", "第", "初", "周", "星期", "礼拜", "万", "独", "逐", "划", "专",
    "整", "归", "合", "单", "某", "其", "这", "那", "哪", "每", "任",
};

#define S_N_AFTER (sizeof S_zh_words_after / sizeof S_zh_words_after[0])
#define S_N_BEFORE (sizeof S_zh_words_before / sizeof S_zh_words_before[0])
static uint64_t S_after_head[S_N_AFTER];
static unsigned char S_after_len[S_N_AFTER], S_before_len[S_N_BEFORE];
static uint32_t S_before_char[65536 / 32]; /* the words of S_zh_words_before of one character */
/* S_zh_words_after by their first six bytes: an open-addressing table of
 * the first word (index + 1) of each head, and the next word with the
 * same head */
#define S_HEAD_SLOTS 256
static unsigned char S_after_first[S_HEAD_SLOTS], S_after_next[S_N_AFTER];

static unsigned S_head_hash(uint64_t head)
{
    return (unsigned)((head * 0x9E3779B97F4A7C15ull) >> 56) % S_HEAD_SLOTS;
}

static void S_set(uint32_t *bits, unsigned cp)
{
    bits[cp >> 5] |= 1u << (cp & 31);
}

static bool S_has(const uint32_t *bits, unsigned cp)
{
    return (bits[cp >> 5] >> (cp & 31)) & 1u;
}

static void S_set_utf8(uint32_t *bits, const char *s)
{
    unsigned cp;
    if (cc_utf8_decode(s, strlen(s), &cp) == 3)
        S_set(bits, cp);
}

/* Built once; the tables are read-only afterwards. */
static void S_init(void)
{
    if (S_ready)
        return;
    for (int c = '0'; c <= '9'; c++)
        S_class[c] = S_C_DIGIT;
    for (int c = 'a'; c <= 'z'; c++)
        S_class[c] = S_class[c - 32] = S_C_ALPHA;
    for (int c = 0xE0; c <= 0xEF; c++)
        S_class[c] = S_C_LEAD3;
    S_class[0xC2] = S_C_C2; /* ¼ ½ ¾ (cc_vulgar_len) */
    static const char *const zh =
        "零〇一二三四五六七八九十百千万亿两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兆翻减減半";
    for (const char *p = zh; *p; p += 3)
        S_set_utf8(S_trigger, p);
    for (unsigned cp = 0xFF10; cp <= 0xFF19; cp++)
        S_set(S_trigger, cp);
    for (unsigned cp = 0; cp < 65536; cp++)
        if (S_has(S_trigger, cp))
            S_trigger64[cp >> 6] |= 1ull << (cp & 63);
    /* 倍 stops the scan too, for 数倍 and 好几倍 (S_candidate), but is no
     * numeral: S_trigger, which the look-ups ask, does not have it */
    S_trigger64[0x500D >> 6] |= 1ull << (0x500D & 63);
    /* ... and so do 数 and 几, for 数天 and 几个月 (S_candidate) */
    S_trigger64[0x6570 >> 6] |= 1ull << (0x6570 & 63);
    S_trigger64[0x51E0 >> 6] |= 1ull << (0x51E0 & 63);
    /* ... and so do the vulgar fractions ⅐ to ⅞ (¼ ½ ¾: S_C_C2) */
    for (unsigned cp = 0x2150; cp <= 0x215E; cp++)
        S_trigger64[cp >> 6] |= 1ull << (cp & 63);
    /* the scan stops at a traditional character of the word lists too, to
     * fold the segment (S_scan): cc_han_fold_bits is laid out as
     * S_trigger64 is */
    const uint64_t *han = cc_han_fold_bits();
    for (size_t k = 0; k < 65536 / 64; k++)
        S_trigger64[k] |= han[k];
    size_t nouns = 0;
    for (const char *name; nouns < S_NOUNS_MAX && (name = cc_currency_name(nouns)) != NULL; nouns++)
        S_noun_names[nouns] = name;
    for (size_t i = 0; i < sizeof S_zh_units / sizeof S_zh_units[0] && nouns < S_NOUNS_MAX; i++)
        S_noun_names[nouns++] = S_zh_units[i];
    for (size_t i = 0; i < nouns; i++) {
        S_noun_lens[i] = (unsigned char)strlen(S_noun_names[i]);
        cc_utf8_decode(S_noun_names[i], S_noun_lens[i], &S_noun_cps[i]);
        S_set_utf8(S_noun_start, S_noun_names[i]);
    }
    for (const char *p = S_word_ends; *p; p += 3)
        S_set_utf8(S_word_end, p);
    for (const char *p = S_word_starts; *p; p += 3)
        S_set_utf8(S_word_start, p);
    for (const char *p = S_after_starts; *p; p += 3)
        S_set_utf8(S_after_start, p);
    for (size_t i = 0; i < sizeof S_measures / sizeof S_measures[0]; i++)
        if (strlen(S_measures[i]) == 3)
            S_set_utf8(S_measure, S_measures[i]);
    for (size_t k = 0; k < S_N_AFTER; k++) {
        S_after_len[k] = (unsigned char)strlen(S_zh_words_after[k]);
        memcpy(&S_after_head[k], S_zh_words_after[k], 6);
        unsigned h = S_head_hash(S_after_head[k]);
        while (S_after_first[h] && S_after_head[S_after_first[h] - 1] != S_after_head[k])
            h = (h + 1) % S_HEAD_SLOTS;
        if (!S_after_first[h]) {
            S_after_first[h] = (unsigned char)(k + 1);
        } else {
            size_t last = S_after_first[h];
            while (S_after_next[last - 1])
                last = S_after_next[last - 1];
            S_after_next[last - 1] = (unsigned char)(k + 1);
        }
    }
    for (size_t k = 0; k < S_N_BEFORE; k++) {
        S_before_len[k] = (unsigned char)strlen(S_zh_words_before[k]);
        if (S_before_len[k] == 3)
            S_set_utf8(S_before_char, S_zh_words_before[k]);
    }
    for (const char *b = "\n!?;.\xE3\xEF"; *b; b++)
        S_bnd_lead[(unsigned char)*b] = S_from_lead[(unsigned char)*b] = 1;
    /* digits , ， 、 (0xEF 0xE3, above) 从 由 from */
    for (const char *b = "0123456789,fF\xE4\xE7"; *b; b++)
        S_from_lead[(unsigned char)*b] = 1;
    memset(S_en_index, 0xFF, sizeof S_en_index);
    for (size_t i = 0; i < sizeof S_en_words / sizeof S_en_words[0]; i++) {
        const char *w = S_en_words[i];
        size_t k = strlen(w);
        unsigned char *slot = S_en_index[w[0] - 'a'][k];
        int j = 0;
        while (j < S_EN_SLOTS && slot[j] != 0xFF)
            j++;
        if (j == S_EN_SLOTS || k < S_EN_MIN || k > S_EN_MAX)
            abort(); /* S_en_words outgrew S_en_index: a programming error, caught by every test */
        slot[j] = (unsigned char)i;
    }
    S_ready = true;
}

/* Four bytes as a little-endian word: p[0] in the low byte. */
static inline uint32_t S_load32(const unsigned char *p)
{
    uint32_t w;
    memcpy(&w, p, sizeof w);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap32(w);
#endif
    return w;
}

static bool S_alpha(unsigned char c)
{
    return S_class[c] == S_C_ALPHA;
}

static bool S_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool S_alnum(unsigned char c)
{
    return S_alpha(c) || S_digit(c);
}

/* Is there a character of three bytes at u[i] (a lead byte 1110xxxx and
 * two continuation bytes 10xxxxxx)?  *w gets its bytes, u[i] lowest, from
 * one load where four bytes are left. */
static inline __attribute__((always_inline)) bool S_char3(const unsigned char *u, size_t i, size_t n, uint32_t *w)
{
    if (i + 4 <= n)
        *w = S_load32(u + i);
    else if (i + 3 == n)
        *w = (uint32_t)u[i] | (uint32_t)u[i + 1] << 8 | (uint32_t)u[i + 2] << 16;
    else
        return false;
    return (*w & 0xC0C0F0u) == 0x8080E0u;
}

/* The code point at s[i] (3-byte forms only; 0 otherwise). */
static unsigned S_cp3(const char *s, size_t i, size_t n)
{
    uint32_t w;
    if (!S_char3((const unsigned char *)s, i, n, &w))
        return 0;
    return ((w & 0x0Fu) << 12) | ((w >> 2) & 0xFC0u) | ((w >> 16) & 0x3Fu);
}

/* Always inlined: the words are literals, so the compare unrolls into a
 * test of each byte, the first of which settles most of them; memcmp
 * would be a library call for most lengths. */
static inline __attribute__((always_inline)) bool S_eq(const char *a, const char *w, size_t k)
{
    for (size_t j = 0; j < k; j++)
        if (a[j] != w[j])
            return false;
    return true;
}

static inline __attribute__((always_inline)) bool S_at(const char *s, size_t i, size_t n, const char *w)
{
    size_t k = strlen(w);
    return i + k <= n && S_eq(s + i, w, k);
}

static inline __attribute__((always_inline)) bool S_before(const char *s, size_t i, const char *w)
{
    size_t k = strlen(w);
    return i >= k && S_eq(s + i - k, w, k);
}

/* A word with its length, for look-ups that compare lengths first. */
typedef struct {
    const char *w;
    size_t n;
} S_wordn;
#define S_WN(w) {w, sizeof w - 1}

/* 是, 为, 相当于, 占 ending at p (and not before lo): where it starts, or
 * (size_t)-1.  The copula before an object: 是友商的3倍. */
static const S_wordn S_copulas[] = {S_WN("相当于"), S_WN("是"), S_WN("为"), S_WN("占")};
#define S_NCOPULAS (sizeof S_copulas / sizeof S_copulas[0])

static size_t S_copula_before(const char *s, size_t lo, size_t p)
{
    for (size_t k = 0; k < S_NCOPULAS; k++)
        if (p >= lo + S_copulas[k].n && memcmp(s + p - S_copulas[k].n, S_copulas[k].w, S_copulas[k].n) == 0)
            return p - S_copulas[k].n;
    return (size_t)-1;
}

/* Start of the code point that ends just before i. */
/* Does s[i..n) start with one of the count words? */
static bool S_at_any(const char *s, size_t i, size_t n, const char *const *words, size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (S_at(s, i, n, words[k]))
            return true;
    return false;
}
#define S_AT_ANY(s, i, n, words) S_at_any((s), (i), (n), (words), sizeof(words) / sizeof(words)[0])

static size_t S_prev(const char *s, size_t i)
{
    if (i == 0)
        return 0;
    i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static size_t S_cplen(const char *s, size_t i, size_t n)
{
    unsigned char c = (unsigned char)s[i];
    size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + k > n)
        k = n - i;
    /* a lead byte without its continuation bytes (invalid UTF-8) must not
     * swallow the newline or digit after it: the result would then depend
     * on where the input was cut into chunks */
    for (size_t j = 1; j < k; j++)
        if (((unsigned char)s[i + j] & 0xC0) != 0x80)
            return j;
    return k;
}

/* Length of a sentence boundary at s[i], or 0: newline, 。！？；!?; and
 * ". " in English. */
static size_t S_boundary_at(const char *s, size_t i, size_t n)
{
    switch ((unsigned char)s[i]) {
    case '\n':
    case '!':
    case '?':
    case ';':
        return 1;
    case '.':
        return i + 1 >= n || s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '\r' ? 1 : 0;
    case 0xE3:
        return S_at(s, i, n, "。") ? 3 : 0;
    case 0xEF:
        return S_at(s, i, n, "！") || S_at(s, i, n, "？") || S_at(s, i, n, "；") ? 3 : 0;
    default:
        return 0;
    }
}

static inline size_t S_boundary(const char *s, size_t i, size_t n)
{
    return S_bnd_lead[(unsigned char)s[i]] ? S_boundary_at(s, i, n) : 0;
}

/* ------------------------------------------------------------------ */
/* The figure memo: the figure reader is a pure function, called at     */
/* every candidate with the same few figure texts over and over          */
/* ------------------------------------------------------------------ */

/* The figure memo is a set-associative cache: a text goes to one of
 * S_WAYS slots, and a new text takes the one used least recently.  Its
 * tags are apart, so that a probe reads a few tags and not whole slots;
 * the frequent texts stay whatever the input, and memory is bounded. */
#define S_FIG_KEY 96
/* readings remembered; an id names slot (id - 1) % S_FIG_MAX.  8192 and
 * 16384 slots (the bench corpus has some 12 000 distinct figure texts in
 * 32 MiB) read fewer figures again but were no faster, and took 2 to 4 MiB
 * more, filling as the input grew */
#define S_FIG_MAX 4096
#define S_WAYS 4
_Static_assert((S_FIG_MAX & (S_FIG_MAX - 1)) == 0 && S_FIG_MAX >= S_WAYS, "S_parse masks with S_FIG_MAX / S_WAYS - 1");

/* A set's four tags fill one cache line: a probe that does not match, and
 * choosing the slot to fill, read nothing else. */
typedef struct {
    uint32_t hash;
    uint32_t run;              /* times the slot was filled; 0: never */
    uint32_t used;             /* the memo's clock when last used */
    unsigned char n, ok;       /* the key's length; whether it read */
} S_figtag;
_Static_assert(sizeof(S_figtag) * S_WAYS == 64, "a set of tags is one cache line");

typedef struct {
    char key[S_FIG_KEY];
    cc_figure fig;
    cc_xmemo memo;             /* the consumer's (extract.h) */
} S_figslot;


/* ------------------------------------------------------------------ */
/* The scanner state                                                    */
/* ------------------------------------------------------------------ */

typedef struct {
    bool set;
    bool alone;                /* printed alone when no pair completes it (a bare count is not: 从三个增加到五个) */
    cc_extracted x;
    size_t from_at;            /* where 从/由/from stands, or (size_t)-1 */
    size_t rev_at;             /* "A, up from B": where B, the before, must start; or (size_t)-1 */
    size_t chg_at;             /* "A, up 25% from B": where the change between them starts; or (size_t)-1 */
} S_pending;

struct cc_extractor {
    cc_tolerance tol;
    unsigned flags;
    cc_extract_fn fn;
    void *ctx;
    char *file;
    char *buf;
    size_t len, cap;
    size_t base;               /* file offset of buf[0] */
    size_t line;               /* line number at buf[0] */
    size_t line_start;         /* file offset of the start of that line (may be < base) */
    size_t col_at_base;        /* code points from line_start to base */

    /* per segment */
    const char *s;             /* what the look-ups read: orig, or its folded copy (fold) */
    const char *orig;          /* the segment as it is in the file: what a figure's text and quote show */
    size_t n;
    char *fold;                /* the segment with its traditional characters simplified (cc_fold_han) */
    size_t fold_cap;
    size_t cnt_pos, cnt_line, cnt_linepos; /* newlines counted up to cnt_pos */
    size_t col_pos, col_val;               /* code-point column cache within the line */
    size_t ss, se, sent_pos;               /* the current sentence */
    S_pending pend;
    S_figtag *fig_tag;         /* S_FIG_MAX of each: slots S_WAYS k .. S_WAYS k + S_WAYS - 1 make set k */
    S_figslot *figs;
    uint32_t fig_clock;
    cc_figure scratch;         /* a figure read without the memo (too long; a bare number), until the next */
    cc_figure pend_fig;        /* the pending figure's own copy: its memo slot may be reused */
    cc_buf rev_change;         /* the change of "A，较B的…" or "A, up 25% from B" (change_after) */
    /* The change of a pair that is not yet known to be one, printed in its
     * place once it is known: "A, up 25% from B", found while A waits for
     * B; "rose 25% to A from B", found before A */
    cc_extracted held;
    cc_figure held_fig;        /* its figure's own copy */
    bool held_set;
    size_t held_next;          /* "rose 25% to A": where A must start; or (size_t)-1 */
    size_t change_at;          /* where that change starts in the input, or (size_t)-1 */
    bool scratch_set, pend_fig_set;
    bool bom;                  /* the file opens with a byte order mark */
    /* The last segment was folded: so is the next, from its start, as it
     * would be were the two one segment (what is found must not depend on
     * where the input was cut: 幾\n5幾 read whole folds 5幾 to 5几) */
    bool fold_next;
};

static const cc_word *S_lex(cc_extractor *x, const char *s, size_t n, unsigned mask, size_t *len)
{
    (void)x;
    return cc_lex_match(s, n, mask, len);
}

static void S_dup_fig(cc_figure *dst, const cc_figure *src)
{
    *dst = *src;
    dst->input = cc_xstrdup(src->input);
    dst->unit = cc_xstrdup(src->unit);
}

static void S_fig_clear(cc_extractor *x)
{
    for (size_t i = 0; i < S_FIG_MAX; i++)
        if (x->fig_tag[i].run && x->fig_tag[i].ok)
            cc_figure_free(&x->figs[i].fig);
    if (x->scratch_set)
        cc_figure_free(&x->scratch);
    if (x->pend_fig_set)
        cc_figure_free(&x->pend_fig);
    x->scratch_set = x->pend_fig_set = false;
}

/* The scratch figure, emptied for a new one. */
static cc_figure *S_scratch(cc_extractor *x)
{
    if (x->scratch_set)
        cc_figure_free(&x->scratch);
    x->scratch_set = false;
    return &x->scratch;
}

/* cc_figure_parse, remembered.  The error message is not kept.  *fig is
 * lent: a memo slot (or the scratch figure for a text too long for the
 * memo), valid until the next S_parse, which is after it has been emitted
 * (a pending figure is copied, see S_found).  Its id is the slot's, and
 * changes each time the slot is filled; 0 for the scratch figure. */
static bool S_parse(cc_extractor *x, const char *s, size_t n, const cc_figure **fig, uint64_t *id)
{
    *id = 0;
    if (n > S_FIG_KEY) {
        cc_figure *f = S_scratch(x);
        x->scratch_set = cc_figure_parse(s, n, &x->tol, f, NULL);
        *fig = f;
        return x->scratch_set;
    }
    uint32_t h = cc_hash(s, n);
    size_t first = (h & (S_FIG_MAX / S_WAYS - 1)) * S_WAYS, i = first, old = first;
    S_figtag *t = x->fig_tag;
    for (; i < first + S_WAYS; i++) {
        if (t[i].run && t[i].hash == h && t[i].n == n && memcmp(x->figs[i].key, s, n) == 0)
            break;
        if (t[i].used < t[old].used)
            old = i;
    }
    if (i == first + S_WAYS) {
        i = old;
        S_figslot *e = &x->figs[i];
        if (t[i].run && t[i].ok)
            cc_figure_free(&e->fig);
        t[i].hash = h;
        t[i].run++;
        t[i].ok = cc_figure_parse(s, n, &x->tol, &e->fig, NULL);
        t[i].n = (unsigned char)n;
        memcpy(e->key, s, n);
    }
    t[i].used = ++x->fig_clock;
    if (!t[i].ok)
        return false;
    *fig = &x->figs[i].fig;
    *id = (uint64_t)(x->fig_tag[i].run - 1) * S_FIG_MAX + i + 1;
    return true;
}

/* Code points in s[0..n): the bytes that are not continuation bytes
 * (10xxxxxx), eight at a time.  In a word w, a byte's bit 7 stays set in
 * w & ~(w << 1) exactly when its bit 6 is clear (the shift carries bit 7
 * of one byte into bit 0 of the next, never into a bit 7); the multiply
 * adds the eight 0/1 bytes into the top byte. */
static size_t S_count_cp(const char *s, size_t n)
{
    size_t c = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t cont = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
        c += 8 - (size_t)((cont * 0x0101010101010101ull) >> 56);
    }
    for (; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static void S_line_at(cc_extractor *x, size_t p, size_t *line, size_t *col)
{
    while (x->cnt_pos < p) {
        const char *nl = memchr(x->s + x->cnt_pos, '\n', p - x->cnt_pos);
        if (!nl) {
            x->cnt_pos = p;
            break;
        }
        x->cnt_line++;
        x->cnt_pos = (size_t)(nl - x->s) + 1;
        x->cnt_linepos = x->cnt_pos;
    }
    *line = x->cnt_line;
    if (x->flags & CC_EXTRACT_NO_COLUMN) {
        *col = 0;
        return;
    }
    size_t c;
    if (x->col_pos != (size_t)-1 && x->col_pos > p && p >= x->cnt_linepos)
        /* a pair's start, before its second figure: count back from the
         * last position asked, not again from the line's start (a long
         * line of pairs was quadratic) */
        c = x->col_val - S_count_cp(x->s + p, x->col_pos - p);
    else if (x->col_pos >= x->cnt_linepos && x->col_pos <= p)
        c = x->col_val + S_count_cp(x->s + x->col_pos, p - x->col_pos);
    else if (x->cnt_linepos == 0 && x->line_start < x->base)
        c = x->col_at_base + S_count_cp(x->s, p);
    else
        c = S_count_cp(x->s + x->cnt_linepos, p - x->cnt_linepos);
    x->col_pos = p;
    x->col_val = c;
    *col = c + 1;
}

/* Line and column of p as an editor shows them: a byte order mark
 * opening the file takes no column. */
static void S_where(cc_extractor *x, size_t p, size_t *line, size_t *col)
{
    S_line_at(x, p, line, col);
    if (*line == 1 && x->bom && x->base + p >= 3 && *col > 0)
        (*col)--;
}

/* The sentence around p: [ss, se), boundaries excluded.  p starts a code
 * point, and whether a boundary starts at a byte depends on that byte and
 * the next alone, so the sentence start is found by looking back from p to
 * the last boundary (no further back than the last sentence looked at),
 * and its end by looking forward. */
static void S_sentence(cc_extractor *x, size_t p)
{
    if (p >= x->sent_pos && p < x->se) {
        x->sent_pos = p;
        return;
    }
    const char *s = x->s;
    size_t floor = x->sent_pos;
    if (p < floor) {
        floor = 0;
        x->ss = 0;
    }
    for (size_t i = p; i > floor;) {
        i--;
        size_t k = S_boundary(s, i, x->n);
        if (k) {
            x->ss = i + k;
            break;
        }
    }
    x->sent_pos = p;
    size_t e = p;
    while (e < x->n && !S_boundary(s, e, x->n))
        e++;
    x->se = e;
}

static void S_trim(const char *s, size_t *a, size_t *b)
{
    while (*a < *b) {
        if (s[*a] == ' ' || s[*a] == '\t' || s[*a] == '\r')
            (*a)++;
        else if (S_at(s, *a, *b, "\xE3\x80\x80"))
            *a += 3;
        else
            break;
    }
    while (*b > *a) {
        if (s[*b - 1] == ' ' || s[*b - 1] == '\t' || s[*b - 1] == '\r')
            (*b)--;
        else if (*b >= *a + 3 && S_before(s, *b, "\xE3\x80\x80"))
            *b -= 3;
        else
            break;
    }
}

/* ------------------------------------------------------------------ */
/* The slow path: one candidate                                         */
/* ------------------------------------------------------------------ */

typedef struct {
    size_t start, bare, num, num_end, end;
    size_t pair_start, pair_end; /* the span S_pair_from looks around; (size_t)-1: no pair (an idiom) */
    size_t qual;               /* where a qualifier starts that an object comes before (是上一代的近3倍), or 0 */
    bool verb, several, measure, chinese, words, percent_word, arabic, negate;
    bool pair_digits;          /* 两三, 二三十: the number and the next make a range */
    bool prequal;              /* a qualifier before the number (约, 不到, more than) */
    unsigned char money;       /* $3, RMB 500: bytes from the currency to the number, 0 when none */
    cc_numeral m;
} S_span;

/* A new span, all zero.  Field by field: gcc makes a memset or a struct
 * copy of this size a rep stos or rep movs, which costs more to start than
 * most candidates take.  A new field is cleared here too. */
static inline void S_span_clear(S_span *sp)
{
    sp->start = sp->bare = sp->num = sp->num_end = sp->end = 0;
    sp->pair_start = sp->pair_end = (size_t)-1;
    sp->qual = 0;
    sp->verb = sp->several = sp->measure = sp->chinese = sp->words = sp->percent_word = sp->arabic = false;
    sp->negate = sp->pair_digits = sp->prequal = false;
    sp->money = 0;
    sp->m.value = sp->m.step = sp->m.nz_step = 0;
    sp->m.len = 0;
    sp->m.flags = 0;
}
_Static_assert(sizeof(S_span) == 8 * sizeof(size_t) + 16 + sizeof(cc_numeral), "S_span_clear clears every field");

/* The longest lexicon word of mask that ends exactly at x and starts no
 * earlier than lo; its start in *at. */
bool cc_extract_after_start(unsigned cp)
{
    S_init();
    return cp < 0x800 || (cp < 0x10000 && S_has(S_after_start, cp));
}

/* A word after the number (mask of units, qualifiers, separators), with
 * the three-byte first characters no such word has ruled out at once. */
static const cc_word *S_lex_after(cc_extractor *x, const char *s, size_t n, unsigned mask, size_t *len)
{
    if (n > 0 && (unsigned char)s[0] >= 0xE0 && !S_has(S_after_start, S_cp3(s, 0, n))) {
        *len = 0;
        return NULL;
    }
    return S_lex(x, s, n, mask, len);
}

bool cc_extract_word_start(unsigned cp)
{
    S_init();
    /* S_word_before tests the start of three-byte characters only */
    if (cp < 0x800)
        return true;
    return cp < 0x10000 && S_has(S_word_start, cp);
}

bool cc_extract_word_end(unsigned cp)
{
    S_init();
    if (cp < 0x80)
        return S_class[cp] == S_C_ALPHA || strchr(S_ascii_word_ends, (int)cp) != NULL;
    /* ×, ¥ and £: two bytes, tested one by one in S_word_before */
    return cp == 0xD7 || cp == 0xA5 || cp == 0xA3 || (cp < 0x10000 && S_has(S_word_end, cp));
}

static const cc_word *S_word_before(const cc_extractor *ex, size_t lo, size_t x, unsigned mask, size_t *at)
{
    const char *s = ex->s;
    if (x <= lo)
        return NULL;
    unsigned char last = (unsigned char)s[x - 1];
    if (last < 0x80 ? !(S_alpha(last) || strchr(S_ascii_word_ends, last))
                    : !S_has(S_word_end, S_cp3(s, S_prev(s, x), x)) && !S_before(s, x, "×") && !S_before(s, x, "¥") &&
                          !S_before(s, x, "£"))
        return NULL;
    size_t from = x > lo + S_SCAN_BACK ? x - S_SCAN_BACK : lo;
    /* the words that end at x, the longest first, whose first byte starts
     * a word there */
    cc_lex_end ends[S_SCAN_BACK];
    for (size_t m = cc_lex_ends(s + from, x - from, mask, ends); m-- > 0;) {
        size_t y = x - ends[m].len;
        unsigned char c = (unsigned char)s[y];
        if ((c & 0xC0) == 0x80 || c == ' ')
            continue;
        if (S_alpha(c) && y > lo && S_alpha((unsigned char)s[y - 1]))
            continue;
        if (c >= 0xE0 && !S_has(S_word_start, S_cp3(s, y, x)))
            continue;
        *at = y;
        return ends[m].word;
    }
    return NULL;
}

/* 高 低 快 慢 少: a bare comparative of the lexicon (高了 and 高出 say more). */
static bool S_comparative(const cc_word *w)
{
    /* one character of three bytes, compared without a call to strcmp:
     * every verb before a number asks */
    const char *t = w->text;
    if (!t[0] || !t[1] || !t[2] || t[3])
        return false;
    static const char bare[] = "高低快慢少";
    for (const char *b = bare; *b; b += 3)
        if (memcmp(t, b, 3) == 0)
            return true;
    return false;
}

/* Does 比 or 较 stand before `at` in its clause (S_FROM_GAP bytes at most)? */
static bool S_compared(const char *s, size_t lo, size_t at)
{
    size_t from = at > lo + S_FROM_GAP ? at - S_FROM_GAP : lo;
    for (size_t y = at; y > from + 2;) {
        y--;
        if (S_boundary(s, y, at) || S_at(s, y, at, "，") || s[y] == ',')
            return false;
        if (y >= from + 2 && (S_before(s, y + 1, "比") || S_before(s, y + 1, "较")))
            return true;
    }
    return false;
}

static bool S_relative_next(const char *s, size_t e, size_t n);

static bool S_en_word(const char *s, size_t i, size_t n, const char *w);
static bool S_year(double v);
static bool S_year_at(const char *s, size_t lo, size_t i, size_t n);
static bool S_month_around(const char *s, size_t lo, size_t q, size_t ne, size_t hi);

/* The English verb, in its bare form (reduces, cut), that starts a few
 * words of object ending just before `by` (at by): where it starts, or
 * (size_t)-1.  The figure reader takes the same words (figure.c,
 * S_object_by).  With `bare_verb`, `by` is the "in" of "in half", and the
 * verb is one of going down that may stand right before it (cut in half,
 * cut its costs in half). */
static size_t S_verb_object_before(cc_extractor *ex, size_t lo, size_t by, bool bare_verb)
{
    const char *s = ex->s;
    size_t y = by, from = by > lo + S_FROM_GAP ? by - S_FROM_GAP : lo;
    for (int words = 0; words < 5; words++) {
        if (y <= from + 1 || s[y - 1] != ' ')
            return (size_t)-1;
        while (y > from && s[y - 1] == ' ')
            y--;
        size_t e = y;
        /* a word starts with a letter, and may have digits (GPT-4) */
        while (y > from && (S_alnum((unsigned char)s[y - 1]) || s[y - 1] == '-' || s[y - 1] == '\''))
            y--;
        if (y == e || (y > lo && !(s[y - 1] == ' ' || s[y - 1] == '\n')) || !S_alpha((unsigned char)s[y]))
            return (size_t)-1;
        /* the object comes first: a verb right before "by" is read already */
        const cc_word *w = words > 0 || bare_verb ? cc_lex_match_all(s + y, e - y, CC_W_VERB) : NULL;
        if (w && cc_lex_takes_object(w) && !(bare_verb && w->arg != CC_DIR_DOWN)) {
            /* speeds up, sped up: the verb of its particle */
            size_t v = y > from + 1 && s[y - 1] == ' ' ? y - 1 : y;
            while (v > from && S_alpha((unsigned char)s[v - 1]))
                v--;
            const cc_word *pv;
            if (v < y - 1 && (v == lo || !S_alpha((unsigned char)s[v - 1])) &&
                (pv = cc_lex_match_all(s + v, e - v, CC_W_VERB)) != NULL && cc_lex_takes_object(pv) &&
                pv->arg == w->arg)
                return v;
            return y;
        }
    }
    return (size_t)-1;
}

/* 是H100的3倍, 最高可达友商的1.2倍, 超过总收入的30%: a multiple or a share
 * (倍, %, 成, 分之, 一半) right after 的 and the object of a comparison
 * (with `after_qual`, 的 and a qualifier: 是上一代的近3倍).
 * Where the words of the figure resume before the object: the start of 是,
 * 为 or 相当于 that opens it, or the object's start when a qualifier or a
 * verb of a new level ends there (达到, 最高可达, 约为); else (size_t)-1.
 * The figure reader reads the object (figure.c, S_object_of). */
#define S_OBJECT_CPS 16
static size_t S_object_before(cc_extractor *ex, size_t lo, size_t y, const S_span *sp, bool after_qual)
{
    const char *s = ex->s;
    size_t ne = sp->num_end, hi = ex->n;
    /* 是竞品的1.5到2倍, 是友商的1.5-2倍: the unit after a range's second number */
    size_t sep = S_at(s, ne, hi, "到") || S_at(s, ne, hi, "至") || S_at(s, ne, hi, "～") ? 3
                 : ne < hi && (s[ne] == '-' || s[ne] == '~')                           ? 1
                                                                                     : 0;
    if (sep && ne + sep < hi && S_digit((unsigned char)s[ne + sep])) {
        size_t k = ne + sep;
        while (k < hi && (S_digit((unsigned char)s[k]) || s[k] == '.'))
            k++;
        ne = k;
    }
    /* 为其一半, 是其3倍: the pronoun 其 (its) is the whole object */
    bool its = y >= lo + 6 && S_before(s, y, "其");
    if ((y != sp->num && !sp->several && !after_qual) || y < lo + 6 || !(its || S_before(s, y, "的")) ||
        !((sp->m.flags & (CC_NUM_PERCENT | CC_NUM_FRACTION)) || (ne < hi && s[ne] == '%') || S_at(s, ne, hi, "％") ||
          S_at(s, ne, hi, "倍") || cc_written_fraction(s + y, ne - y)))
        return (size_t)-1;
    size_t p = y - 3;
    if (its)
        return S_copula_before(s, lo, p);
    for (int cps = 1; cps <= S_OBJECT_CPS && p > lo; cps++) {
        unsigned char c = (unsigned char)s[p - 1];
        if (c >= 0x80) {
            /* a CJK ideograph (three bytes), 的 included */
            unsigned cp = p >= lo + 3 ? S_cp3(s, p - 3, hi) : 0;
            if (!((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)))
                return (size_t)-1;
            p -= 3;
        } else if (S_alnum(c) || c == '-' || c == '.' || (c == ' ' && p - 1 > lo && S_alnum((unsigned char)s[p - 2]))) {
            p--;
        } else {
            return (size_t)-1;
        }
        size_t at;
        const cc_word *w = S_word_before(ex, lo, p, CC_W_PREQUAL | CC_W_VERB | CC_W_FILLER, &at);
        /* 达到了友商的3倍: the 了 after the verb is the verb's */
        if (w && w->cls == CC_W_FILLER && S_at(s, at, p, "了"))
            w = S_word_before(ex, lo, at, CC_W_PREQUAL | CC_W_VERB | CC_W_FILLER, &at);
        if (w && (w->cls == CC_W_PREQUAL || (w->cls == CC_W_VERB && (w->flags & CC_WF_LEVEL)) ||
                  (w->cls == CC_W_FILLER && (S_at(s, at, p, "达到") || S_at(s, at, p, "达")))))
            return p;
        size_t cop = S_copula_before(s, lo, p);
        if (cop != (size_t)-1)
            return cop;
    }
    return (size_t)-1;
}

/* Does a word go on at s[i] after 上下 or 前后 (上下文 context, 上下游
 * up- and downstream, 前后端 front and back end, 上下级, 前后台)? */
static bool S_word_goes_on(const char *s, size_t i, size_t n)
{
    static const char *const rest[] = {"文", "游", "端", "级", "台", "班", "楼"};
    return S_AT_ANY(s, i, n, rest);
}

/* Does a unit that a word of several alone counts start at s[i] (倍,
 * 天, 个月: cc_lex_several_unit)? */
static bool S_several_unit(cc_extractor *x, size_t i, size_t hi)
{
    size_t len;
    const cc_word *u = i < hi ? S_lex_after(x, x->s + i, hi - i, CC_W_UNIT, &len) : NULL;
    return u && cc_lex_several_unit(u, len);
}

/* 数十倍, 上千家, 好几十: where a word of "several" starts that takes in
 * the numeral at p (its 十, 百, 千 …), or (size_t)-1.  Each such word
 * ends in 数, 几 or 上 before the numeral (lexicon.c, SEVERAL).  At 倍 or
 * a unit of time (数倍, 好几倍, 数天, 几个月) the word is the whole number. */
static size_t S_several_at(cc_extractor *x, size_t lo, size_t p, size_t hi)
{
    const char *s = x->s;
    size_t len;
    if (p < lo + 3 || !(S_before(s, p, "数") || S_before(s, p, "几") || S_before(s, p, "上")) ||
        !S_lex(x, s + p - 3, hi - (p - 3), CC_W_SEVERAL, &len) || (len <= 3 && !S_several_unit(x, p, hi)))
        return (size_t)-1;
    return S_before(s, p, "几") && p >= lo + 6 && S_before(s, p - 3, "好") ? p - 6 : p - 3;
}

/* Qualifiers, verbs and level words right before the number. */
static void S_prefix(cc_extractor *ex, size_t lo, S_span *sp)
{
    const char *s = ex->s;
    size_t x = sp->num, first = x, bare = x;
    bool verb = false, several = false, qual_first = false;
    unsigned mask =
        CC_W_PREQUAL | CC_W_VERB | CC_W_LEVELPRE | CC_W_FILLER | CC_W_SEVERAL | CC_W_PREUNIT | CC_W_PER | CC_W_MONEY;
    /* 数十倍, 上千家: a word of "several" that takes in the numeral's first
     * character (S_candidate keeps one only after a verb or before 倍) */
    size_t sev = sp->chinese ? S_several_at(ex, lo, x, ex->n) : (size_t)-1;
    if (sev != (size_t)-1) {
        x = first = sev;
        several = sp->several = true;
    }
    for (int k = 0; k < 4 && x > lo; k++) {
        size_t y = x;
        /* Markdown emphasis: 提升了**3倍**, **提升了** 3倍 */
        while (y > lo + 1 && s[y - 1] == '*')
            y--;
        if (s[y - 1] == ' ' && y - 1 > lo && s[y - 2] != ' ')
            y--;
        while (y < x && y > lo + 1 && s[y - 1] == '*')
            y--;
        size_t at;
        const cc_word *w = S_word_before(ex, lo, y, mask, &at);
        if (!w) {
            /* the object ends at the number, or at its qualifier (是上一代的近3倍) */
            size_t o = k == 0 || (k == 1 && qual_first) ? S_object_before(ex, lo, y, sp, k == 1) : (size_t)-1;
            if (o == (size_t)-1)
                break;
            if (k == 1)
                sp->qual = x; /* S_read falls back to it */
            x = first = o;
            continue;
        }
        if (k == 0 && w->cls == CC_W_PREQUAL && (unsigned char)s[at] >= 0x80 && y == sp->num)
            qual_first = true;
        if (w->cls == CC_W_SEVERAL) {
            if (k > 0)
                break;
            several = true;
        }
        /* a factor of 2.5, but not "percent of 300" (20 percent of 300 servers) */
        if (w->cls == CC_W_PREUNIT && (k > 0 || w->arg != CC_U_X))
            break;
        /* 每秒3000次: the time of a rate, and $3: a currency, right before
         * the number; 每小时$2: the time, then the currency */
        if ((w->cls == CC_W_PER && k > (sp->money ? 1 : 0)) || (w->cls == CC_W_MONEY && k > 0))
            break;
        /* 由原来的30%提升到45%: after 由 or 从, 原来的 names the before
         * itself, no share of it (that would make it 0.3x) */
        if (w->cls == CC_W_LEVELPRE && (S_before(s, at, "由") || S_before(s, at, "从")))
            break;
        /* the > of an arrow (120 ms -> 35 ms) is no "more than" */
        if (s[at] == '>' && at > lo && (s[at - 1] == '-' || s[at - 1] == '='))
            break;
        /* bare 高 低 快 慢 少 are comparatives only after 比 or 较 (比A100高20%);
         * 身高180厘米 is a height, 缺少3个 a lack */
        if (w->cls == CC_W_VERB && S_comparative(w) && !S_compared(s, lo, at))
            break;
        /* 零百加速仅需2.8秒, 百公里加速: the acceleration from 0 to 100 km/h,
         * a noun, not a verb of speed */
        if (w->cls == CC_W_VERB && S_at(s, at, y, "加速") && (S_before(s, at, "零百") || S_before(s, at, "百公里")))
            break;
        /* "up" and "down" alone are words of every English sentence (set up
         * 3 servers), but a change before a percentage or a multiplier
         * (sales are down 18 percent, up 3x) */
        if (w->cls == CC_W_VERB && (w->flags & CC_WF_ASCII) && y - at <= 4 && k == 0 && S_alpha((unsigned char)s[at]) &&
            (S_at(s, at, y, "up") || S_at(s, at, y, "down")) && !S_relative_next(s, sp->num_end, ex->n))
            break;
        x = at;
        if (w->cls == CC_W_PREQUAL)
            sp->prequal = true;
        if (w->cls == CC_W_MONEY && sp->num - at <= UCHAR_MAX) /* not across a long run of * */
            sp->money = (unsigned char)(sp->num - at);
        if (w->cls != CC_W_FILLER) {
            first = x;
            if ((w->cls == CC_W_VERB || w->cls == CC_W_LEVELPRE) && !verb) {
                verb = true;
                bare = y;
            }
        }
    }
    /* reduces latency by 30%, cut its costs by half: an English verb, its
     * object (a few words), and "by" right before the number; cut (its
     * costs) in half: "in" before "half" */
    bool in_half = x == sp->num && sp->words && x >= lo + 3 && S_en_word(s, x - 3, x, "in") &&
                   S_en_word(s, sp->num, sp->num_end, "half");
    size_t by = in_half ? x - 3 : x;
    if (!verb && by < sp->num && (in_half || S_en_word(s, by, sp->num, "by"))) {
        size_t v = S_verb_object_before(ex, lo, by, in_half);
        /* set up servers by 3 pm: up and down alone say a change only
         * before a percentage or a multiplier, as above */
        if (v != (size_t)-1 && (S_en_word(s, v, by, "up") || S_en_word(s, v, by, "down")) &&
            !S_relative_next(s, sp->num_end, ex->n))
            v = (size_t)-1;
        if (v != (size_t)-1) {
            first = v;
            verb = true;
            bare = by + 2; /* after "by" (or "in"), as after "reduced by" */
        }
    }
    sp->start = first;
    sp->several = several;
    sp->verb = verb && first < sp->num;
    /* the bare figure starts after the last verb: 提升到了90% -> 90% */
    sp->bare = sp->verb ? bare : first;
    while (sp->bare < sp->num && (s[sp->bare] == ' ' || s[sp->bare] == '*'))
        sp->bare++;
    if (sp->verb) {
        size_t len;
        /* fillers right after the verb (了) belong to the verb */
        while (sp->bare < sp->num && S_lex(ex, s + sp->bare, sp->num - sp->bare, CC_W_FILLER, &len) && len &&
               !S_alpha((unsigned char)s[sp->bare]))
            sp->bare += len;
    }
}

/* Is s[0, n), its ASCII capitals in lower case, one of list's words (in
 * lower case)? */
static bool S_in_wordn(const char *s, size_t n, const S_wordn *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (list[i].n != n)
            continue;
        size_t k = 0;
        while (k < n && (s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]) == list[i].w[k])
            k++;
        if (k == n)
            return true;
    }
    return false;
}

static bool S_en_word(const char *s, size_t i, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (i + k > n)
        return false;
    for (size_t j = 0; j < k; j++)
        if ((s[i + j] | 0x20) != w[j])
            return false;
    return i + k == n || !S_alpha((unsigned char)s[i + k]);
}

/* Does a percentage or multiplier unit follow the number ending at e
 * (%, percent, per cent, x, times, pp, points)? */
static bool S_relative_next(const char *s, size_t e, size_t n)
{
    while (e < n && s[e] == ' ')
        e++;
    if (e < n && s[e] == '%')
        return true;
    /* up 2.5-fold */
    if (e + 5 <= n && s[e] == '-' && S_en_word(s, e + 1, n, "fold") && (e + 5 == n || !S_alpha((unsigned char)s[e + 5])))
        return true;
    static const char *const units[] = {"percent", "per cent", "x",      "times",      "pp",
                                        "percentage point", "percentage points", "points", "bps",
                                        "basis point",      "basis points"};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        size_t k = strlen(units[i]);
        if (e + k <= n && S_en_word(s, e, n, units[i]) && (e + k == n || !S_alpha((unsigned char)s[e + k])))
            return true;
    }
    return false;
}

/* A plural English noun after a count: "6,000 developers". */
static size_t S_en_plural(const char *s, size_t i, size_t n)
{
    static const char *const stop[] = {"is", "was", "has", "does", "this", "its", "as", "us", "his", "yes",
                                       "thus", "plus", "less", "across", "always", "perhaps", "whereas",
                                       "was", "times", "seconds", "minutes", "hours", "days", "weeks", "percents",
                                       "dozens", "millions", "billions", "thousands", "hundreds", "cents"};
    /* the plurals without an s that articles count most */
    static const char *const irregular[] = {"people", "children", "men", "women"};
    size_t j = i;
    while (j < n && S_alpha((unsigned char)s[j]))
        j++;
    if (j - i >= 3 && (j == n || !S_alnum((unsigned char)s[j])))
        for (size_t k = 0; k < sizeof irregular / sizeof irregular[0]; k++)
            if (strlen(irregular[k]) == j - i && memcmp(s + i, irregular[k], j - i) == 0)
                return j - i;
    /* developers, GPUs, QPS, FPS; not Sales (a capital, then lower case: a
     * sentence word) */
    bool caps = true;
    for (size_t k = i; k < j; k++)
        caps &= s[k] >= 'A' && s[k] <= 'Z';
    if (j - i < 3 || j - i > 20 || (s[j - 1] != 's' && !(caps && s[j - 1] == 'S')) ||
        (j < n && S_alnum((unsigned char)s[j])) || (s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= 'a' && s[i + 1] <= 'z'))
        return 0;
    for (size_t k = 0; k < sizeof stop / sizeof stop[0]; k++)
        if (strlen(stop[k]) == j - i && memcmp(s + i, stop[k], j - i) == 0)
            return 0;
    return j - i;
}

/* The counted noun at i (S_en_plural), or an acronym and the plural it
 * names (64 CPU cores, 5 AWS regions, 3 NVIDIA GPUs; figure.c reads the
 * same): its length, or 0. */
static size_t S_en_noun(const char *s, size_t i, size_t n)
{
    size_t j = i;
    while (j < n && s[j] >= 'A' && s[j] <= 'Z')
        j++;
    if (j - i >= 2 && j + 1 < n && s[j] == ' ') {
        size_t k = S_en_plural(s, j + 1, n);
        if (k)
            return j + 1 + k - i;
    }
    return S_en_plural(s, i, n);
}

/* Is the sentence before `at` about a score (得分85分, 成绩为90分, 高出5分
 * after 得分)?  Then 分 after a number is points, not minutes.  Looks back
 * S_SCORE_GAP bytes at most, not past a sentence boundary. */
#define S_SCORE_GAP 96
static bool S_score_before(const char *s, size_t at)
{
    static const char *const words[] = {"得分", "评分", "分数", "打分", "成绩", "跑分", "总分", "满分", "分值"};
    size_t from = at > S_SCORE_GAP ? at - S_SCORE_GAP : 0;
    for (size_t y = at; y > from;) {
        y--;
        if (S_boundary(s, y, at))
            return false;
        if (S_AT_ANY(s, y, at, words))
            return true;
    }
    return false;
}

/* The length of a Chinese unit of time at s[i] (小时, 天, 分钟 …), or 0. */
static size_t S_time_unit_after(cc_extractor *x, size_t i, size_t hi)
{
    size_t len;
    const cc_word *w = i < hi ? S_lex_after(x, x->s + i, hi - i, CC_W_UNIT, &len) : NULL;
    return w && len && cc_unit_is_time(w->arg) && !(w->flags & CC_WF_ASCII) ? len : 0;
}

/* The length of a symbol of measure at s[i] (GB, TB/s, TFLOPS, GHz, W: what
 * cc_symbol_scale knows), or 0.  With a number it is a count of it (DESIGN
 * 1.2 keeps a count's noun as written), where other letters glued to the
 * digits name something (3D, 5090Ti). */
static size_t S_symbol_len(const char *s, size_t i, size_t n)
{
    size_t j = i;
    while (j < n && S_alpha((unsigned char)s[j]))
        j++;
    if (j == i || j - i > 8)
        return 0;
    char sym[16];
    memcpy(sym, s + i, j - i);
    sym[j - i] = '\0';
    /* a symbol ends where no letter, digit, _ or - goes on */
#define S_SYMBOL_ENDS(e) (!((e) < n && (S_alnum((unsigned char)s[e]) || s[e] == '_' || s[e] == '-')))
    /* a rate: GB/s, one symbol */
    if (j + 1 < n && s[j] == '/' && s[j + 1] == 's' && S_SYMBOL_ENDS(j + 2)) {
        char rate[16];
        memcpy(rate, sym, j - i);
        memcpy(rate + (j - i), "/s", 3);
        if (cc_symbol_scale(rate, NULL) > 0)
            return j + 2 - i;
    }
    if (cc_symbol_scale(sym, NULL) <= 0)
        return 0;
    /* per a measure: 2.5 TFLOPS/W, 300Wh/kg */
    size_t e = j + cc_symbol_per_len(s + j, n - j);
    return S_SYMBOL_ENDS(e) ? e - i : 0;
#undef S_SYMBOL_ENDS
}

/* The length of the currency or unit at s[i], whose first character is
 * cp (3000万美元, 2亿港元, 7.9毫米), or 0. */
static size_t S_noun_len(const char *s, size_t i, size_t n, unsigned cp)
{
    for (size_t k = 0; k < S_NOUNS_MAX && S_noun_names[k]; k++)
        if (S_noun_cps[k] == cp && i + S_noun_lens[k] <= n && memcmp(s + i, S_noun_names[k], S_noun_lens[k]) == 0) {
            /* 3人次日到达: 人 and 次日 (the next day), not 人次 */
            if (S_noun_lens[k] == 6 && memcmp(S_noun_names[k], "人次", 6) == 0 && S_at(s, i + 6, n, "日"))
                return 0;
            return S_noun_lens[k];
        }
    return 0;
}

/* A noun of a quantity that a factor can scale: half the cost, a third
 * the power. */
static bool S_quantity_noun(const char *w, size_t n)
{
    static const char *const nouns[] = {"cost", "costs", "price", "power", "energy", "size", "time", "latency",
                                        "memory", "weight", "space", "area", "footprint", "bandwidth", "throughput",
                                        "performance", "speed", "capacity", "compute", "budget", "money"};
    for (size_t k = 0; k < sizeof nouns / sizeof nouns[0]; k++)
        if (S_en_word(w, 0, n, nouns[k]))
            return true;
    return false;
}

/* The end of a few English words from c (`most` at most), up to a
 * preposition, a conjunction, a mark or a number: the name of what a
 * figure is compared with (a foreign competitor in FP32 -> a foreign
 * competitor; that of H100 in FP8 -> H100).  c when there is none. */
static size_t S_words_after(const char *s, size_t c, size_t n, int most)
{
    static const S_wordn stop[] = {S_WN("in"),    S_WN("on"),     S_WN("at"),   S_WN("for"),  S_WN("with"),
                                   S_WN("when"),  S_WN("while"),  S_WN("and"),  S_WN("but"),  S_WN("across"),
                                   S_WN("under"), S_WN("during"), S_WN("by"),   S_WN("from"), S_WN("to"),
                                   S_WN("of"),    S_WN("as"),     S_WN("if"),   S_WN("or"),   S_WN("than")};
    size_t d = c, j = c;
    for (int words = 0; words < most && j < n; words++) {
        size_t w = j;
        while (j < n && (S_alpha((unsigned char)s[j]) || (j > w && (S_digit((unsigned char)s[j]) || s[j] == '-' ||
                                                                      s[j] == '\'' || s[j] == '.'))))
            j++;
        while (j > w && s[j - 1] == '.')
            j--;
        if (j == w || (words > 0 && S_in_wordn(s + w, j - w, stop, sizeof stop / sizeof stop[0])))
            break;
        d = j;
        if (!(j + 1 < n && s[j] == ' ' && S_alnum((unsigned char)s[j + 1])))
            break;
        j++;
    }
    return d;
}

/* " that of its predecessor", " those of H100" at s[e]: the end of "that
 * of" (or "those of") and its object, three words at most (that of H100
 * in FP8); e where there is none. */
static size_t S_that_of_end(const char *s, size_t e, size_t n)
{
    size_t j;
    if (S_at(s, e, n, " that of "))
        j = e + strlen(" that of ");
    else if (S_at(s, e, n, " those of "))
        j = e + strlen(" those of ");
    else
        return e;
    size_t end = S_words_after(s, j, n, 3);
    return end > j ? end : e;
}

/* Units, 多/余, 以上/以内, faster/speedup, a measure word after the number. */
static void S_suffix(cc_extractor *x, size_t hi, S_span *sp, bool numbers_mode)
{
    const char *s = x->s;
    size_t e = sp->num_end;
    bool unit = false, measure = false, qual = false, factor = false;
    /* tens of millions (of dollars): the scale of a number in words of
     * "several" (S_candidate), as figure.c reads it */
    if (sp->words && sp->m.len == 0) {
        double scale;
        e += cc_plural_scale(s + e, hi - e, &scale);
    }
    for (int k = 0; k < 5 && e < hi; k++) {
        /* $2 per hour, $2/h: the price of a time */
        size_t per;
        if (sp->money && !unit && !measure && (per = cc_lex_per_time(s + e, hi - e)) != 0) {
            e += per;
            measure = true;
            continue;
        }
        size_t y = e;
        unsigned nx = y + 1 < hi && s[y] == ' ' ? S_cp3(s, y + 1, hi) : 0;
        if (s[y] == ' ' && y + 1 < hi &&
            (S_alpha((unsigned char)s[y + 1]) || s[y + 1] == '%' || S_at(s, y + 1, hi, "×")))
            y++; /* 3 x, 20 %, 3 × faster */
        else if (k == 0 && s[y] == '-' && y + 1 < hi && S_alpha((unsigned char)s[y + 1]) && sp->arabic)
            y++; /* 30-minute, 3-day: a unit joined by a hyphen (S_candidate drops other compounds) */
        else if (k == 0 && sp->arabic && nx && (S_has(S_after_start, nx) || S_has(S_measure, nx)))
            y++; /* 3 倍, 5 分钟以内, 1000 多人: a space between digits and a Chinese word */
        else if (numbers_mode)
            while (y < hi && s[y] == ' ')
                y++;
        if (!unit && S_at(s, y, hi, "％")) {
            e = y + 3;
            unit = true;
            continue;
        }
        size_t len;
        /* after a counted noun, a qualifier, or an English comparative
         * (30 W lower, 30 watts less, 5 GB smaller: a change of the count) */
        unsigned mask = measure ? CC_W_SUFQUAL | CC_W_SUFDIR : CC_W_SUFQUAL | CC_W_UNIT | CC_W_SUFDIR | CC_W_PERIOD;
        const cc_word *w = S_lex_after(x, s + y, hi - y, mask, &len);
        if (w && measure && w->cls == CC_W_SUFDIR && !(w->flags & CC_WF_ASCII))
            break;
        /* an English word with a digit right after it is part of a name:
         * 5 H100 GPUs, 4 x86 servers, 20 s3 buckets (the lexicon's word
         * boundary is a letter) */
        if (w && len && (w->flags & CC_WF_ASCII) && y + len < hi && S_digit((unsigned char)s[y + len]) &&
            S_alpha((unsigned char)s[y + len - 1]))
            break;
        if (w && len) {
            /* 多 余 几 right after the number (1000多人) or its unit (3倍多,
             * 1小时多), unless a qualifier before it says otherwise (不到) */
            if (w->cls == CC_W_SUFQUAL && (w->flags & CC_WF_STEP) &&
                (measure || qual || (k > 0 && (!unit || sp->prequal))))
                break;
            if (w->cls == CC_W_SUFQUAL && (S_at(s, y, hi, "上下") || S_at(s, y, hi, "前后")) &&
                (measure || S_word_goes_on(s, y + 6, hi)))
                break;
            if (w->cls == CC_W_UNIT) {
                if (unit)
                    break;
                /* 十分 is "very"; a Chinese numeral takes minutes only as 分钟,
                 * and so does a number with decimals: 85.2分 is a score (a
                 * duration of 1.5 minutes is written 1.5分钟) */
                if (S_at(s, y, hi, "分") && !S_at(s, y, hi, "分钟") &&
                    (sp->chinese || S_at(s, y, hi, "分之") || (sp->arabic && sp->m.step < 1) ||
                     S_score_before(x->s, sp->num)))
                    break;
                /* 30个点位: the points of an index or places, a count, not
                 * 个点 (percentage points) and 位 (figure.c) */
                if ((w->flags & CC_WF_OBJECT) && S_at(s, y + len, hi, "位") && !measure && !qual) {
                    e = y + len + 3;
                    measure = true;
                    continue;
                }
                /* 10周年: an anniversary, a count (figure.c) */
                if (S_at(s, y, hi, "周年") && !measure && !qual) {
                    e = y + 6;
                    measure = true;
                    continue;
                }
                unit = true;
                factor = w->arg == CC_U_X;
                /* 两天半: and a half, after the unit of time; 1小时30分钟: a
                 * duration in two units (figure.c) */
                cc_numeral m2;
                cc_unit_id u2;
                if (cc_unit_is_time(w->arg) && S_at(s, y + len, hi, "半") &&
                    !S_time_unit_after(x, y + len + 3, hi))
                    len += 3;
                else if (cc_unit_is_time(w->arg))
                    len += cc_lex_duration_rest(s + y + len, hi - y - len, (cc_unit_id)w->arg, &m2, &u2);
            }
            if (w->cls == CC_W_SUFQUAL)
                qual = true;
            e = y + len;
            continue;
        }
        if (!unit && !measure && (y == e || (nx && k == 0 && sp->arabic))) {
            unsigned cp = S_cp3(s, y, hi);
            if (cp && S_has(S_noun_start, cp) && !numbers_mode && !sp->money && (len = S_noun_len(s, y, hi, cp)) != 0) {
                e = y + len;
                measure = true;
                continue;
            }
            /* 3350.5点, 上涨120点: points of an index, where the number is
             * no hour of a clock (a decimal part, or past 24) */
            bool index_points = cp == 0x70B9 && sp->arabic && (sp->m.step < 1 || sp->m.value > 24) &&
                                !S_at(s, y + 3, hi, "钟") && !S_at(s, y + 3, hi, "半");
            if (cp && (S_has(S_measure, cp) || index_points)) {
                e = y + 3;
                measure = true;
                /* 一个半小时: and a half, then the unit of time (figure.c) */
                size_t tl;
                if (cp == 0x4E2A && S_at(s, e, hi, "半") && (tl = S_time_unit_after(x, e + 3, hi)) != 0) {
                    e += 3 + tl;
                    measure = false;
                    unit = true;
                    continue;
                }
                /* 3个月, 两个小时: the measure word 个 keeps a duration's noun;
                 * so does 人 of a unit of work (2人月, 1.5人周, 10人天) */
                if ((cp == 0x4E2A && S_at(s, e, hi, "月")) ||
                    (cp == 0x4EBA && (S_at(s, e, hi, "月") || S_at(s, e, hi, "周") || S_at(s, e, hi, "天") ||
                                      S_at(s, e, hi, "日") || S_at(s, e, hi, "年"))))
                    e += 3;
                continue;
            }
        }
        /* $5m, £2.5m: millions of a sum of money (figure.c) */
        if (sp->money && !unit && !measure && k == 0 && y == e && s[e] == 'm' &&
            (e + 1 == hi || !S_alnum((unsigned char)s[e + 1]))) {
            e++;
            continue;
        }
        /* 96GB, 1.2 TB/s, 256 TFLOPS: a count of a symbol of measure */
        if (!unit && !measure && !numbers_mode && k == 0 && sp->arabic && (y == e || y == e + 1)) {
            size_t k2 = S_symbol_len(s, y, hi);
            if (k2) {
                e = y + k2;
                measure = true;
                continue;
            }
        }
        /* 9 out of 10 engineers: a share, whose count is not its noun */
        if (!unit && !measure && !numbers_mode && (y > e || (unsigned char)s[e - 1] >= 0x80) &&
            (sp->arabic || sp->words) && !(sp->m.flags & CC_NUM_FRACTION)) {
            size_t k2 = S_en_noun(s, y, hi);
            if (k2) {
                e = y + k2;
                measure = true;
                continue;
            }
        }
        break;
    }
    /* a rate: 1,850 tokens/s, 3000个/秒; per a measure: 300 tokens/W */
    if (measure) {
        size_t per = cc_lex_per_time(s + e, hi - e);
        e += per ? per : cc_symbol_per_len(s + e, hi - e);
    }
    /* 2x the performance, half the cost: a factor, "the" and its object
     * (figure.c reads the rest as the object); a fraction in words only
     * before a quantity (half the markets is a share of them) */
    if (!numbers_mode && !measure && !qual && hi - e > 6 && memcmp(s + e, " the ", 5) == 0 &&
        S_alpha((unsigned char)s[e + 5])) {
        size_t j = e + 5;
        while (j < hi && S_alpha((unsigned char)s[j]))
            j++;
        if (factor || (!unit && sp->words && (sp->m.flags & (CC_NUM_PERCENT | CC_NUM_FRACTION)) &&
                       S_quantity_noun(s + e + 5, j - e - 5)))
            e = j;
    }
    /* 1.6 times that of its predecessor: a factor, "that of" and its object */
    if (!numbers_mode && !measure && !qual && factor)
        e = S_that_of_end(s, e, hi);
    sp->end = e;
    sp->measure = measure;
}

/* "20%-30%", "20到30倍", "between 20 and 30": a second number. */
/* The value of the Chinese digit 1..9 at s[i] (one code point), or 0. */
static int S_zh_digit(const char *s, size_t i, size_t hi)
{
    cc_numeral m;
    if (!S_cp3(s, i, hi) || !cc_numeral_scan(s + i, 3, &m, NULL))
        return 0;
    return (m.flags & CC_NUM_CHINESE) && m.len == 3 && m.step == 1 && m.value >= 1 && m.value <= 9 ? (int)m.value
                                                                                                   : 0;
}

/* 两三天, 七八倍, 二三十倍, 三四成, 百分之二三十: the bytes of a numeral
 * right after the number that makes a range with it, or 0.  The rule of
 * S_read_range in figure.c: the number is one Chinese digit (or 百分之
 * and one), and the next numeral a larger digit, alone or in its place. */
static size_t S_zh_range_next(const char *s, const S_span *sp, size_t hi)
{
    size_t a = sp->num, e = sp->num_end;
    if (!sp->chinese || sp->m.step != 1 || !(e - a == 3 || (e - a == 12 && S_at(s, a, hi, "百分之"))))
        return 0;
    unsigned nx = S_cp3(s, e, hi);
    if (!nx || !S_has(S_trigger, nx)) /* most often: no numeral next */
        return 0;
    int d1 = S_zh_digit(s, e - 3, hi), d2 = S_zh_digit(s, e, hi);
    if (!d1 || d1 != sp->m.value || d2 <= d1)
        return 0;
    cc_numeral m2;
    if (!cc_numeral_scan(s + e, hi - e, &m2, NULL) || !(m2.flags & CC_NUM_CHINESE))
        return 0;
    if (m2.len == 3)
        return m2.len;
    return m2.step >= 10 && m2.value == d2 * m2.step ? m2.len : 0;
}

/* After 从 or 由, "A到B" with a unit or noun is a before and an after
 * (从30%到90%, 从5分钟到10分钟), unless 不等 or 之间 after it makes it a
 * spread of values (从10元到100元不等); bare numbers stay a range (从1到10,
 * and the idiom 从0到1): may the numbers from start to e be a range? */
static bool S_range_spread(const char *s, size_t start, size_t e, size_t hi)
{
    if (!(S_before(s, start, "从") || S_before(s, start, "由")))
        return true;
    /* the unit or noun after the second number, then 不等 or 之间 */
    for (size_t k = 0; k < 4 && e < hi && (unsigned char)s[e] >= 0x80; k++) {
        if (S_at(s, e, hi, "不等") || S_at(s, e, hi, "之间"))
            return true;
        e += S_cplen(s, e, hi);
    }
    for (; e < hi && (S_alnum((unsigned char)s[e]) || s[e] == '%' || s[e] == ' '); e++)
        ;
    return S_at(s, e, hi, "不等") || S_at(s, e, hi, "之间");
}

/* Inlined into its one caller, S_candidate, which gcc stopped doing on
 * its own as S_candidate grew (a call and its spills, 0.4 M instructions
 * of 4 MiB). */
static inline __attribute__((always_inline)) void S_range(cc_extractor *x, size_t lo, size_t hi, S_span *sp,
                                                           bool between)
{
    const char *s = x->s;
    size_t y = sp->num_end, len;
    size_t next = S_zh_range_next(s, sp, hi);
    if (next) {
        sp->num_end += next;
        sp->pair_digits = true;
        return;
    }
    const cc_word *u = S_lex_after(x, s + y, hi - y, CC_W_UNIT, &len);
    bool first_unit = u && len;
    if (first_unit)
        y += len;
    /* 10元到100元, 5万台到10万台: a counted noun after each end */
    cc_numeral m2;
    size_t k2;
    unsigned ncp = first_unit ? 0 : S_cp3(s, y, hi);
    if (ncp && (S_has(S_measure, ncp) || S_has(S_noun_start, ncp)) && (k2 = cc_noun_range(s + y, hi - y, &m2)) != 0) {
        if (!S_range_spread(s, sp->start, y + k2, hi))
            return;
        sp->num_end = y + k2;
        return;
    }
    size_t y0 = y;
    if (y < hi && s[y] == ' ')
        y++;
    const cc_word *sep = S_lex_after(x, s + y, hi - y, CC_W_RANGE, &len);
    if (!sep || !len)
        return;
    if (S_at(s, y, hi, "and") && !between)
        return;
    if (S_alpha((unsigned char)s[y]) && y == y0)
        return;
    y += len;
    if (y < hi && s[y] == ' ' && y > y0 + len - 1)
        y++;
    /* $3-$5, $3 to $5: the currency again */
    if (sp->money && hi - y > sp->money && memcmp(s + y, s + sp->num - sp->money, sp->money) == 0)
        y += sp->money;
    if (y >= hi)
        return;
    unsigned char c = (unsigned char)s[y];
    if (!(S_digit(c) || (S_class[c] == S_C_LEAD3 && S_has(S_trigger, S_cp3(s, y, hi))) || S_alpha(c)))
        return;
    const char *err = NULL;
    if (!cc_numeral_scan(s + y, hi - y, &m2, &err))
        return;
    /* 2023年到2024年 are years, not a range; nor is "in 2023 to 3.6
     * million", a year and the next figure */
    if (y + m2.len < hi && S_at(s, y + m2.len, hi, "年"))
        return;
    if (!first_unit && S_year_at(s, lo, sp->num, hi))
        return;
    if (first_unit && !S_range_spread(s, sp->start, y + m2.len, hi))
        return;
    /* a unit after the first end comes again after the second (20%-30%):
     * "rose 12% to 1.5 million" is no range (S_read_range of figure.c),
     * nor is 提升2.3个百分点至41.5%, a change and the new level */
    if (first_unit) {
        size_t z = y + m2.len;
        while (z < hi && s[z] == ' ')
            z++;
        size_t ulen;
        const cc_word *u2 = S_lex_after(x, s + z, hi - z, CC_W_UNIT, &ulen);
        if (!u2 || !ulen || u2->arg != u->arg)
            return;
    }
    sp->num_end = y + m2.len;
}

/* Length of the listed word at s[i], or 0 (the first word of the list
 * that matches).  Every word has at least two characters (6 bytes): their
 * first six bytes, packed, rule out almost every word in one compare. */
static size_t S_word_list_after(const char *s, size_t i, size_t n)
{
    if (i + 6 > n)
        return 0;
    uint64_t head = 0;
    memcpy(&head, s + i, 6);
    for (unsigned h = S_head_hash(head);; h = (h + 1) % S_HEAD_SLOTS) {
        unsigned k = S_after_first[h];
        if (!k)
            return 0;
        if (S_after_head[k - 1] != head)
            continue;
        /* the words with this head, in list order */
        for (; k; k = S_after_next[k - 1]) {
            size_t len = S_after_len[k - 1];
            /* 十分之一 is a fraction, not 十分 (very) and 之一; so are
             * 千万分之一 and 万万分之七, not 千万 (by all means) */
            if (i + len <= n && memcmp(s + i + 6, S_zh_words_after[k - 1] + 6, len - 6) == 0 &&
                !(memcmp(s + i + len - 3, "分", 3) == 0 && i + len + 3 <= n && memcmp(s + i + len, "之", 3) == 0) &&
                !(i + len + 6 <= n && memcmp(s + i + len, "分之", 6) == 0))
                return len;
        }
        return 0;
    }
}

static bool S_word_list_before(const char *s, size_t lo, size_t i)
{
    /* the one-character words by a bit each, the others one by one */
    if (i >= lo + 3 && S_has(S_before_char, S_cp3(s, i - 3, i)))
        return true;
    for (size_t k = 0; k < sizeof S_zh_words_before / sizeof S_zh_words_before[0]; k++) {
        size_t len = S_before_len[k];
        if (len > 3 && i >= lo + len && memcmp(s + i - len, S_zh_words_before[k], len) == 0)
            return true;
    }
    return false;
}

/* Skips a token of letters, digits and . - _ : / (a name, a date, a version). */
static size_t S_skip_token(const char *s, size_t i, size_t n)
{
    while (i < n && (S_alnum((unsigned char)s[i]) || s[i] == '.' || s[i] == '-' || s[i] == '_' || s[i] == ':' ||
                     s[i] == '/'))
        i++;
    return i;
}

/* Is [i, n) "DD:DD", "DDDD-DD", "DD/DD/DD", "D.D.D": a time, a date or a version? */
static bool S_dateish(const char *s, size_t i, size_t n)
{
    size_t j = i, groups = 0;
    char sep = 0;
    while (j < n) {
        size_t d = j;
        while (j < n && S_digit((unsigned char)s[j]))
            j++;
        if (j == d)
            return false;
        groups++;
        if (j < n && (s[j] == ':' || s[j] == '-' || s[j] == '/' || s[j] == '.') && j + 1 < n &&
            S_digit((unsigned char)s[j + 1])) {
            if (s[j] == ':' && groups == 1)
                return true;
            if (sep && s[j] != sep)
                return groups >= 3; /* 10.0.0.1:8080, 2025-06-10/11 */
            if (!sep && s[j] != '.' && s[j] != ':' && j - d == 4)
                return true; /* 2025-06, 2025/06 */
            sep = s[j];
            j++;
            continue;
        }
        break;
    }
    return groups >= 3 && sep != 0;
}

typedef struct {
    size_t resume;             /* where the hot loop goes on */
    bool found;
} S_result;

/* The end of a time of day starting at s[i] with one or two digits, or 0:
 * 3 pm, 10:30 a.m., 下午3点, 3点半, 8点钟, 9点30分. */
static __attribute__((noinline)) size_t S_clock_end(const char *s, size_t lo, size_t i, size_t n)
{
    size_t j = i;
    while (j < n && j - i < 3 && S_digit((unsigned char)s[j]))
        j++;
    if (j - i > 2)
        return 0;
    if (j + 2 < n && s[j] == ':' && S_digit((unsigned char)s[j + 1]) && S_digit((unsigned char)s[j + 2]))
        j += 3;
    /* am, pm, a.m., p.m. (any case) */
    size_t k = j < n && s[j] == ' ' ? j + 1 : j;
    if (k + 1 < n && ((s[k] | 0x20) == 'a' || (s[k] | 0x20) == 'p')) {
        if ((s[k + 1] | 0x20) == 'm' && (k + 2 >= n || !S_alnum((unsigned char)s[k + 2])))
            return k + 2;
        if (k + 3 < n && s[k + 1] == '.' && (s[k + 2] | 0x20) == 'm' && s[k + 3] == '.')
            return k + 4;
        return 0;
    }
    if (!S_at(s, j, n, "点"))
        return 0;
    size_t e = j + 3;
    if (S_at(s, e, n, "钟") || S_at(s, e, n, "半") || S_at(s, e, n, "整"))
        return e + 3;
    size_t d = e;
    while (d < n && d - e < 3 && S_digit((unsigned char)s[d]))
        d++;
    if (d > e && d - e <= 2 && S_at(s, d, n, "分"))
        return d + 3;
    static const char *const part_of_day[] = {"上午", "下午", "晚上", "凌晨", "早上", "早晨", "中午", "傍晚", "夜里", "当晚"};
    for (size_t m = 0; m < sizeof part_of_day / sizeof part_of_day[0]; m++)
        if (i >= lo + 6 && S_before(s, i, part_of_day[m]))
            return e;
    return 0;
}

/* The end of "A×B" (×C …) starting at s[i], with ×, x, X or * between
 * numbers and the same space (one at most) either side; 0 if no dimensions start there
 * (1.3x10^6 is a number in scientific notation). */
static __attribute__((noinline)) size_t S_dimensions_end(const char *s, size_t i, size_t n)
{
    size_t e = i, parts = 0;
    for (;;) {
        size_t j = e;
        while (j < n && (S_digit((unsigned char)s[j]) || (s[j] == '.' && j + 1 < n && S_digit((unsigned char)s[j + 1]))))
            j++;
        if (j == e)
            return 0;
        parts++;
        e = j;
        bool space = j < n && s[j] == ' ';
        j += space;
        if (S_at(s, j, n, "×"))
            j += 2;
        else if (j < n && (s[j] == 'x' || s[j] == 'X' || s[j] == '*'))
            j++;
        else
            break;
        /* as much space after the sign as before: 4 x86 servers is no 4×86 */
        if (space != (j < n && s[j] == ' '))
            break;
        j += space;
        if (j >= n || !S_digit((unsigned char)s[j]) || S_at(s, j, n, "10^"))
            break;
        e = j;
    }
    return parts >= 2 ? e : 0;
}

/* Reads the figure at [a, b); on failure tries without the prefix, then
 * the number alone.  Returns false when nothing reads. */
static bool S_read(cc_extractor *x, S_span *sp, const cc_figure **fig, uint64_t *id)
{
    /* the figure as printed: the reader folds what it needs itself */
    const char *s = x->orig;
    if (S_parse(x, s + sp->start, sp->end - sp->start, fig, id))
        return true;
    /* without the verb, with the currency after it (raised $150 million) */
    if (sp->verb && sp->money && sp->bare > sp->start && sp->bare < sp->num &&
        S_parse(x, s + sp->bare, sp->end - sp->bare, fig, id)) {
        sp->start = sp->bare;
        sp->verb = false;
        return true;
    }
    /* 最高可达友商的近1.2倍: two qualifiers; the one at the number stays,
     * without the object before it */
    if (sp->qual > sp->start && sp->qual < sp->num && S_parse(x, s + sp->qual, sp->end - sp->qual, fig, id)) {
        sp->start = sp->bare = sp->qual;
        sp->verb = false;
        return true;
    }
    if (sp->start != sp->num && S_parse(x, s + sp->num, sp->end - sp->num, fig, id)) {
        sp->start = sp->bare = sp->num;
        sp->verb = false;
        return true;
    }
    if (sp->end != sp->num_end) {
        size_t e = sp->num_end;
        if (S_parse(x, s + sp->start, e - sp->start, fig, id)) {
            sp->end = e;
            sp->measure = false;
            return true;
        }
        if (S_parse(x, s + sp->num, e - sp->num, fig, id)) {
            sp->start = sp->bare = sp->num;
            sp->end = e;
            sp->verb = sp->measure = false;
            return true;
        }
    }
    return false;
}

/* Number mode: a numeral the figure reader does not take (二分 之一, with
 * its spaces) is still a number. */
static const cc_figure *S_bare_number(cc_extractor *x, S_span *sp)
{
    cc_figure *fig = S_scratch(x);
    memset(fig, 0, sizeof *fig);
    sp->start = sp->bare = sp->num;
    sp->end = sp->num_end;
    sp->verb = sp->measure = false;
    fig->input = cc_xstrndup(x->orig + sp->num, sp->num_end - sp->num);
    fig->unit = cc_xstrdup("");
    fig->value = fig->value_hi = sp->m.value;
    fig->step = sp->m.step;
    fig->iv = cc_iv(sp->m.value - sp->m.step / 2, sp->m.value + sp->m.step / 2, false, false);
    fig->n_readings = 1;
    fig->readings[0].iv = fig->iv;
    x->scratch_set = true;
    return fig;
}

/* A determiner after a multiplier word: double the capacity, triples its
 * throughput. */
static bool S_object_after(const char *s, size_t e, size_t hi)
{
    static const char *const det[] = {" the ", " its ", " their ", " our ", " his ", " her ", " that ", " what "};
    return S_AT_ANY(s, e, hi, det);
}

/* Does only white space, or a Markdown heading's #s, stand between the
 * line's start and i (## 3. Results)? */
static bool S_line_start(const char *s, size_t lo, size_t i)
{
    size_t j = i;
    while (j > lo && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '\r'))
        j--;
    if (j < i)
        while (j > lo && s[j - 1] == '#')
            j--;
    return j == lo || s[j - 1] == '\n';
}

/* A number in words standing alone (one, the 一 of 一群): its figure
 * can only be a bare number with no unit, which S_prose leaves out, so
 * figure mode need not read it.  So are English "half" and fractions
 * alone (50%, 33.3%, as 一半 and 三分之一 are): the first half of 2024, half
 * precision, a third party; with a qualifier or a verb they stay (more than
 * half, cut by a third), and so do fractions in the plural, which are
 * always shares (two thirds, three-quarters), and a fraction of a whole
 * (half of the developers, S_share_of). */
static bool S_share_of(const cc_extractor *x, const S_span *sp);

static bool S_word_alone(const cc_extractor *x, const S_span *sp)
{
    const char *s = x->s;
    unsigned others = sp->m.flags & ~(unsigned)(CC_NUM_CHINESE | CC_NUM_WORDS);
    bool half = sp->words &&
                (others == (CC_NUM_PERCENT | CC_NUM_EXACT) ||
                 (others == (CC_NUM_FRACTION | CC_NUM_EXACT) && (s[sp->num_end - 1] | 0x20) != 's')) &&
                !S_share_of(x, sp);
    return (sp->chinese || sp->words) && sp->start == sp->num && sp->end == sp->num_end &&
           sp->num_end <= sp->num + sp->m.len && !sp->verb && !sp->several && !sp->negate && (others == 0 || half);
}

/* Can the number at sp be one end of a pair, although alone it is none:
 * right after 从, 由 or "from" (from two to five people, 从三个增加到五个),
 * or after such a first end, waiting for its second? */
static bool S_pair_end_at(const cc_extractor *x, size_t at)
{
    const char *s = x->s;
    /* a pending 从A waits on its own line: a segment ends at a newline,
     * and what is found must not depend on where the input was cut */
    size_t a_end = x->pend.set ? x->pend.x.end - x->base : 0;
    return (x->pend.set && x->pend.from_at != (size_t)-1 && !x->pend.x.pair && a_end <= at &&
            !memchr(s + a_end, '\n', at - a_end)) ||
           S_before(s, at, "从") || S_before(s, at, "由") || S_before(s, at, "from ") || S_before(s, at, "From ");
}

static bool S_pair_end(const cc_extractor *x, const S_span *sp)
{
    return S_pair_end_at(x, sp->start);
}

/* "half of respondents", "a third of the power": a fraction in words
 * before "of" and its whole is a share, but not a part of a span of time
 * or place (the first half of 2024, the other half of the team, the back
 * half of the year). */
static bool S_share_of(const cc_extractor *x, const S_span *sp)
{
    const char *s = x->s;
    size_t e = sp->num_end, n = x->n;
    if (!(e + 5 <= n && memcmp(s + e, " of ", 4) == 0 && !S_digit((unsigned char)s[e + 4])))
        return false;
    static const char *const parts[] = {"first", "second", "third", "last", "other", "latter", "former", "back",
                                        "front", "top", "bottom", "upper", "lower", "better", "early", "late"};
    /* the word before: "a third" starts at its "a" */
    size_t b = sp->num;
    if (b >= 2 && s[b - 1] == ' ')
        b--;
    size_t a = b;
    while (a > 0 && S_alpha((unsigned char)s[a - 1]))
        a--;
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
        if (S_en_word(s, a, b, parts[k]))
            return false;
    return true;
}

/* Are s[a, b) all ASCII digits? */
static bool S_digits(const char *s, size_t a, size_t b)
{
    for (; a < b; a++)
        if (!S_digit((unsigned char)s[a]))
            return false;
    return true;
}

/* Can a model name (昇腾910) end at e: the end, a space, punctuation, or
 * a word that follows one? */
static bool S_model_end(const char *s, size_t e, size_t n)
{
    static const char *const after[] = {"的", "和", "与", "及", "系列", "芯片", "处理器", "服务器", "集群", "平台"};
    if (e >= n || ((unsigned char)s[e] < 0x80 && !S_alnum((unsigned char)s[e])))
        return true;
    unsigned cp = S_cp3(s, e, n);
    return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
           S_AT_ANY(s, e, n, after);
}

/* Is the word right before the number at `num`, one space before it, a
 * name: a word with a capital (Atlas 800, iPhone 15, S&P 500)?  *at gets
 * where it starts. */
static bool S_name_before(const char *s, size_t lo, size_t num, size_t *at)
{
    if (num < lo + 2 || s[num - 1] != ' ' || !S_alpha((unsigned char)s[num - 2]))
        return false;
    size_t w = num - 1;
    bool cap = false;
    while (w > lo && S_alpha((unsigned char)s[w - 1])) {
        w--;
        cap |= s[w] >= 'A' && s[w] <= 'Z';
    }
    *at = w;
    return cap;
}

/* Does the word at w open its sentence (nothing before it but spaces, then
 * the start of the text or a line, or . ! ? 。！？)? */
static bool S_opens_sentence(const char *s, size_t lo, size_t w)
{
    while (w > lo && (s[w - 1] == ' ' || s[w - 1] == '\t'))
        w--;
    return w == lo || strchr(".!?\n\r\"", s[w - 1]) || S_before(s, w, "。") || S_before(s, w, "！") ||
           S_before(s, w, "？");
}

/* Is a Han ideograph glued to the number at num (a Chinese name: 昇腾910)? */
static bool S_han_before(const char *s, size_t lo, size_t num)
{
    unsigned pv = num >= lo + 3 ? S_cp3(s, num - 3, num) : 0;
    return pv >= 0x4E00 && pv <= 0x9FFF;
}

/* Is the number at num glued to a word for what has versions (模型, 版本,
 * 系统): 盘古大模型5.0, 鸿蒙系统4.2, 版本3.1? */
static bool S_version_before(const char *s, size_t lo, size_t num)
{
    static const char *const names[] = {"模型", "版本", "版", "系统", "系統", "模型 ", "版本 "};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t k = strlen(names[i]);
        if (num >= lo + k && memcmp(s + num - k, names[i], k) == 0)
            return true;
    }
    return false;
}

/* Is the number at [num, num_end) the size of a model written after its
 * name: digits and B or T glued (70B, 671B, 910B) after a Chinese name
 * (昇腾910B芯片), after a name and a space (Llama 2 70B, DeepSeek-R1 671B,
 * Qwen2.5 72B), or before "model" (the 70B model)? */
static bool S_model_size(const char *s, size_t lo, size_t num, size_t num_end, size_t n)
{
    if (num_end < num + 3 || (s[num_end - 1] != 'B' && s[num_end - 1] != 'T') || !S_digits(s, num, num_end - 1))
        return false;
    if (S_han_before(s, lo, num))
        return num_end - num >= 4 && S_model_end(s, num_end, n);
    if (S_at(s, num_end, n, " model") || S_at(s, num_end, n, "模型"))
        return true;
    /* the token before, one space back: a name with a capital, or a
     * version number after one (Llama 2) */
    for (int k = 0; k < 2; k++) {
        if (num < lo + 2 || s[num - 1] != ' ')
            return false;
        size_t w = num - 1;
        bool cap = false, alpha = false;
        while (w > lo && (S_alnum((unsigned char)s[w - 1]) || s[w - 1] == '-' || s[w - 1] == '.' || s[w - 1] == '_')) {
            w--;
            cap |= s[w] >= 'A' && s[w] <= 'Z';
            alpha |= S_alpha((unsigned char)s[w]);
        }
        if (cap)
            return true;
        if (w == num - 1 || alpha)
            return false;
        num = w;
    }
    return false;
}

/* Is there a / in s[a, b) (a numeral: a few bytes)? */
static inline bool S_has_slash(const char *s, size_t a, size_t b)
{
    for (; a < b; a++)
        if (s[a] == '/')
            return true;
    return false;
}

/* 1900 … 2099, a whole number: what a bare year can be. */
static bool S_year(double v)
{
    return v >= 1900 && v <= 2099 && v == (double)(long)v;
}

/* The English word one space before `num`, lower-cased into w (cap bytes);
 * its length, 0 when none. */
static size_t S_en_word_before(const char *s, size_t lo, size_t num, char *w, size_t cap)
{
    if (num < lo + 2 || s[num - 1] != ' ')
        return 0;
    size_t a = num - 1;
    while (a > lo && (S_alpha((unsigned char)s[a - 1]) || s[a - 1] == '.'))
        a--;
    size_t k = num - 1 - a;
    if (k == 0 || k >= cap || !S_alpha((unsigned char)s[a]))
        return 0;
    for (size_t i = 0; i < k; i++)
        w[i] = (char)(s[a + i] | 0x20);
    w[k] = '\0';
    return k;
}

/* Is the English word one space before `num` one of list's words? */
static bool S_en_word_before_is(const char *s, size_t lo, size_t num, const S_wordn *list, size_t count)
{
    char w[16];
    size_t k = S_en_word_before(s, lo, num, w, sizeof w);
    return k && S_in_wordn(w, k, list, count);
}

/* A sentence's first word that comes before a count, not a name: a
 * determiner, a pronoun's possessive, a preposition, a conjunction, an
 * adverb, a verb (These 500 servers, Our 40 engineers, With 200 partners,
 * Overall 40 engineers, Currently 500 servers, Introduced 2048 bits).  Any other capitalised word
 * opening a sentence before a number is taken for a name (Windows 11,
 * Llama 3, Atlas 800). */
static bool S_count_opener(const char *s, size_t lo, size_t num)
{
    static const S_wordn opener[] = {
        S_WN("the"), S_WN("a"), S_WN("an"), S_WN("these"), S_WN("those"), S_WN("this"), S_WN("that"), S_WN("all"),
        S_WN("some"), S_WN("any"), S_WN("another"), S_WN("each"), S_WN("every"), S_WN("both"), S_WN("its"),
        S_WN("our"), S_WN("their"), S_WN("his"), S_WN("her"), S_WN("my"), S_WN("your"), S_WN("we"), S_WN("they"),
        S_WN("only"), S_WN("just"), S_WN("still"), S_WN("even"), S_WN("now"), S_WN("today"), S_WN("here"),
        S_WN("there"), S_WN("and"), S_WN("but"), S_WN("so"), S_WN("yet"), S_WN("or"), S_WN("with"),
        S_WN("without"), S_WN("in"), S_WN("on"), S_WN("at"), S_WN("by"), S_WN("for"), S_WN("of"), S_WN("to"),
        S_WN("from"), S_WN("since"), S_WN("after"), S_WN("before"), S_WN("during"), S_WN("within"), S_WN("across"),
        S_WN("among"), S_WN("about"), S_WN("per"), S_WN("when"), S_WN("while"), S_WN("if"), S_WN("as"),
        S_WN("than"), S_WN("then"), S_WN("also"), S_WN("however"), S_WN("meanwhile"), S_WN("overall"),
        S_WN("yesterday"), S_WN("tomorrow"), S_WN("worldwide"), S_WN("nationwide"), S_WN("altogether"),
        S_WN("combined"), S_WN("together"), S_WN("already"), S_WN("additional"), S_WN("such"), S_WN("many"),
        S_WN("most"), S_WN("more"), S_WN("several"), S_WN("thus"), S_WN("hence"), S_WN("therefore"),
        S_WN("instead"), S_WN("again"), S_WN("once"), S_WN("although"), S_WN("though"), S_WN("because"),
        S_WN("whereas"), S_WN("where"), S_WN("total"), S_WN("first"), S_WN("last"), S_WN("next"), S_WN("extra")};
    char w[16];
    size_t k = S_en_word_before(s, lo, num, w, sizeof w);
    /* an adverb or a verb: exactly, currently; introduced, using */
    if (k > 3 && ((w[k - 2] == 'l' && w[k - 1] == 'y') || (w[k - 2] == 'e' && w[k - 1] == 'd') ||
                  (k > 4 && w[k - 3] == 'i' && w[k - 2] == 'n' && w[k - 1] == 'g')))
        return true;
    return k && S_in_wordn(w, k, opener, sizeof opener / sizeof opener[0]);
}

/* A preposition before a year: in 2024, since 2019, by 2030. */
static bool S_year_preposition(const char *s, size_t lo, size_t num)
{
    static const S_wordn prep[] = {S_WN("in"),    S_WN("since"),   S_WN("by"),     S_WN("during"), S_WN("until"),
                                   S_WN("till"),  S_WN("through"), S_WN("before"), S_WN("after")};
    return S_en_word_before_is(s, lo, num, prep, sizeof prep / sizeof prep[0]);
}

/* Prices range from $199 to $299, anywhere from 2 to 5 days: a spread of
 * values, not a before and an after (as 从10元到100元不等 is).  Is the word
 * before "from" at `from` one of a spread? */
static bool S_spread_before(const char *s, size_t lo, size_t from)
{
    static const S_wordn spread[] = {S_WN("range"),   S_WN("ranges"), S_WN("ranged"),   S_WN("ranging"),
                                     S_WN("vary"),    S_WN("varies"), S_WN("varied"),   S_WN("varying"),
                                     S_WN("anywhere"), S_WN("somewhere")};
    return S_en_word_before_is(s, lo, from, spread, sizeof spread / sizeof spread[0]);
}

/* Chapter 3, Table 2, step 4, Fig. 5: a number that names a part of a
 * text or of a procedure; the next 3 years, the past 12 months, 15 years
 * ago: the span of time a sentence looks at. */
static bool S_reference(const char *s, size_t lo, const S_span *sp, const cc_figure *f, size_t n)
{
    static const S_wordn parts[] = {
        S_WN("chapter"), S_WN("section"), S_WN("sec."),    S_WN("table"),   S_WN("figure"), S_WN("fig."),
        S_WN("part"),    S_WN("step"),    S_WN("phase"),   S_WN("stage"),   S_WN("appendix"), S_WN("equation"),
        S_WN("eq."),     S_WN("item"),    S_WN("no."),     S_WN("page"),    S_WN("p."),     S_WN("line"),
        S_WN("article"), S_WN("volume"),  S_WN("vol."),    S_WN("episode"), S_WN("season"), S_WN("round"),
        S_WN("level"),   S_WN("grade")};
    static const S_wordn spans[] = {S_WN("next"),   S_WN("last"),  S_WN("past"),  S_WN("previous"),
                                    S_WN("coming"), S_WN("first"), S_WN("recent")};
    if (!sp->arabic || f->kind != CC_KIND_QUANTITY || sp->verb || sp->prequal)
        return false;
    /* 如表3所示, 见图2: a table or a figure of the text, where the sentence
     * goes on after the number (代表3位 and 发表3篇 count) */
    if (S_before(s, sp->num, "表") || S_before(s, sp->num, "图")) {
        static const char *const next[] = {"所示", "中", "和", "与", "及", "、", "，", "。", "；", "：", "）"};
        size_t e = sp->num_end;
        return e == n || strchr(" ,.;:)", s[e]) || S_AT_ANY(s, e, n, next);
    }
    if (sp->num < lo + 2 || s[sp->num - 1] != ' ')
        return false;
    char w[16];
    size_t k = S_en_word_before(s, lo, sp->num, w, sizeof w);
    if (!k)
        return false;
    if (S_in_wordn(w, k, parts, sizeof parts / sizeof parts[0]))
        return f->dimension == CC_DIM_NONE || f->dimension == CC_DIM_COUNT;
    /* a span of years, months, weeks or days */
    bool span = S_at(s, sp->end, n, " ago") || S_in_wordn(w, k, spans, sizeof spans / sizeof spans[0]);
    const char *u = f->unit;
    return span && (strcmp(u, "years") == 0 || strcmp(u, "mo") == 0 || strcmp(u, "quarters") == 0 ||
                    strcmp(u, "wk") == 0 || strcmp(u, "d") == 0);
}

/* 两个月前, 三天后, 5年以前: a point in time counted from now, no figure
 * (days, weeks, months and years; 5分钟后恢复 says how fast) */
static bool S_time_ago(const char *s, const S_span *sp, const cc_figure *f, size_t n)
{
    const char *u = f->unit;
    /* most figures stop at the first test: 前 后 以 之 all start with E4 or E5 */
    if (sp->end >= n || ((unsigned char)s[sp->end] & 0xFE) != 0xE4 || f->kind != CC_KIND_QUANTITY ||
        f->direction != CC_DIR_NONE || sp->verb || sp->prequal ||
        !(strcmp(u, "d") == 0 || strcmp(u, "wk") == 0 || strcmp(u, "mo") == 0 || strcmp(u, "年") == 0))
        return false;
    return S_at(s, sp->end, n, "前") || S_at(s, sp->end, n, "后") || S_at(s, sp->end, n, "以前") ||
           S_at(s, sp->end, n, "以后") || S_at(s, sp->end, n, "之前") || S_at(s, sp->end, n, "之后");
}

/* Figure-mode filters on a figure that read: see the top of the file. */
static bool S_prose(const cc_extractor *x, const S_span *sp, const cc_figure *f, size_t lo, bool *in_pair)
{
    const char *s = x->s;
    bool bare = f->kind == CC_KIND_QUANTITY && f->qualifier == CC_QUAL_EXACT && f->direction == CC_DIR_NONE &&
                (f->dimension == CC_DIM_NONE || f->dimension == CC_DIM_COUNT) && !sp->verb;
    /* several times a day, tried several times: occurrences, unless said
     * of a change or a level (several times faster, grew several times,
     * several times the size) */
    if (sp->several && sp->words && sp->m.value == 1 && f->kind == CC_KIND_MULTIPLIER && f->direction == CC_DIR_NONE &&
        !f->to_level)
        return true;
    /* 数百, 上千家, and 千亿级: a vague count, nothing to check; but a
     * verb, a multiplier or a bound makes it a claim (提升了数十倍,
     * 降低了上百倍, 增长到上千家, 超过数百家; not 约数十人), vague as it
     * is, and so does a pair it begins (从几十人扩大到数百人) */
    if ((sp->several && !sp->verb && (!sp->prequal || f->qualifier == CC_QUAL_RANGE) && f->kind == CC_KIND_QUANTITY) ||
        (sp->chinese && !sp->verb && f->kind == CC_KIND_QUANTITY && f->qualifier == CC_QUAL_RANGE &&
         f->dimension == CC_DIM_NONE && f->iv.lo_open && f->iv.hi_open && f->iv.hi == f->iv.lo * 10)) {
        *in_pair = true;
        return true;
    }
    if (S_reference(s, lo, sp, f, x->n) || S_time_ago(s, sp, f, x->n))
        return true;
    /* 百公里电耗, 百公里加速: per 100 km, part of the name of a measure */
    size_t km = sp->num_end + 6;
    if (sp->chinese && !sp->verb && sp->num_end == sp->num + 3 && S_at(s, sp->num, x->n, "百") &&
        S_at(s, sp->num_end, x->n, "公里") &&
        (S_at(s, km, x->n, "电耗") || S_at(s, km, x->n, "油耗") || S_at(s, km, x->n, "能耗") ||
         S_at(s, km, x->n, "耗电") || S_at(s, km, x->n, "加速")))
        return true;
    /* 两三个, 三五位: two digits side by side counting below ten, as
     * vague as 几个 (两三天 and 七八倍 have a unit and stay) */
    if (sp->pair_digits && f->kind == CC_KIND_QUANTITY && f->direction == CC_DIR_NONE && !sp->verb &&
        (f->dimension == CC_DIM_NONE || f->dimension == CC_DIM_COUNT) && f->iv.hi < 10)
        return true;
    /* 从0到1: "from nothing to something", an idiom */
    if (f->kind == CC_KIND_QUANTITY && f->qualifier == CC_QUAL_RANGE && f->dimension == CC_DIM_NONE && !sp->verb &&
        f->iv.lo == 0 && f->iv.hi == 1)
        return true;
    /* between 2019 and 2024, 2019–2024: a span of years, after a verb too
     * (sales grew between 2019 and 2024) */
    if (sp->arabic && f->kind == CC_KIND_QUANTITY && f->qualifier == CC_QUAL_RANGE && f->dimension == CC_DIM_NONE &&
        S_year(f->iv.lo) && S_year(f->iv.hi))
        return true;
    /* 昇腾910B, Llama 2 70B: a model's size after its name is part of it */
    if (sp->arabic && f->kind == CC_KIND_QUANTITY && f->qualifier == CC_QUAL_EXACT && f->direction == CC_DIR_NONE &&
        !sp->verb && S_model_size(s, lo, sp->num, sp->num_end, x->n))
        return true;
    /* PyTorch 2.1及以上, Python 3.8+: a version and its bound after a name
     * (a word with a capital, a space, a number with a decimal part) */
    size_t name_at;
    if (sp->arabic && f->kind == CC_KIND_QUANTITY && f->dimension == CC_DIM_NONE && f->direction == CC_DIR_NONE &&
        !sp->verb && sp->start == sp->num && (f->qualifier == CC_QUAL_AT_LEAST || f->qualifier == CC_QUAL_MORE_THAN) &&
        memchr(s + sp->num, '.', sp->num_end - sp->num) && S_name_before(s, lo, sp->num, &name_at))
        return true;
    if (!bare)
        return false;
    size_t nlen = sp->num_end - sp->num;
    if (sp->chinese || sp->words) {
        /* ... but one end of a pair is a figure (从三个增加到五个) */
        if (f->dimension == CC_DIM_NONE || f->value < 10) {
            *in_pair = true;
            return true;
        }
    }
    if (sp->arabic && f->dimension == CC_DIM_NONE) {
        /* a year: 1900..2099 standing alone */
        if (nlen == 4 && S_year(f->value) && f->step == 1)
            return true;
        /* a leading zero: 01, 007 */
        if (nlen >= 2 && s[sp->num] == '0' && S_digit((unsigned char)s[sp->num + 1]))
            return true;
        /* a list marker opening a line: "01 以需求牵引生态", "3. ", "2) " */
        if (nlen <= 3 && S_line_start(s, lo, sp->num) && sp->num_end < x->n) {
            size_t e = sp->num_end;
            if (s[e] == ' ' || s[e] == '.' || s[e] == ')' || S_at(s, e, x->n, "、") || S_at(s, e, x->n, "．") ||
                S_at(s, e, x->n, "）"))
                return true;
        }
        /* a model name: two digits or more glued to a Chinese name, then
         * punctuation, 的 and the like, or what such a name is (昇腾910的速度,
         * 麒麟9000芯片, 鲲鹏920处理器; not 身高180厘米) */
        if (nlen >= 2 && sp->end == sp->num_end && S_digits(s, sp->num, sp->num_end) &&
            S_model_end(s, sp->num_end, x->n) && S_han_before(s, lo, sp->num) &&
            !S_word_before(x, lo, sp->num, CC_W_PREQUAL | CC_W_VERB | CC_W_FILLER | CC_W_LEVELPRE, &name_at))
            return true;
        /* a version after what has versions: 盘古大模型5.0, 鸿蒙系统4.2, 版本3.1 */
        if (S_version_before(s, lo, sp->num))
            return true;
        /* a product: a word with a capital, a space, the number (Atlas 800, iPhone 15) */
        size_t at;
        if (S_name_before(s, lo, sp->num, &at))
            return true;
    }
    /* a name with its count noun (Fortune 500 companies, Atlas 800 servers);
     * a sentence's first word is a name too (Windows 11 runs on ...) unless
     * it is one that opens a count (These 500 servers, In 2024 cases) */
    if (sp->arabic && f->dimension == CC_DIM_COUNT && sp->end > sp->num_end && S_alpha((unsigned char)s[sp->end - 1])) {
        size_t at;
        if (S_name_before(s, lo, sp->num, &at) && (!S_opens_sentence(s, lo, at) || !S_count_opener(s, lo, sp->num)))
            return true;
        /* in 2024 sales grew, since 2019 revenue has doubled: a year */
        if (S_year_at(s, lo, sp->num, x->n))
            return true;
    }
    return false;
}

/* 从8K扩展到128K, from 8K to 128K: soon after e, 到, 至 or "to" and a
 * number of thousands (K) that is no screen resolution (2K 4K 5K 8K). */
static bool S_thousands_after(const char *s, size_t e, size_t n)
{
    size_t end = e + 24 < n ? e + 24 : n;
    for (size_t i = e; i < end && !S_boundary(s, i, n); i++) {
        size_t j;
        if (S_at(s, i, n, "到") || S_at(s, i, n, "至"))
            j = i + 3;
        else if (S_at(s, i, n, " to "))
            j = i + 4;
        else
            continue;
        size_t k = j;
        while (k < n && S_digit((unsigned char)s[k]))
            k++;
        return k > j && k < n && s[k] == 'K' && !(k == j + 1 && strchr("2458", s[j]));
    }
    return false;
}

static S_result S_candidate(cc_extractor *x, size_t p, size_t lo, size_t hi, S_span *sp)
{
    const char *s = x->s;
    bool numbers = x->flags & CC_EXTRACT_NUMBERS;
    S_result r = {p + S_cplen(s, p, hi), false};
    S_span_clear(sp);
    unsigned char c = (unsigned char)s[p];
    size_t q = p;

    /* 翻番, 翻了一番, 减半, doubled: a multiplier in one word */
    {
        unsigned cp = S_cp3(s, p, hi);
        bool idiom_char = cp == 0x7FFB || cp == 0x51CF || cp == 0x6E1B; /* 翻 减 減 */
        size_t len;
        const cc_word *w = idiom_char || S_alpha(c) ? S_lex(x, s + p, hi - p, CC_W_IDIOM, &len) : NULL;
        if (w && len) {
            r.resume = p + len;
            /* twice as fast, twice the speed; "told him twice" counts times */
            if (S_alpha(c) && ((c | 0x20) == 't' && (S_en_word(s, p, hi, "twice") || S_en_word(s, p, hi, "thrice"))) &&
                !(S_at(s, p + len, hi, " as ") || S_at(s, p + len, hi, " the ") || S_at(s, p + len, hi, " that of ") ||
                  S_at(s, p + len, hi, " those of ")))
                return r;
            /* double the capacity, triples its throughput; not double
             * precision, a double-digit rise, triple-A */
            if (S_alpha(c) && (w->flags & CC_WF_OBJECT) && !S_object_after(s, p + len, hi))
                return r;
            sp->start = sp->bare = sp->num = p;
            sp->num_end = sp->end = p + len;
            /* nearly doubled, 近翻番: a qualifier before it is the idiom's */
            size_t y = p > lo + 1 && s[p - 1] == ' ' && s[p - 2] != ' ' ? p - 1 : p, at;
            if (S_word_before(x, lo, y, CC_W_PREQUAL, &at)) {
                sp->start = sp->bare = at;
                sp->prequal = true;
            }
            r.found = true;
            return r;
        }
        if (idiom_char)
            return r;
    }

    if (S_digit(c)) {
        /* FP32, R1, A100, GPT-4, v1.2, N+2, C++20: glued to letters; but
         * sub-10ms is less than 10 ms */
        bool sub = p >= lo + 4 && s[p - 1] == '-' && S_en_word(s, p - 4, p - 1, "sub") &&
                   (p == lo + 4 || !S_alpha((unsigned char)s[p - 5]));
        if (p > lo && !sub && (S_alpha((unsigned char)s[p - 1]) || s[p - 1] == '_' ||
                       (p >= lo + 2 && (s[p - 1] == '.' || ((s[p - 1] == '-' || s[p - 1] == '+') && !numbers)) &&
                        (S_alpha((unsigned char)s[p - 2]) || (s[p - 1] == '+' && s[p - 2] == '+'))))) {
            r.resume = S_skip_token(s, p, hi);
            return r;
        }
        if (p > lo && S_digit((unsigned char)s[p - 1]))
            return r;
        /* number mode reads each part of 192.168.1.2 and 5/17/2018 */
        if (numbers && p >= lo + 2 && (s[p - 1] == '.' || s[p - 1] == '/' || s[p - 1] == '-') &&
            S_digit((unsigned char)s[p - 2])) {
            size_t e = p;
            while (e < hi && S_digit((unsigned char)s[e]))
                e++;
            hi = e;
            sp->arabic = true;
            goto scan;
        }
        /* the rest of a number that did not read (5,00), or a URL (q=30%25) */
        if (p >= lo + 2 && (s[p - 1] == ',' || s[p - 1] == '.') && S_digit((unsigned char)s[p - 2])) {
            r.resume = S_skip_token(s, p, hi);
            return r;
        }
        if (p > lo && (s[p - 1] == '%' || s[p - 1] == '=' || s[p - 1] == '/' || s[p - 1] == '&' || s[p - 1] == '?')) {
            r.resume = S_skip_token(s, p, hi);
            while (r.resume < hi && s[r.resume] == '%')
                r.resume = S_skip_token(s, r.resume + 1, hi);
            return r;
        }
        if (S_dateish(s, p, hi)) {
            /* a number reader reads each part: 192.168.1.2, 5/17/2018 */
            if (numbers && (p == lo || !S_digit((unsigned char)s[p - 1]))) {
                size_t e = p;
                while (e < hi && S_digit((unsigned char)s[e]))
                    e++;
                hi = e;
                sp->arabic = true;
                goto scan;
            }
            r.resume = S_skip_token(s, p, hi);
            return r;
        }
        /* 1920×1080, 3x3, 4 x 4 GB: dimensions, of which neither number is
         * a figure; 3 pm, 下午3点: a time of day */
        size_t dend = p;
        while (dend < hi && S_digit((unsigned char)s[dend]))
            dend++;
        unsigned char after = dend < hi ? (unsigned char)s[dend] : 0;
        bool sign = after == ' ' || after == '.' || after == ':' || after == '*' || (after | 0x20) == 'x' ||
                    (after | 0x20) == 'a' || (after | 0x20) == 'p' || after == 0xC3 || after == 0xE7;
        if (!numbers && sign) {
            size_t d = S_dimensions_end(s, p, hi);
            if (!d && dend - p <= 2 && (p == lo || !S_digit((unsigned char)s[p - 1])))
                d = S_clock_end(s, lo, p, hi);
            if (d) {
                r.resume = d;
                return r;
            }
        }
        if (p > lo && (s[p - 1] == '+' || s[p - 1] == '-') && (p == lo + 1 || !S_alnum((unsigned char)s[p - 2])))
            q = p - 1;
        else if (numbers && p >= lo + 2 && s[p - 1] == ' ' && s[p - 2] == '-' &&
                 (p == lo + 2 || s[p - 3] == ' ' || s[p - 3] == '\n'))
            q = p - 2; /* "- 10 k" is minus ten thousand to a number reader; in
                        * an article "- " opening a line is a list's dash */
        else if (p > lo && s[p - 1] == '.' && (p == lo + 1 || !(S_alnum((unsigned char)s[p - 2]) || s[p - 2] == '.')))
            q = p >= lo + 2 && s[p - 2] == '-' && (p == lo + 2 || !S_alnum((unsigned char)s[p - 3])) ? p - 2 : p - 1;
        else if (S_before(s, p, "负") || S_before(s, p, "負") || (S_before(s, p, "－") && !S_before(s, p - 3, "－")) ||
                 (S_before(s, p, "−") && (p == lo + 3 || !S_alnum((unsigned char)s[p - 4]))))
            q = p - 3; /* −3.2%: the minus sign U+2212, as - is */
        sp->arabic = true;
    } else if (S_alpha(c)) {
        sp->words = true;
        /* dozens of times faster, grew by hundreds of percent: a word of
         * "several" is the number, with no numeral (figure.c); S_prefix
         * takes it in, and S_prose keeps it only where a verb or a
         * multiplier makes it a claim, as 提升了数十倍 */
        size_t len;
        const cc_word *sev = numbers ? NULL : S_lex(x, s + p, hi - p, CC_W_SEVERAL, &len);
        if (sev && len && (sev->flags & CC_WF_ASCII) && (p == lo || !S_alpha((unsigned char)s[p - 1]))) {
            /* several alone is a number only before the unit of a
             * multiplier or of time, as figure.c reads it: several
             * universities is none */
            size_t ulen;
            const cc_word *u;
            if (sev->arg == 0 &&
                !(p + len < hi && s[p + len] == ' ' &&
                  (u = S_lex_after(x, s + p + len + 1, hi - p - len - 1, CC_W_UNIT, &ulen)) != NULL &&
                  cc_lex_several_unit(u, ulen))) {
                r.resume = p + len;
                return r;
            }
            double v = 1;
            for (unsigned k = 0; k < sev->arg; k++)
                v *= 10;
            sp->m.value = sp->m.step = sp->m.nz_step = v;
            sp->m.len = 0;
            sp->m.flags = CC_NUM_WORDS;
            q = p + len;
            goto scanned;
        }
        /* a hundred, a half, a dozen; an order of magnitude */
        if (p >= lo + 2 && s[p - 1] == ' ' && (s[p - 2] | 0x20) == 'a' &&
            (p == lo + 2 || !S_alpha((unsigned char)s[p - 3])))
            q = p - 2;
        else if (p >= lo + 3 && s[p - 1] == ' ' && (s[p - 3] | 0x20) == 'a' && (s[p - 2] | 0x20) == 'n' &&
                 (p == lo + 3 || !S_alpha((unsigned char)s[p - 4])))
            q = p - 3;
    } else if (cc_vulgar_len(s + p, hi - p)) {
        /* ½, ⅓ alone: a number in figures, as 1/2 is (2½ is read from its 2) */
        if (p > lo && (S_digit((unsigned char)s[p - 1]) || S_alpha((unsigned char)s[p - 1])))
            return r;
        sp->arabic = true;
    } else {
        unsigned cp = S_cp3(s, p, hi);
        if (cp == 0x500D || cp == 0x6570 || cp == 0x51E0) {
            /* 数倍, 好几倍, 数天, 几个月: several of a multiplier's or a time's
             * unit, with no numeral (figure.c), read from the unit; S_prefix
             * takes in the word of several before it and the verb before
             * that.  At 数 or 几 the unit follows (数据 and 几乎 are words,
             * 数十 and 数倍 are read from their 十 and 倍); any other 倍 the
             * scan stops at follows no number (加倍, 倍增) */
            size_t u = cp == 0x500D ? p : p + 3;
            if (numbers || (u > p && (S_at(s, u, hi, "倍") || !S_several_unit(x, u, hi))) ||
                S_several_at(x, lo, u, hi) == (size_t)-1)
                return r;
            sp->chinese = true;
            sp->m.value = sp->m.step = sp->m.nz_step = 1;
            sp->m.len = 0;
            sp->m.flags = CC_NUM_CHINESE;
            q = u;
            goto scanned;
        }
        if (cp >= 0xFF10 && cp <= 0xFF19) {
            if (p > lo && S_alpha((unsigned char)s[p - 1])) {
                r.resume = p + 3;
                return r;
            }
            sp->arabic = true;
            if (S_before(s, p, "负") || S_before(s, p, "負") || (S_before(s, p, "－") && !S_before(s, p - 3, "－")))
                q = p - 3;
        } else {
            sp->chinese = true;
            /* 半小时, 半天: half a unit of time (figure.c); any other 半
             * starts nothing (一半 and 三成半 are read from their first numeral) */
            /* 半成 (5%) and 半折 (50%) read on where a word does not go on
             * (半成品 is a half-finished product, 半成熟 half-ripe) */
            unsigned after = S_cp3(s, p + 6, hi);
            bool tenths = (S_at(s, p + 3, hi, "成") || S_at(s, p + 3, hi, "折")) &&
                          (after < 0x4E00 || after > 0x9FFF || S_at(s, p + 6, hi, "以") || S_at(s, p + 6, hi, "左") ||
                           S_at(s, p + 6, hi, "多") || S_at(s, p + 6, hi, "的") || S_at(s, p + 6, hi, "了"));
            if (cp == 0x534A && !tenths) {
                if (!S_time_unit_after(x, p + 3, hi))
                    return r;
                sp->m.value = 0.5;
                sp->m.len = 3;
                sp->m.flags = CC_NUM_CHINESE | CC_NUM_EXACT;
                goto scanned;
            }
            if (S_before(s, p, "负") || S_before(s, p, "負"))
                q = p - 3;
        }
    }
    /* 第3, 第 3, 第一, No. 1: ordinals */
    size_t dot = q > lo && s[q - 1] == ' ' ? q - 1 : q; /* No. 1 */
    if (S_before(s, q, "第") || S_before(s, q, "第 ") || (q >= lo + 3 && S_before(s, q, "No")) ||
        (dot >= lo + 3 && s[dot - 1] == '.' && (s[dot - 3] | 0x20) == 'n' && s[dot - 2] == 'o' &&
         (dot == lo + 3 || !S_alpha((unsigned char)s[dot - 4]))) ||
        (q > lo && s[q - 1] == '#')) {
        cc_numeral m;
        const char *err = NULL;
        if (cc_numeral_scan(s + q, hi - q, &m, &err))
            r.resume = q + m.len;
        return r;
    }
    if (sp->chinese) {
        size_t w = S_word_list_after(s, p, hi);
        /* 其一, 其二 count points; 其一半, 其两倍, 其三分之一 are of it */
        bool of_its = S_before(s, p, "其") && (S_at(s, p + 3, hi, "半") || S_at(s, p + 3, hi, "倍") ||
                                                S_at(s, p + 3, hi, "分之"));
        /* 千万 is "by all means" before a verb (千万不要), but ten million
         * with a measure word or a currency after it (千万元, 千万级) or a
         * qualifier, a verb or a word of several before it (超千万, 上千万) */
        if (w == 6 && S_at(s, p, hi, "千万")) {
            unsigned nx = S_cp3(s, p + 6, hi);
            size_t at;
            if ((nx && (S_has(S_measure, nx) || S_has(S_noun_start, nx) || nx == 0x7EA7 /* 级 */)) ||
                S_several_at(x, lo, p, hi) != (size_t)-1 ||
                S_word_before(x, lo, p, CC_W_PREQUAL | CC_W_VERB | CC_W_LEVELPRE | CC_W_FILLER, &at))
                w = 0;
        }
        if (w || (S_word_list_before(s, lo, p) && !of_its)) {
            r.resume = p + (w ? w : 3);
            return r;
        }
    }
    /* 伍 (队伍), 拾 (收拾), 肆 (放肆), 陆 (陆地), 万 alone: a financial numeral
     * or a bare power of ten standing alone is a word, not a number */
    if (sp->chinese && p + 3 <= hi) {
        unsigned cp = S_cp3(s, p, hi), nx = S_cp3(s, p + 3, hi), pv = p >= lo + 3 ? S_cp3(s, p - 3, hi) : 0;
        static const char lone[] = "壹贰貳叁參肆伍陆陸柒捌玖拾万萬亿億";
        bool is_lone = false;
        for (const char *l = lone; *l; l += 3)
            if (memcmp(s + p, l, 3) == 0)
                is_lone = true;
        size_t after = p + 3;
        while (after < hi && s[after] == ' ')
            after++;
        unsigned nxs = S_cp3(s, after, hi);
        bool nx_num = (nxs && S_has(S_trigger, nxs)) || (after < hi && S_digit((unsigned char)s[after])) ||
                      S_at(s, after, hi, "点") || S_at(s, after, hi, "點");
        bool pv_num = (pv && S_has(S_trigger, pv)) || (p > lo && S_digit((unsigned char)s[p - 1])) ||
                      S_before(s, p, "负") || S_before(s, p, "負");
        /* the rest of a numeral the reader stopped before (五十千) */
        if (pv && S_has(S_trigger, pv) && pv != 0x7FFB && pv != 0x51CF && pv != 0x6E1B)
            return r;
        /* ... but 近万名, 超过万人: a power of ten after a qualifier or verb is one of it,
         * and so is one after a word of several (数万, 上万: S_several_at) */
        size_t at;
        bool power = cp == 0x4E07 || cp == 0x842C || cp == 0x4EBF || cp == 0x5104;
        if (is_lone && power && !pv_num &&
            (S_word_before(x, lo, p, CC_W_PREQUAL | CC_W_VERB | CC_W_LEVELPRE, &at) ||
             S_several_at(x, lo, p, hi) != (size_t)-1))
            is_lone = false;
        /* 万万分之七: the denominator of a fraction */
        bool denominator = nx == cp && S_at(s, p + 6, hi, "分之");
        if (is_lone && !pv_num && !S_at(s, p + 3, hi, "分") &&
            (!nx_num || (nx == cp && (cp == 0x4E07 || cp == 0x842C) && !denominator))) {
            if (nx == cp)
                r.resume = p + 6;
            return r;
        }
        /* 两两, 九九: a doubled numeral is a word */
        if (nx == cp && !pv_num && (p + 6 > hi || !S_has(S_trigger, S_cp3(s, p + 6, hi))) && !S_at(s, p + 6, hi, "折") &&
            !S_at(s, p + 6, hi, "成") && !denominator) {
            r.resume = p + 6;
            return r;
        }
    }
    /* 数十次, 数百万, 几十个: a vague count, nothing to check; but a verb
     * before it or 倍 after it makes it a claim, vague as it is (提升了数十倍,
     * 增长到上千家, S_prose), and so does a pair it is an end of
     * (从几十人扩大到数百人) */
    size_t sev = sp->chinese ? S_several_at(x, lo, p, hi) : (size_t)-1;
    if (sev != (size_t)-1) {
        cc_numeral m;
        const char *e2 = NULL;
        size_t end = cc_numeral_scan(s + p, hi - p, &m, &e2) ? p + m.len : p + 3, vat;
        if (!S_at(s, end, hi, "倍") && !S_word_before(x, lo, sev, CC_W_VERB | CC_W_PREQUAL, &vat) && !S_pair_end_at(x, sev)) {
            r.resume = end;
            return r;
        }
    }

scan:;
    const char *err = NULL;
    size_t lim = hi - q > CC_FIGURE_MAX ? q + CC_FIGURE_MAX : hi;
    bool got = q != p && cc_numeral_scan(s + q, lim - q, &sp->m, &err);
    if (!got) {
        q = p;
        got = cc_numeral_scan(s + q, lim - q, &sp->m, &err);
    }
    if (!got || sp->m.len == 0) {
        if (S_digit(c))
            r.resume = S_skip_token(s, p, hi);
        return r;
    }
scanned:
    sp->num = q;
    sp->num_end = q + sp->m.len;
    while (sp->num_end > sp->num && s[sp->num_end - 1] == ' ')
        sp->num_end--;
    r.resume = sp->num_end;
    size_t ne = sp->num_end;

    if (sp->words || sp->arabic) {
        if (S_before(s, q, "minus ") || S_before(s, q, "negative ") || S_before(s, q, "Minus ") ||
            S_before(s, q, "Negative "))
            sp->negate = true;
    }
    /* "the one you mentioned": a pronoun */
    if (sp->words && ne - q == 3 && S_en_word(s, q, hi, "one")) {
        static const char *const det[] = {"the ", "The ", "this ", "This ", "that ", "That ", "which ", "Which ",
                                          "each ", "every ", "any ", "no ", "No "};
        for (size_t k = 0; k < sizeof det / sizeof det[0]; k++)
            if (S_before(s, q, det[k]))
                return r;
    }
    /* 一美元, 两美刀: money is the currency model's, not a number of its own */
    if (numbers && (S_at(s, ne, hi, "美元") || S_at(s, ne, hi, "美刀") || S_at(s, ne, hi, "欧元") ||
                    S_at(s, ne, hi, "英镑") || S_at(s, ne, hi, "日元")))
        return r;
    /* 5G, 5.5G, 4K: a network generation or a screen resolution, not 5 x 10^9;
     * but 从8K扩展到128K counts thousands (of tokens) as its other end does */
    if (!numbers && sp->arabic && ne <= hi && (ne == hi || !S_alnum((unsigned char)s[ne])) &&
        ((ne == q + 2 && ((s[q + 1] == 'G' && s[q] >= '2' && s[q] <= '6') ||
                          (s[q + 1] == 'K' && strchr("2458", s[q]) && !S_thousands_after(s, ne, hi)))) ||
         (ne == q + 4 && s[q + 3] == 'G' && s[q] >= '2' && s[q] <= '6' && s[q + 1] == '.' && S_digit((unsigned char)s[q + 2]))))
        return r;
    /* 十折 is no discount at all: 折 counts tenths below ten */
    if (sp->m.value >= 10 && (S_at(s, ne, hi, "折") || S_at(s, ne, hi, " 折")))
        return r;
    /* 3D, 5090Ti, 2.0GHz: letters glued after the digits name something
     * (after 万 or 亿 they are a noun of mixed text: 1.2万tokens) */
    if (sp->arabic && ne < hi && S_alpha((unsigned char)s[ne]) && (unsigned char)s[ne - 1] < 0x80) {
        size_t len;
        const cc_word *w = S_lex_after(x, s + ne, hi - ne, CC_W_UNIT | CC_W_SUFQUAL | CC_W_SUFDIR, &len);
        /* a one-letter unit is lower case (5h, 30s, 2d): 3D and 4K name
         * things; 3X is 3x */
        bool cap = len == 1 && s[ne] >= 'A' && s[ne] <= 'Z' && s[ne] != 'X';
        /* $5m, £2.5m: millions of money (S_suffix) */
        bool millions = s[ne] == 'm' && (ne + 1 == hi || !S_alnum((unsigned char)s[ne + 1])) && q > lo &&
                        (s[q - 1] == '$' || S_before(s, q, "£") || S_before(s, q, "€") || S_before(s, q, "¥"));
        if ((!w || !len || cap || (ne + len < hi && S_alnum((unsigned char)s[ne + len]))) && !millions &&
            (numbers || !S_symbol_len(s, ne, hi))) {
            r.resume = S_skip_token(s, ne, hi);
            return r;
        }
    }
    /* 24/7, 9/11: a slash between digits is a fraction only below one (1/3) */
    if (!numbers && sp->arabic && sp->m.value >= 1 && S_has_slash(s, q, ne))
        return r;
    /* 8-core, 64-bit, a 12-month plan: a compound adjective names a kind of
     * thing; 30-minute and 3-day are a unit joined by a hyphen (S_suffix) */
    if (!numbers && sp->arabic && ne + 1 < hi && s[ne] == '-' && S_alpha((unsigned char)s[ne + 1])) {
        size_t len;
        const cc_word *w = S_lex_after(x, s + ne + 1, hi - ne - 1, CC_W_UNIT, &len);
        if (!w || !len || !(w->flags & CC_WF_ASCII)) {
            r.resume = S_skip_token(s, ne, hi);
            return r;
        }
    }
    /* a reduplicated measure word: 一场场, 一行行, 一次次, 一个个 */
    if (sp->chinese && ne + 6 <= hi && S_cp3(s, ne, hi) && memcmp(s + ne, s + ne + 3, 3) == 0)
        return r;
    if (!numbers) {
        /* 2.0版, 2025年, 3月, 10日, 10号; also with a space between (2025 年) */
        size_t nw = ne < hi && s[ne] == ' ' && sp->arabic && S_cp3(s, ne + 1, hi) ? ne + 1 : ne;
        /* 2.0版; 618大促 and 618购物节 are a shopping festival (June 18) */
        if (S_at(s, nw, hi, "版") || S_at(s, nw, hi, "大促") || S_at(s, nw, hi, "购物节"))
            return r;
        if (sp->arabic && sp->m.step == 1 && S_at(s, nw, hi, "年") && sp->m.value >= 1000)
            return r;
        /* 近十年, 过去三年, 未来五年, 最近两年: the span of time a sentence
         * looks at, no figure of its own */
        if (S_at(s, nw, hi, "年") && !S_at(s, nw, hi, "年级") &&
            (S_before(s, sp->num, "近") || S_before(s, sp->num, "过去") || S_before(s, sp->num, "未来") ||
             S_before(s, sp->num, "最近")))
            return r;
        /* the 1990s, the 2020s: a decade */
        if (sp->arabic && sp->m.step == 1 && sp->m.value >= 1800 && sp->m.value < 2100 &&
            (long)sp->m.value % 10 == 0 && S_at(s, ne, hi, "s") && (ne + 1 == hi || !S_alnum((unsigned char)s[ne + 1])))
            return r;
        if ((sp->arabic || sp->chinese) && sp->m.step == 1 && sp->m.value >= 1 && sp->m.value <= 12 &&
            S_at(s, nw, hi, "月") && !S_before(s, q, "个"))
            return r;
        if ((sp->arabic || sp->chinese) && sp->m.step == 1 && sp->m.value >= 1 && sp->m.value <= 31 &&
            (S_at(s, nw, hi, "日") || S_at(s, nw, hi, "号")))
            return r;
        if (S_before(s, q, "版本") || S_before(s, q, "版本 ") || S_before(s, q, "version ") ||
            S_before(s, q, "Version "))
            return r;
        /* June 30, Feb. 9, 5 March: a day of a month */
        if (sp->arabic && ne - q <= 2 && sp->m.step == 1 && sp->m.value >= 1 && sp->m.value <= 31 &&
            S_month_around(s, lo, q, ne, hi))
            return r;
        /* 90后, 00后: a generation, those born in that decade (not 3天后,
         * which has its unit) */
        if (sp->arabic && ne == q + 2 && S_at(s, ne, hi, "后") && (s[q + 1] == '0' || s[q + 1] == '5'))
            return r;
        /* 985高校, 211工程, 863计划: a programme named by its number; 双11
         * and 双十一 a shopping festival (November 11) */
        if (S_at(s, nw, hi, "工程") || S_at(s, nw, hi, "计划") || S_at(s, nw, hi, "高校") || S_at(s, nw, hi, "院校") ||
            S_at(s, nw, hi, "大学") || (S_before(s, q, "双") && sp->m.step == 1 && (sp->m.value == 11 || sp->m.value == 12)))
            return r;
        /* 拨打12306, 热线400-800: a telephone number */
        if (sp->arabic && (S_before(s, q, "拨打") || S_before(s, q, "致电") || S_before(s, q, "电话") ||
                           S_before(s, q, "热线") || S_before(s, q, "拨打 ") || S_before(s, q, "电话：")))
            return r;
    }

    S_prefix(x, lo, sp);
    /* between 15% and 20%, grew between 15% and 20%: "between" right
     * before the number, whatever the verb before it */
    bool between = sp->start < sp->num &&
                   (S_en_word(s, sp->start, hi, "between") || S_at(s, sp->start, hi, "介于") ||
                    (sp->num >= sp->start + 8 && (S_before(s, sp->num, "between ") || S_before(s, sp->num, "Between "))) ||
                    S_before(s, sp->num, "介于"));
    /* a number reader reads the two ends of 5-20% as two numbers; from 30%
     * to 90% is a pair, not a range */
    bool from_word = sp->start >= lo + 5 && (S_before(s, sp->start, "from ") || S_before(s, sp->start, "From ")) &&
                     !S_spread_before(s, lo, sp->start - 5);
    if (!numbers && !from_word)
        S_range(x, lo, hi, sp, between);
    S_suffix(x, hi, sp, numbers);
    r.resume = sp->end > r.resume ? sp->end : r.resume;

    /* where a pair would be looked for (S_pair_from): the span as found
     * here, before S_read may shorten it */
    sp->pair_start = sp->start;
    sp->pair_end = sp->end;
    r.found = true;
    return r;
}

/* Is the capitalised English word at s[a, b) a month's name, in full or
 * cut short (Sept, Feb.)? */
static bool S_month_name(const char *s, size_t a, size_t b)
{
    static const S_wordn months[] = {
        S_WN("january"), S_WN("february"), S_WN("march"),     S_WN("april"),   S_WN("may"),      S_WN("june"),
        S_WN("july"),    S_WN("august"),   S_WN("september"), S_WN("october"), S_WN("november"), S_WN("december"),
        S_WN("jan"),     S_WN("feb"),      S_WN("mar"),       S_WN("apr"),     S_WN("jun"),      S_WN("jul"),
        S_WN("aug"),     S_WN("sep"),      S_WN("sept"),      S_WN("oct"),     S_WN("nov"),      S_WN("dec")};
    if (b > a && s[b - 1] == '.')
        b--;
    /* every month's name starts with one of these capitals */
    return b - a >= 3 && s[a] != '\0' && strchr("JFMASOND", s[a]) &&
           S_in_wordn(s + a, b - a, months, sizeof months / sizeof months[0]);
}

/* Is the number at [q, ne) a day with its month before or after it (June
 * 30, Feb. 9, 5 March)? */
static bool S_month_around(const char *s, size_t lo, size_t q, size_t ne, size_t hi)
{
    if (q >= lo + 4 && s[q - 1] == ' ') {
        size_t a = q - 1;
        while (a > lo && (S_alpha((unsigned char)s[a - 1]) || (a == q - 1 && s[a - 1] == '.')))
            a--;
        if ((a == lo || !S_alnum((unsigned char)s[a - 1])) && S_month_name(s, a, q - 1))
            return true;
    }
    if (ne + 4 <= hi && s[ne] == ' ') {
        size_t b = ne + 1;
        while (b < hi && S_alpha((unsigned char)s[b]))
            b++;
        if (S_month_name(s, ne + 1, b))
            return true;
    }
    return false;
}

/* Is s[i, i + 4) a year, a whole number of four digits, 2023年 or after a
 * preposition (in 2023, by 2030), the text looked at being [lo, n)? */
static bool S_year_at(const char *s, size_t lo, size_t i, size_t n)
{
    if (i < lo || i + 4 > n || (i + 4 < n && S_digit((unsigned char)s[i + 4])) ||
        (i + 5 < n && (s[i + 4] == '.' || s[i + 4] == ',') && S_digit((unsigned char)s[i + 5])) ||
        (i > lo && S_digit((unsigned char)s[i - 1])))
        return false;
    int v = 0;
    for (size_t k = i; k < i + 4; k++) {
        if (!S_digit((unsigned char)s[k]))
            return false;
        v = v * 10 + (s[k] - '0');
    }
    return S_year(v) && (S_at(s, i + 4, n, "年") || S_year_preposition(s, lo, i));
}

/* 从/由/from a little before the figure (or an arrow after it) makes it
 * the first half of a pair: where the pair starts, or (size_t)-1.  Looked
 * for only once the figure is kept. */
static size_t S_pair_from(const cc_extractor *x, const S_span *sp)
{
    const char *s = x->s;
    size_t lo = 0, hi = x->n, start = sp->pair_start;
    if (start == (size_t)-1)
        return (size_t)-1;
    {
        /* code point by code point back to the one holding `from`; the
         * bytes looked at (S_from_lead) all start a code point, so the
         * walk goes byte by byte and skips the rest */
        size_t from = start > lo + S_FROM_GAP ? start - S_FROM_GAP : lo;
        while (from > 0 && ((unsigned char)s[from] & 0xC0) == 0x80)
            from--;
        for (size_t y = start; y > from;) {
            y--;
            if (!S_from_lead[(unsigned char)s[y]])
                continue;
            /* 从2020年的不足10%: the year of the first figure */
            if (S_digit((unsigned char)s[y]) && y >= from + 3 && S_year_at(s, from, y - 3, hi)) {
                y -= 3;
                continue;
            }
            if (S_digit((unsigned char)s[y]) || s[y] == ',' || S_at(s, y, hi, "，") || S_at(s, y, hi, "、") ||
                S_boundary(s, y, hi))
                break;
            if (S_at(s, y, hi, "从") || S_at(s, y, hi, "由"))
                return y;
            if ((s[y] == 'f' || s[y] == 'F') && S_en_word(s, y, hi, "from") && (y == lo || !S_alpha((unsigned char)s[y - 1])))
                return S_spread_before(s, lo, y) ? (size_t)-1 : y;
        }
    }
    /* A → B, A -> B: the arrow after the figure makes it the first half of
     * a pair, as 从 before it does */
    size_t z = sp->pair_end;
    while (z < hi && s[z] == ' ')
        z++;
    if (S_at(s, z, hi, "→") || S_at(s, z, hi, "->"))
        return start;
    return (size_t)-1;
}

/* The end of a period said right after a figure, before its "up from":
 * "$5 billion in Q3, up from $3 billion" (in Q3, in H1, in 2024, in FY2024,
 * in the third quarter, last year, this year …); else e itself. */
static size_t S_period_after(const char *s, size_t e, size_t n)
{
    static const char *const fixed[] = {" last year",  " this year",         " last quarter",       " this quarter",
                                        " in the first quarter", " in the second quarter", " in the third quarter",
                                        " in the fourth quarter"};
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        if (S_at(s, e, n, fixed[i]) && (e + strlen(fixed[i]) == n || !S_alnum((unsigned char)s[e + strlen(fixed[i])])))
            return e + strlen(fixed[i]);
    if (!S_at(s, e, n, " in "))
        return e;
    size_t j = e + 4, k = j;
    while (k < n && S_alpha((unsigned char)s[k]))
        k++;
    if (k < n && s[k] == '.')
        k++;
    if (S_month_name(s, j, k)) {
        /* in March, in March 2024 */
        if (k + 5 <= n && s[k] == ' ' && S_digit((unsigned char)s[k + 1]) && S_digit((unsigned char)s[k + 2]) &&
            S_digit((unsigned char)s[k + 3]) && S_digit((unsigned char)s[k + 4]) &&
            (k + 5 == n || !S_alnum((unsigned char)s[k + 5])))
            k += 5;
        return k;
    }
    k = j;
    if (j + 2 <= n && (s[j] == 'Q' || s[j] == 'H') && s[j + 1] >= '1' && s[j + 1] <= '4')
        k = j + 2;
    else {
        if (S_at(s, j, n, "FY"))
            j += 2;
        k = j;
        while (k < n && k - j < 4 && S_digit((unsigned char)s[k]))
            k++;
        if (k - j != 4 && !(k - j == 2 && s[j - 1] == 'Y'))
            return e;
    }
    return k == n || !S_alnum((unsigned char)s[k]) ? k : e;
}

/* After a figure at e: " on " and the name of what it was measured on
 * (scores 92.3 on HumanEval, 88% on SWE-bench Verified, 90% on MMLU-Pro):
 * up to three words, the first with a capital or a digit, the others
 * too.  Where the name ends, or e. */
static size_t S_bench_after(const char *s, size_t e, size_t n)
{
    if (!S_at(s, e, n, " on "))
        return e;
    size_t k = e + 3;
    for (int words = 0; words < 3 && k + 1 < n && s[k] == ' '; words++) {
        unsigned char c = (unsigned char)s[k + 1];
        if (!((c >= 'A' && c <= 'Z') || S_digit(c)))
            break;
        size_t j = k + 1;
        while (j < n && (S_alnum((unsigned char)s[j]) || s[j] == '-' || s[j] == '.' || s[j] == '_'))
            j++;
        while (j > k + 1 && s[j - 1] == '.')
            j--;
        k = j;
    }
    return k > e + 3 ? k : e;
}

/* Is the 比 or 较 at s[y] part of another word, no comparison: 占比 同比
 * 环比 对比 无比 好比 比较 计较, 比例 比重 比率 比分 比如 比方 比赛 比拼
 * 比肩, the names 比亚迪 比特币 比利时 比尔, and 较 of degree (较为 较高
 * 较低 较大 较小 较快 较慢 较多 较少 较好 较强 较长 较短 较差 较早 较晚)? */
static bool S_compare_in_word(const char *s, size_t y, size_t n)
{
    static const char before_not[] = "占同环对无好比计";
    static const char bi_not[] = "例重率分如方赛拼肩较亚特利尔";
    static const char jiao_not[] = "为高低大小快慢多少好强长短差早晚";
    for (const char *w = before_not; *w; w += 3)
        if (y >= 3 && memcmp(s + y - 3, w, 3) == 0)
            return true;
    for (const char *w = S_at(s, y, n, "比") ? bi_not : jiao_not; *w; w += 3)
        if (y + 6 <= n && memcmp(s + y + 3, w, 3) == 0)
            return true;
    return false;
}

/* 营收达到100亿元，较去年的80亿元增长25%; 毛利率为45.2%，比上年同期的41.8%
 * 提高3.4个百分点: after a figure at e, a comma, 较 or 比 (相比, 相较于),
 * what B was (去年, 上年同期, 2023年: no other number, no end of a
 * sentence) and 的, then B itself.  Where B must start, or (size_t)-1. */
static size_t S_zh_reverse_from(const char *s, size_t e, size_t n)
{
    static const char *const cmp[] = {"相较于", "相比于", "相比", "较之", "较", "比"};
    if (S_at(s, e, n, "，"))
        e += 3;
    else if (e < n && s[e] == ',')
        e++;
    else
        return (size_t)-1;
    /* most figures stop here: 相 较 比 start with E7, E8, E6 */
    if (e >= n || ((unsigned char)s[e] != 0xE6 && (unsigned char)s[e] != 0xE7 && (unsigned char)s[e] != 0xE8))
        return (size_t)-1;
    size_t k = 0;
    for (size_t i = 0; i < sizeof cmp / sizeof cmp[0] && !k; i++)
        if (S_at(s, e, n, cmp[i]))
            k = strlen(cmp[i]);
    if (!k || (k == 3 && S_compare_in_word(s, e, n)))
        return (size_t)-1;
    size_t end = e + k + 30 < n ? e + k + 30 : n;
    for (size_t i = e + k; i < end && !S_boundary(s, i, n); i++) {
        if (S_digit((unsigned char)s[i])) {
            /* a year: 较2023年的80亿元 */
            if (i + 7 <= n && S_year_at(s, e, i, n) && S_at(s, i + 4, n, "年")) {
                i += 6;
                continue;
            }
            return (size_t)-1;
        }
        if (s[i] == ',' || S_at(s, i, n, "，"))
            return (size_t)-1;
        if (S_at(s, i, n, "的"))
            return i + 3 < n && i > e + k ? i + 3 : (size_t)-1;
    }
    return (size_t)-1;
}

static S_result S_candidate(cc_extractor *x, size_t p, size_t lo, size_t hi, S_span *sp);

/* The figure that starts at `at` with its verb (up 25%, 增长25%): the
 * candidate of the first numeral within `limit` bytes, if it starts
 * there; its span in *sp. */
static bool S_verb_figure_at(cc_extractor *x, size_t at, size_t limit, S_span *sp)
{
    const char *s = x->s;
    size_t n = x->n, end = at + limit < n ? at + limit : n;
    for (size_t q = at; q < end; q += S_cplen(s, q, n)) {
        unsigned cp = S_cp3(s, q, n);
        if (!S_digit((unsigned char)s[q]) && !(cp && S_has(S_trigger, cp)))
            continue;
        S_result r = S_candidate(x, q, 0, n, sp);
        return r.found && sp->start == at && sp->verb;
    }
    return false;
}

/* "$100 billion, up 25% from $80 billion": after A's end at e, "up" or
 * "down", its change (S_candidate reads it) and " from ".  Where B must
 * start, or (size_t)-1; *chg_at gets where the change starts. */
static size_t S_change_from(cc_extractor *x, size_t e, size_t *chg_at)
{
    const char *s = x->s;
    size_t n = x->n, v = e + (s[e] == ',' ? 2 : 1);
    if (!(S_en_word(s, v, n, "up") || S_en_word(s, v, n, "down")))
        return (size_t)-1;
    S_span sp;
    if (!S_verb_figure_at(x, v, 20, &sp) || !S_at(s, sp.end, n, " from "))
        return (size_t)-1;
    *chg_at = v;
    return sp.end + 6;
}

/* "85%, up from 79%", "rose to 85% from 79%", "85% compared with 79%",
 * "85% versus 79%", "$100 billion, up 25% from $80 billion", "营收100亿元，
 * 较去年的80亿元": the figure is the after of a pair whose before comes
 * next.  Where that figure must start, or (size_t)-1; *chg_at gets where a
 * change between them starts. */
static size_t S_reverse_from(cc_extractor *x, const S_span *sp, size_t *chg_at)
{
    static const char *const lead[] = {", up from ",      " up from ",      ", down from ",  " down from ",
                                       ", from ",         " from ",         ", compared with ", " compared with ",
                                       ", compared to ",  " compared to ",  ", versus ",     " versus ",
                                       ", vs. ",          " vs. ",          ", vs ",         " vs "};
    const char *s = x->s;
    size_t e = sp->pair_end;
    /* every lead is ", " or " " and then u, d, f, c or v: most figures stop here */
    if (e == (size_t)-1 || e + 3 > x->n)
        return (size_t)-1;
    if (s[e] == ' ' && s[e + 1] == 'o')
        e = S_bench_after(s, e, x->n);
    if (e + 3 <= x->n && s[e] == ' ' && (s[e + 1] == 'i' || s[e + 1] == 'l' || s[e + 1] == 't'))
        e = S_period_after(s, e, x->n);
    if (e + 3 > x->n)
        return (size_t)-1;
    if ((unsigned char)s[e] == 0xEF || (s[e] == ',' && (unsigned char)s[e + 1] >= 0x80))
        return S_zh_reverse_from(s, e, x->n);
    size_t w = s[e] == ',' ? e + 2 : e + 1;
    if (!(s[e] == ' ' || (s[e] == ',' && s[e + 1] == ' ')) || w >= x->n || !strchr("udfcv", s[w]))
        return (size_t)-1;
    for (size_t i = 0; i < sizeof lead / sizeof lead[0]; i++) {
        size_t k = strlen(lead[i]);
        if (e + k <= x->n && memcmp(s + e, lead[i], k) == 0) {
            /* employs 10,000 people in 30 countries, up from 6,500: the
             * place of what rose, not the figure that rose */
            size_t a = sp->pair_start;
            if (S_before(s, a, " in ") || S_before(s, a, " across "))
                return (size_t)-1;
            e += k;
            while (e < x->n && s[e] == ' ')
                e++;
            return e;
        }
    }
    return s[w] == 'u' || s[w] == 'd' ? S_change_from(x, e, chg_at) : (size_t)-1;
}

/* ------------------------------------------------------------------ */
/* Emitting, and pairing 从A…到B                                         */
/* ------------------------------------------------------------------ */

/* A quote longer than this is no sentence a reader would quote (a line of
 * figures with no full stop, 64 KiB of it): the quote is the clauses
 * around the figure, so that the output does not grow as the square of
 * such a line. */
#define S_QUOTE_MAX 1024

/* Is a clause mark (， ； ， ;) at s[i]?  Its length, or 0. */
static size_t S_clause_mark(const char *s, size_t i, size_t n)
{
    if (S_at(s, i, n, "，") || S_at(s, i, n, "；"))
        return 3;
    return (s[i] == ',' || s[i] == ';') && i + 1 < n && s[i + 1] == ' ' ? 1 : 0;
}

/* Narrows [*qa, *qb) to about S_QUOTE_MAX bytes around the figure at sp
 * (and the end of a pair it may begin, S_PAIR_GAP after it), from the
 * start of a clause to the end of one where there is a mark to cut at,
 * else at a character's boundary. */
static void S_quote_window(const char *s, const S_span *sp, size_t *qa, size_t *qb)
{
    size_t fa = sp->start, fb = sp->end + S_PAIR_GAP < *qb ? sp->end + S_PAIR_GAP : *qb;
    size_t room = fb - fa < S_QUOTE_MAX ? (S_QUOTE_MAX - (fb - fa)) / 2 : 0;
    size_t a = fa > *qa + room ? fa - room : *qa, b = fb + room < *qb ? fb + room : *qb;
    /* from the first clause mark after a, to the last one before b */
    for (size_t i = a; i < fa; i++) {
        size_t k = S_clause_mark(s, i, *qb);
        if (k) {
            a = i + k;
            break;
        }
    }
    for (size_t i = b; i > fb;) {
        i--;
        if (S_clause_mark(s, i, *qb)) {
            b = i;
            break;
        }
    }
    while (a < fa && ((unsigned char)s[a] & 0xC0) == 0x80)
        a++;
    while (b > fb && b < *qb && ((unsigned char)s[b] & 0xC0) == 0x80)
        b--;
    S_trim(s, &a, &b);
    *qa = a;
    *qb = b;
}

/* The held change (S_found), printed: in_pair, it is the change of the
 * pair printed next to it. */
static void S_emit_held(cc_extractor *x, bool in_pair)
{
    if (!x->held_set)
        return;
    x->held_set = false;
    x->held.pair_change = in_pair;
    x->fn(&x->held, x->ctx);
    cc_figure_free(&x->held_fig);
}

/* Prints what waits, in the order of the text. */
static void S_flush(cc_extractor *x)
{
    if (x->held_set && x->pend.set && x->held.start < x->pend.x.start)
        S_emit_held(x, false);
    if (x->pend.set) {
        x->pend.set = false;
        if (x->pend.alone)
            x->fn(&x->pend.x, x->ctx);
    }
    S_emit_held(x, false);
}

/* Revenue rose 25% to $100 billion: " to " and a number right after the
 * change that ends at e; where the number starts, or (size_t)-1. */
static size_t S_to_number(const char *s, size_t e, size_t n)
{
    if (!(e + 5 < n && memcmp(s + e, " to ", 4) == 0))
        return (size_t)-1;
    unsigned char c = (unsigned char)s[e + 4];
    return S_digit(c) || c == '$' || S_at(s, e + 4, n, "€") || S_at(s, e + 4, n, "£") || S_at(s, e + 4, n, "¥")
               ? e + 4
               : (size_t)-1;
}

/* 营收100亿元，较去年的80亿元增长25%: a change stated right after the
 * before at `at` (a verb, then its figure: 增长25%, 提高3.4个百分点).  Its
 * text as printed goes to x->rev_change; false when there is none. */
static bool S_change_after(cc_extractor *x, size_t at)
{
    S_span sp;
    if (!S_verb_figure_at(x, at, 24, &sp))
        return false;
    cc_figure f;
    cc_buf_clear(&x->rev_change);
    cc_buf_add(&x->rev_change, x->orig + sp.start, sp.end - sp.start);
    bool change = cc_figure_parse(x->s + sp.start, sp.end - sp.start, &x->tol, &f, NULL);
    if (change) {
        change = f.kind != CC_KIND_QUANTITY && f.direction != CC_DIR_NONE;
        cc_figure_free(&f);
    }
    return change;
}

/* 从开箱只有业界的30%提升到了90%, 从业界平均的30分钟下降到了5分钟以内: the
 * before of a pair as a share of what it is measured against, X的 right
 * before it; X runs back to 从, 由 or a word of the lexicon (只有).  [*a,
 * *b) in the segment; false when there is none. */
static bool S_pair_comparator(cc_extractor *x, size_t lo, size_t a_start, size_t *a, size_t *b)
{
    const char *s = x->s;
    if (a_start < lo + 6 || !S_before(s, a_start, "的"))
        return false;
    size_t d = a_start - 3, c = d, at;
    for (int cps = 0;; cps++, c -= 3) {
        if (S_before(s, c, "从") || S_before(s, c, "由") ||
            S_word_before(x, lo, c, CC_W_FILLER | CC_W_PREQUAL | CC_W_VERB, &at)) {
            if (c == d)
                return false;
            *a = c;
            *b = d;
            return true;
        }
        if (cps == 12 || c < lo + 3)
            return false;
        unsigned cp = S_cp3(s, c - 3, x->n);
        if (!(cp >= 0x4E00 && cp <= 0x9FFF))
            return false;
    }
}

/* What a lone relative figure at sp is measured against, [*a, *b) in the
 * segment, for the csv skeleton's comparator: the object of 是友商的3倍
 * (in the span, before its 的), the words after 比 or 较 before it in its
 * clause (比上一代高30%, 较上季度提升8个百分点; not 占比, 同比, 比例,
 * 比较), or after "than" (2.78x faster than a foreign competitor in FP32:
 * a few words, up to a preposition or a mark).  False when there is none. */
static bool S_comparator(cc_extractor *x, const S_span *sp, size_t *a, size_t *b)
{
    const char *s = x->s;
    size_t n = x->n;
    /* 是友商的3倍, 达到了H100的2倍: the object ends at the 的 before the number */
    if (sp->start < sp->num && sp->num - sp->start >= 6 && (unsigned char)s[sp->start] >= 0x80) {
        size_t de = (size_t)-1;
        for (size_t i = sp->start; i + 3 <= sp->num; i += S_cplen(s, i, n))
            if (S_at(s, i, n, "的"))
                de = i;
        if (de != (size_t)-1) {
            size_t c = sp->start, len;
            for (int k = 0; k < 3; k++) {
                bool more = false;
                for (size_t j = 0; j < S_NCOPULAS && !more; j++)
                    if (c + S_copulas[j].n <= de && memcmp(s + c, S_copulas[j].w, S_copulas[j].n) == 0) {
                        c += S_copulas[j].n;
                        more = true;
                    }
                if (!more && S_lex(x, s + c, de - c, CC_W_VERB | CC_W_PREQUAL | CC_W_FILLER, &len) && len) {
                    c += len;
                    more = true;
                }
                if (!more)
                    break;
            }
            if (c < de) {
                *a = c;
                *b = de;
                return true;
            }
        }
    }
    /* 比上一代高30%, 较上季度提升8个百分点 */
    size_t from = sp->start > S_FROM_GAP ? sp->start - S_FROM_GAP : 0;
    for (size_t y = sp->start; y >= from + 3;) {
        y -= S_before(s, y, "，") ? 3 : 1;
        if (S_boundary(s, y, n) || s[y] == ',' || S_at(s, y, n, "，"))
            break;
        if (!(S_at(s, y, n, "比") || S_at(s, y, n, "较")))
            continue;
        if (S_compare_in_word(s, y, n))
            break;
        size_t c = y + 3, d = sp->start;
        if (S_at(s, c, d, "于") || S_at(s, c, d, "起"))
            c += 3;
        while (d > c && S_before(s, d, "的"))
            d -= 3;
        if (d > c) {
            *a = c;
            *b = d;
            return true;
        }
        break;
    }
    /* 和国外友商对比，…2.78倍; 与上一代相比，…; 相比上一代，…; Compared with
     * the A100, …: a clause of comparison earlier in the sentence */
    static const S_wordn vs[] = {S_WN("对比"), S_WN("比较"), S_WN("相比"), S_WN("相较"), S_WN("比起")}; /* the last three open a clause */
    /* (a few clauses back at most: a sentence may be 64 KiB of figures) */
    for (size_t y = sp->start; y > x->ss && sp->start - y < 256;) {
        y--;
        /* each word of vs starts with 对 (E5 AF), 比 (E6 AF) or 相 (E7 9B),
         * the English one with the "o" of "compared": two bytes settle most */
        unsigned char cy = (unsigned char)s[y], c2 = y + 1 < n ? (unsigned char)s[y + 1] : 0;
        if (!(((cy == 0xE5 || cy == 0xE6) && c2 == 0xAF) || (cy == 0xE7 && c2 == 0x9B) || cy == 'o'))
            continue;
        size_t k = 0, opens = 0;
        for (size_t j = 0; j < sizeof vs / sizeof vs[0] && !k; j++)
            if (y + vs[j].n <= n && memcmp(s + y, vs[j].w, vs[j].n) == 0) {
                k = vs[j].n;
                opens = j >= 2;
            }
        if (k) {
            /* 和X对比, 与X相比: X after 和, 与, 跟 or 同, in the same clause */
            for (size_t h = y; h > x->ss && y - h <= 36;) {
                h -= S_before(s, h, "，") ? 3 : 1;
                if (s[h] == ',' || S_at(s, h, n, "，"))
                    break;
                if ((S_at(s, h, n, "和") || S_at(s, h, n, "与") || S_at(s, h, n, "跟") || S_at(s, h, n, "同")) &&
                    h + 3 < y) {
                    *a = h + 3;
                    *b = y;
                    return true;
                }
            }
            /* 相比上一代，相较于上一代，比起去年，: X after it, up to the comma */
            if (!opens)
                break;
            size_t c = y + k;
            if (S_at(s, c, n, "于") || S_at(s, c, n, "起"))
                c += 3;
            for (size_t d = c; d < sp->start && d - c <= 36; d += S_cplen(s, d, n))
                if (s[d] == ',' || S_at(s, d, n, "，")) {
                    if (d > c) {
                        *a = c;
                        *b = d;
                        return true;
                    }
                    break;
                }
            break;
        }
        if (s[y] == 'o' && (S_at(s, y, n, "ompared with ") || S_at(s, y, n, "ompared to ")) && y > x->ss &&
            (s[y - 1] | 0x20) == 'c') {
            size_t c = y + (s[y + 8] == 'w' ? 13 : 11), d = c;
            while (d < sp->start && s[d] != ',')
                d++;
            if (d < sp->start && d > c && d - c <= 48) {
                *a = c;
                *b = d;
                return true;
            }
            break;
        }
    }
    /* outperforms GPT-4 by 20%, beats the baseline by 4.2 points: the
     * object of a verb of comparison, up to its "by" */
    size_t vlen;
    const cc_word *vw;
    if (S_alpha((unsigned char)s[sp->start]) &&
        (vw = S_lex(x, s + sp->start, sp->num - sp->start, CC_W_VERB, &vlen)) != NULL && vlen &&
        (vw->flags & CC_WF_VERSUS)) {
        size_t c = sp->start + vlen + 1, d = sp->num;
        while (d > c + 4 && memcmp(s + d - 4, " by ", 4) != 0)
            d--;
        if (d > c + 4) {
            *a = c;
            *b = d - 4;
            return true;
        }
    }
    /* 同比增长120%, 环比下降5%: the same period a year before, the one before */
    if (sp->start >= 6 && (S_before(s, sp->start, "同比") || S_before(s, sp->start, "环比"))) {
        *a = sp->start - 6;
        *b = sp->start;
        return true;
    }
    /* climbed 18% year over year, rose 18% YoY: the period ends the span
     * (each word of a period ends in a letter) */
    size_t at;
    if (sp->end > sp->num_end && S_alpha((unsigned char)s[sp->end - 1]) &&
        S_word_before(x, sp->num_end, sp->end, CC_W_PERIOD, &at)) {
        *a = at;
        *b = sp->end;
        return true;
    }
    /* 1.6 times that of its predecessor: the object in the span */
    for (size_t i = sp->num_end; i + 9 <= sp->end; i++)
        if (s[i] == ' ' && (memcmp(s + i, " that of ", 9) == 0 || (i + 10 <= sp->end && memcmp(s + i, " those of ", 10) == 0))) {
            *a = i + (s[i + 3] == 'a' ? 9 : 10);
            *b = sp->end;
            return *b > *a;
        }
    /* 4x the throughput of its predecessor, twice the speed of the
     * previous release: a factor's object, after its noun */
    size_t e = sp->end;
    bool the_noun = false;
    for (size_t i = sp->num_end; i + 5 <= sp->end && !the_noun; i++)
        the_noun = s[i] == ' ' && memcmp(s + i, " the ", 5) == 0;
    if (!the_noun && e + 5 < n && memcmp(s + e, " the ", 5) == 0) {
        size_t j = e + 5;
        while (j < n && S_alpha((unsigned char)s[j]))
            j++;
        if (j > e + 5 && j + 4 < n && memcmp(s + j, " of ", 4) == 0) {
            e = j;
            the_noun = true;
        }
    }
    if (the_noun && e + 4 < n && memcmp(s + e, " of ", 4) == 0) {
        size_t c = e + 4, d = S_words_after(s, c, n, 6);
        if (d > c) {
            *a = c;
            *b = d;
            return true;
        }
    }
    /* faster than a foreign competitor in FP32, up 5% from a year earlier,
     * up 30% compared with last year, double that of last year: a few
     * words, up to a preposition, a mark or a number (from 80 is the
     * before of a pair) */
    static const S_wordn lead[] = {S_WN(" than "),   S_WN(" from "), S_WN(" compared with "), S_WN(" compared to "),
                                   S_WN(" versus "), S_WN(" vs. "),  S_WN(" that of "),       S_WN(" those of ")};
    for (size_t i = 0; i < sizeof lead / sizeof lead[0] && sp->end < n && s[sp->end] == ' '; i++) {
        size_t k = lead[i].n;
        if (!(sp->end + k < n && memcmp(s + sp->end, lead[i].w, k) == 0))
            continue;
        size_t c = sp->end + k, d = S_words_after(s, c, n, 6);
        if (d > c) {
            *a = c;
            *b = d;
            return true;
        }
        break;
    }
    return false;
}

/* The text between the two figures says "to": 到 至 → to, and no more. */
static bool S_joins(const char *s, size_t a, size_t b, bool b_level)
{
    if (b < a || b - a > S_PAIR_GAP)
        return false;
    /* 由4096颗芯片组成: 由 says "of", not "from"; the year of the first
     * stays out of the way (from 1.2 million units in 2023 to 3.6 million) */
    for (size_t i = a; i < b; i++) {
        if (S_digit((unsigned char)s[i]) && S_year_at(s, a, i, b)) {
            i += 3;
            continue;
        }
        if (S_boundary(s, i, b) || S_digit((unsigned char)s[i]) || S_at(s, i, b, "组成") || S_at(s, i, b, "构成"))
            return false;
    }
    if (b_level)
        return true;
    for (size_t i = a; i < b; i++)
        if (S_at(s, i, b, "到") || S_at(s, i, b, "至") || S_at(s, i, b, "→") || S_at(s, i, b, "->") ||
            (s[i] == 't' && i > a && s[i - 1] == ' ' && S_en_word(s, i, b, "to")))
            return true;
    return false;
}

/* 从2023年的5%提升至2024年的18%: a verb of the new level in the gap
 * between the two figures, with more than B after it (a year), is B's:
 * *change gets the verb and B as printed (提升至18%); the pair starts
 * where it did (*verb_at = from_at).  False when there is none. */
static bool S_zh_verb_of_pair(cc_extractor *x, size_t from_at, size_t a_end, const S_span *sp, cc_buf *change,
                              size_t *verb_at)
{
    const char *s = x->s, *o = x->orig;
    for (size_t i = a_end; i < sp->start; i += S_cplen(s, i, sp->start)) {
        size_t len;
        const cc_word *w;
        if ((unsigned char)s[i] < 0xE0 || (w = S_lex(x, s + i, sp->start - i, CC_W_VERB, &len)) == NULL || !len ||
            !(w->flags & CC_WF_LEVEL) || (w->arg != CC_DIR_UP && w->arg != CC_DIR_DOWN))
            continue;
        cc_buf_add(change, o + i, len);
        cc_buf_add(change, o + sp->start, sp->end - sp->start);
        *verb_at = from_at;
        return true;
    }
    return false;
}

/* "fell from 120 ms to 35 ms": an English verb of direction right before
 * the pair's "from" (at from_at) is the verb of its after, which reads as
 * "fell to 35 ms", as 从120毫秒降到35毫秒 reads 降到35毫秒.  That wording,
 * the verb and "to B" as printed, goes to *change; the pair then starts
 * at the verb (*verb_at).  False when there is no such verb, or no "to"
 * before B (an arrow, 到). */
static bool S_verb_of_pair(cc_extractor *x, size_t from_at, size_t a_end, const S_span *sp, cc_buf *change,
                           size_t *verb_at)
{
    const char *s = x->s, *o = x->orig;
    if (s[from_at] != 'f' && s[from_at] != 'F')
        return S_zh_verb_of_pair(x, from_at, a_end, sp, change, verb_at);
    size_t to_at = (size_t)-1;
    for (size_t i = a_end; i + 3 < sp->bare; i++)
        if (s[i] == ' ' && S_en_word(s, i + 1, sp->bare, "to") && s[i + 3] == ' ')
            to_at = i + 1;
    size_t at;
    const cc_word *w;
    if (to_at == (size_t)-1 || from_at < 2 || s[from_at - 1] != ' ' ||
        (w = S_word_before(x, 0, from_at - 1, CC_W_VERB, &at)) == NULL || !S_alpha((unsigned char)s[at]) ||
        (w->arg != CC_DIR_UP && w->arg != CC_DIR_DOWN))
        return false;
    cc_buf_add(change, o + at, from_at - 1 - at);
    cc_buf_addc(change, ' ');
    cc_buf_add(change, o + to_at, sp->end - to_at);
    *verb_at = at;
    return true;
}

/* "from 30% up to 90%": right after the first figure of an English pair,
 * "up to" is the "to" of the pair, and the second figure is read without
 * it (90%, not at most 90%), into x's scratch figure, the span starting
 * after it.  False, and nothing changed, anywhere else. */
static bool S_up_to_after(cc_extractor *x, size_t a_end, S_span *sp, const cc_figure **fig)
{
    const char *s = x->s;
    size_t p = sp->start, from = x->pend.from_at;
    if (sp->verb || (s[from] != 'f' && s[from] != 'F') || p != a_end + 1 || s[a_end] != ' ' ||
        p + 6 >= sp->end || memcmp(s + p, "up to ", 6) != 0)
        return false;
    cc_figure *f = S_scratch(x);
    if (!cc_figure_parse(x->orig + p + 6, sp->end - p - 6, &x->tol, f, NULL))
        return false;
    x->scratch_set = true;
    sp->start = sp->bare = p + 6;
    *fig = f;
    return true;
}

/* A figure found: printed, or kept to pair with the next (从A…到B, A, up
 * from B), or the second of a pair kept so.  Not `alone`, it is printed
 * only as one end of a pair, and else changes nothing. */
static void S_found(cc_extractor *x, S_span *sp, const cc_figure *fig, uint64_t id, size_t lo, bool alone)
{
    const char *s = x->s, *o = x->orig; /* o: what the output shows */
    bool numbers = x->flags & CC_EXTRACT_NUMBERS;
    bool to_pair = !numbers && x->pend.set && x->pend.from_at != (size_t)-1 && !x->pend.x.pair;
    size_t a_end = to_pair ? x->pend.x.a.end - x->base : 0;
    /* from 30% up to 90%: "up to" says where it went, not a maximum */
    if (to_pair && S_up_to_after(x, a_end, sp, &fig))
        id = 0;
    cc_xfig xf = {x->base + sp->start, x->base + sp->end, x->base + sp->bare, o + sp->start, fig,
                  sp->negate ? -sp->m.value : sp->m.value, sp->m.flags, sp->verb, id,
                  id ? &x->figs[(id - 1) % S_FIG_MAX].memo : NULL};
    if (to_pair) {
        /* two bare numbers, neither a figure alone, make none together
         * (from one to ten is a scale); a count at either end does */
        bool counted = alone || x->pend.alone || fig->dimension != CC_DIM_NONE ||
                       x->pend_fig.dimension != CC_DIM_NONE;
        size_t b_at = sp->verb ? sp->start : sp->bare;
        /* the "to" may sit in B's own prefix (降至, 提升到); 从10元到100元不等
         * is a spread of values, not a before and an after */
        if (counted && (S_joins(s, a_end, b_at, sp->verb && fig->to_level) || S_joins(s, a_end, sp->bare, false)) &&
            !S_at(s, sp->end, x->n, "不等") && !S_at(s, sp->end, x->n, "之间")) {
            cc_extracted *e = &x->pend.x;
            e->pair = true;
            e->b = xf;
            size_t st = x->pend.from_at;
            cc_buf change = CC_BUF_INIT;
            cc_figure verb_fig;
            bool verb = false;
            size_t verb_at;
            if (!sp->verb && fig->direction == CC_DIR_NONE && x->pend.x.a.fig->direction == CC_DIR_NONE &&
                S_verb_of_pair(x, st, a_end, sp, &change, &verb_at) &&
                cc_figure_parse(change.data, change.len, &x->tol, &verb_fig, NULL)) {
                verb = true;
                st = verb_at;
                e->b.fig = &verb_fig;
                e->b.id = 0;
                e->b.memo = NULL;
            }
            e->change = verb ? change.data : NULL;
            size_t ca, cb;
            if ((x->flags & CC_EXTRACT_COMPARATOR) && S_pair_comparator(x, lo, x->pend.x.a.start - x->base, &ca, &cb)) {
                e->comparator = o + ca;
                e->comparator_len = cb - ca;
            }
            e->start = x->base + st;
            e->end = xf.end;
            e->text = o + st;
            size_t line, col;
            S_where(x, st, &line, &col);
            e->line = line;
            e->col = col;
            x->pend.set = false;
            x->fn(e, x->ctx);
            if (verb)
                cc_figure_free(&verb_fig);
            cc_buf_free(&change);
            return;
        }
    }
    if (!numbers && x->pend.set && x->pend.rev_at != (size_t)-1 && !x->pend.x.pair && sp->start == x->pend.rev_at &&
        fig->kind == CC_KIND_QUANTITY &&
        (fig->dimension == x->pend_fig.dimension ||
         (fig->dimension == CC_DIM_NONE && x->pend_fig.dimension == CC_DIM_COUNT)) &&
        /* 30 engineers, from 10 countries: two counts of two nouns */
        !(fig->dimension == CC_DIM_COUNT && strcmp(fig->unit, x->pend_fig.unit) != 0)) {
        /* A, up from B: B is the before, of A's kind (5 million units, up
         * from 3 million; not 30% from 2023 levels) */
        cc_extracted *e = &x->pend.x;
        e->pair = true;
        e->b = e->a;
        e->a = xf;
        e->end = xf.end;
        if (x->held_set) {
            cc_buf_clear(&x->rev_change);
            cc_buf_add(&x->rev_change, x->held.text, x->held.end - x->held.start);
            e->change_after = x->rev_change.data;
        } else if (S_change_after(x, sp->end)) {
            e->change_after = x->rev_change.data;
            x->change_at = x->base + sp->end;
        }
        x->pend.set = false;
        /* rose 25% to A from B: the change comes first */
        bool held_first = x->held_set && x->held.start < e->start;
        if (held_first)
            S_emit_held(x, true);
        x->fn(e, x->ctx);
        S_emit_held(x, true);
        return;
    }
    /* A, up 25% from B: the change between them is held, printed after the
     * pair, while A waits for B */
    bool hold = !numbers && alone && x->pend.set && x->pend.chg_at != (size_t)-1 && !x->pend.x.pair &&
                sp->start == x->pend.chg_at && !x->held_set;
    size_t from_at = numbers || hold ? (size_t)-1 : S_pair_from(x, sp);
    if (!alone && (from_at == (size_t)-1 || from_at < lo))
        return;
    /* rose 25% to A: the change held before A waits on with A */
    bool keep = x->held_set && x->held_next == sp->start;
    if (keep && x->pend.set) {
        x->pend.set = false;
        if (x->pend.alone)
            x->fn(&x->pend.x, x->ctx);
    } else if (!hold && !keep) {
        S_flush(x);
    }
    size_t line, col;
    S_where(x, sp->start, &line, &col);
    S_sentence(x, sp->start);
    size_t qa = x->ss, qb = x->se;
    if (qb < sp->end)
        qb = sp->end;
    S_trim(s, &qa, &qb);
    if (qb - qa > S_QUOTE_MAX)
        S_quote_window(s, sp, &qa, &qb);
    /* b is set only in a pair (S_found completes a pending one): not
     * zeroed here, as a zeroed cc_xfig costs a rep stos every figure */
    cc_extracted e;
    e.file = x->file;
    e.line = line;
    e.col = col;
    e.start = xf.start;
    e.end = xf.end;
    e.text = xf.text;
    e.quote = o + qa;
    e.quote_len = qb - qa;
    e.pair = false;
    e.change = e.change_after = NULL;
    e.pair_change = xf.start == x->change_at;
    e.comparator = NULL;
    e.comparator_len = 0;
    size_t ca, cb;
    /* a relative figure: a change, a multiplier, points, or a count that goes
     * up or down by it (trails Gemini by 3 points) */
    if ((x->flags & CC_EXTRACT_COMPARATOR) &&
        (fig->kind != CC_KIND_QUANTITY || (fig->direction != CC_DIR_NONE && !fig->to_level)) &&
        S_comparator(x, sp, &ca, &cb)) {
        e.comparator = o + ca;
        e.comparator_len = cb - ca;
    }
    e.a = xf;
    /* A, up 25% from B (hold); Revenue rose 25% to $100 billion (from $80
     * billion): the change is held until A tells whether a before follows */
    size_t next = (size_t)-1;
    if (hold || (!numbers && alone && !keep && from_at == (size_t)-1 && sp->verb && fig->kind == CC_KIND_CHANGE &&
                 (next = S_to_number(s, sp->end, x->n)) != (size_t)-1)) {
        /* the memo slot may be reused before it is printed */
        S_dup_fig(&x->held_fig, fig);
        x->held = e;
        x->held.a.fig = &x->held_fig;
        x->held.a.id = 0;
        x->held.a.memo = NULL;
        x->held_set = true;
        x->held_next = next;
        return;
    }
    /* a level, not a change: grew 30% from 2023 levels is no pair */
    size_t chg_at = (size_t)-1;
    size_t rev_at = numbers || from_at != (size_t)-1 || fig->kind != CC_KIND_QUANTITY || !alone
                        ? (size_t)-1
                        : S_reverse_from(x, sp, &chg_at);
    if ((from_at != (size_t)-1 && from_at >= lo) || rev_at != (size_t)-1) {
        x->pend.set = true;
        x->pend.alone = alone;
        x->pend.x = e;
        x->pend.from_at = from_at;
        x->pend.rev_at = rev_at;
        x->pend.chg_at = rev_at != (size_t)-1 ? chg_at : (size_t)-1;
        /* the memo slot may be reused before the pair is complete */
        if (x->pend_fig_set)
            cc_figure_free(&x->pend_fig);
        S_dup_fig(&x->pend_fig, fig);
        x->pend_fig_set = true;
        x->pend.x.a.fig = &x->pend_fig;
        return;
    }
    if (keep)
        S_emit_held(x, false);
    if (alone)
        x->fn(&e, x->ctx);
}

/* ------------------------------------------------------------------ */
/* The hot loop                                                         */
/* ------------------------------------------------------------------ */

static bool S_en_trigger(const char *s, size_t i, size_t j)
{
    size_t k = j - i;
    unsigned f = ((unsigned char)s[i] | 0x20) - 'a';
    if (k < S_EN_MIN || k > S_EN_MAX || f >= 26)
        return false;
    const unsigned char *slot = S_en_index[f][k];
    for (int t = 0; t < S_EN_SLOTS && slot[t] != 0xFF; t++) {
        const char *w = S_en_words[slot[t]];
        size_t m = 1;
        while (m < k && ((unsigned char)s[i + m] | 0x20) == (unsigned char)w[m])
            m++;
        if (m == k)
            return true;
    }
    return false;
}

/* The index of the first byte (in memory order) whose high bit is set in
 * m, an eight-byte load; m is not 0. */
static inline size_t S_first_marked(uint64_t m)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return (size_t)__builtin_clzll(m) >> 3;
#else
    return (size_t)__builtin_ctzll(m) >> 3;
#endif
}

/* The segment again in x->fold, each traditional character of the word
 * lists in its simplified form (the same number of bytes), for the
 * look-ups to read from now on. */
static void S_fold_segment(cc_extractor *x)
{
    if (x->fold_cap < x->n) {
        free(x->fold);
        x->fold_cap = x->n;
        x->fold = cc_xmalloc(x->fold_cap);
    }
    memcpy(x->fold, x->orig, x->n);
    for (size_t i = 0; i + 3 <= x->n; i++) {
        unsigned cp = S_cp3(x->orig, i, x->n), f = cc_fold_han(cp);
        if (!cp)
            continue;
        if (f != cp)
            cc_utf8_encode(f, x->fold + i);
        i += 2;
    }
    x->s = x->fold;
}

static void S_scan(cc_extractor *x, const char *s, size_t n)
{
    if (x->base == 0 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        x->bom = true;
    x->s = x->orig = s;
    x->n = n;
    bool folded = x->fold_next;
    if (folded) {
        S_fold_segment(x);
        s = x->s;
    }
    x->cnt_pos = 0;
    x->cnt_line = x->line;
    x->cnt_linepos = 0;
    x->col_pos = (size_t)-1;
    x->ss = x->se = x->sent_pos = 0;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned char c = u[i];
        switch (S_class[c]) {
        case S_C_SKIP:
            do
                i++;
            while (i < n && S_class[u[i]] == S_C_SKIP);
            continue;
        case S_C_ALPHA: {
            size_t j = i + 1;
            /* eight bytes a step: the first that is no ASCII letter ends
             * the word (a loop a byte at a time mispredicts its end once a
             * word) */
            for (;;) {
                if (j + 8 > n) {
                    while (j < n && S_class[u[j]] == S_C_ALPHA)
                        j++;
                    break;
                }
                uint64_t v;
                memcpy(&v, u + j, 8);
                const uint64_t hi = 0x8080808080808080ull;
                uint64_t x7 = (v | 0x2020202020202020ull) & ~hi;
                uint64_t letter = (x7 + 0x1F1F1F1F1F1F1F1Full) & (0xFAFAFAFAFAFAFAFAull - x7) & ~v & hi;
                uint64_t other = ~letter & hi;
                if (other) {
                    j += S_first_marked(other);
                    break;
                }
                j += 8;
            }
            if (!S_en_trigger(s, i, j)) {
                i = j;
                continue;
            }
            break;
        }
        case S_C_C2:
            /* a two-byte character of U+0080..U+00BF: only ¼ ½ ¾ start a number */
            if (!cc_vulgar_len(s + i, n - i)) {
                i++;
                continue;
            }
            break;
        case S_C_LEAD3: {
            /* a run of three-byte characters, most of them not numerals,
             * tested a character at a time from one load of its bytes.  A
             * lead byte without its continuation bytes (invalid UTF-8) is
             * one byte: jumping 3 would skip a newline or digit */
            for (;;) {
                uint32_t w;
                if (!S_char3(u, i, n, &w))
                    break;
                if ((S_trigger64[(w & 0x0Fu) << 6 | ((w >> 8) & 0x3Fu)] >> ((w >> 16) & 63u)) & 1u)
                    break;
                i += 3;
            }
            if (i >= n || S_class[u[i]] != S_C_LEAD3)
                continue;
            if (i + 2 >= n || (((u[i + 1] & 0xC0u) ^ 0x80u) | ((u[i + 2] & 0xC0u) ^ 0x80u))) {
                i++;
                continue;
            }
            /* a traditional character of the word lists (S_trigger64 has
             * them too): from here on the look-ups read the segment folded,
             * and this character again */
            if (!folded) {
                unsigned cp = S_cp3(s, i, n);
                if (cc_fold_han(cp) != cp) {
                    folded = true;
                    S_fold_segment(x);
                    s = x->s;
                    u = (const unsigned char *)s;
                    continue;
                }
            }
            break;
        }
        default:
            break;
        }
        S_span sp;
        S_result r = S_candidate(x, i, 0, n, &sp);
        if (r.found && !(!(x->flags & CC_EXTRACT_NUMBERS) && S_word_alone(x, &sp) && !S_pair_end(x, &sp))) {
            const cc_figure *fig = NULL;
            uint64_t id = 0;
            if (S_read(x, &sp, &fig, &id) ||
                ((x->flags & CC_EXTRACT_NUMBERS) && (fig = S_bare_number(x, &sp)) != NULL)) {
                bool in_pair = false;
                if ((x->flags & CC_EXTRACT_NUMBERS) || !S_prose(x, &sp, fig, 0, &in_pair))
                    S_found(x, &sp, fig, id, 0, true);
                else if (in_pair && S_pair_end(x, &sp))
                    S_found(x, &sp, fig, id, 0, false);
            }
        }
        i = r.resume > i ? r.resume : i + 1;
    }
    S_flush(x);
    x->fold_next = folded;
    /* carry the line count over to the next segment */
    size_t line, col;
    S_line_at(x, n, &line, &col);
    x->line = line;
    size_t last_nl = x->cnt_linepos;
    if (last_nl > 0) {
        x->line_start = x->base + last_nl;
        x->col_at_base = col - 1;
    } else {
        x->col_at_base = col - 1;
    }
}

/* ------------------------------------------------------------------ */
/* Streaming                                                            */
/* ------------------------------------------------------------------ */

cc_extractor *cc_extractor_new(const cc_tolerance *tol, unsigned flags, cc_extract_fn fn, void *ctx)
{
    static const cc_tolerance deftol = CC_TOLERANCE_DEFAULT;
    S_init();
    cc_extractor *x = cc_xcalloc(1, sizeof *x);
    x->tol = tol ? *tol : deftol;
    x->flags = flags;
    x->fn = fn;
    x->ctx = ctx;
    x->cap = 2 * CC_EXTRACT_SENTENCE_MAX + 4096;
    x->buf = cc_xmalloc(x->cap);
    x->fig_tag = aligned_alloc(64, S_FIG_MAX * sizeof *x->fig_tag);
    if (!x->fig_tag)
        x->fig_tag = cc_xmalloc(S_FIG_MAX * sizeof *x->fig_tag);
    memset(x->fig_tag, 0, S_FIG_MAX * sizeof *x->fig_tag);
    x->figs = cc_xcalloc(S_FIG_MAX, sizeof *x->figs);
    cc_extractor_begin(x, "-");
    return x;
}

void cc_extractor_begin(cc_extractor *x, const char *file)
{
    free(x->file);
    x->file = cc_xstrdup(file);
    x->len = 0;
    x->base = 0;
    x->line = 1;
    x->line_start = 0;
    x->col_at_base = 0;
    x->pend.set = false;
    x->bom = false;
    x->fold_next = false;
    x->change_at = (size_t)-1;
}

size_t cc_extractor_offset(const cc_extractor *x)
{
    return x->base + x->len;
}

/* Scans buf[0, cut) and keeps the rest for the next round. */
static void S_segment(cc_extractor *x, size_t cut)
{
    if (cut == 0)
        return;
    S_scan(x, x->buf, cut);
    memmove(x->buf, x->buf + cut, x->len - cut);
    x->len -= cut;
    x->base += cut;
}

/* Where to cut a buffer with no newline: after the last sentence
 * boundary, else after the last space, else at a code point boundary. */
static size_t S_cut(const char *s, size_t n)
{
    size_t floor = n > CC_EXTRACT_SENTENCE_MAX / 2 ? n - CC_EXTRACT_SENTENCE_MAX / 2 : 0;
    /* the last few bytes are not looked at: a "." or "," there may be
     * inside a number whose next digits are not read yet (85.1, 92|.3) */
    size_t top = n > floor + 4 ? n - 4 : n;
    for (size_t i = top; i > floor; i--) {
        size_t k = S_boundary(s, i - 1, n);
        if (k == 1)
            return i;
        if (i >= 3 && ((unsigned char)s[i - 3] == 0xE3 || (unsigned char)s[i - 3] == 0xEF) && S_boundary(s, i - 3, n) == 3)
            return i;
    }
    /* no sentence end: after a clause mark (，； or ", "), which no pair
     * or figure straddles, else after a space */
    for (size_t i = top; i > floor && i >= 3; i--)
        if (S_clause_mark(s, i - 3, n) == 3 || (s[i - 1] == ' ' && S_clause_mark(s, i - 2, n) == 1))
            return i;
    for (size_t i = top; i > floor; i--)
        if (s[i - 1] == ' ')
            return i;
    size_t i = n - 64;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

char *cc_extractor_room(cc_extractor *x, size_t *room)
{
    *room = x->cap - x->len;
    return x->buf + x->len;
}

void cc_extractor_wrote(cc_extractor *x, size_t n)
{
    x->len += n;
    /* scan up to the last newline, and keep the rest for the next round;
     * with no newline for a whole sentence's length, cut it elsewhere */
    size_t cut = 0;
    for (size_t i = x->len; i > 0; i--)
        if (x->buf[i - 1] == '\n') {
            cut = i;
            break;
        }
    if (x->len - cut > CC_EXTRACT_SENTENCE_MAX) {
        if (cut)
            S_segment(x, cut);
        S_segment(x, S_cut(x->buf, x->len));
    } else if (cut) {
        S_segment(x, cut);
    }
}

void cc_extractor_feed(cc_extractor *x, const char *data, size_t n)
{
    while (n > 0) {
        size_t room;
        char *to = cc_extractor_room(x, &room);
        size_t take = n < room ? n : room;
        memcpy(to, data, take);
        data += take;
        n -= take;
        cc_extractor_wrote(x, take);
    }
}

void cc_extractor_end(cc_extractor *x)
{
    S_segment(x, x->len);
}

void cc_extractor_free(cc_extractor *x)
{
    if (!x)
        return;
    S_fig_clear(x);
    for (size_t i = 0; i < S_FIG_MAX; i++)
        cc_buf_free(&x->figs[i].memo.out);
    cc_buf_free(&x->rev_change);
    if (x->held_set)
        cc_figure_free(&x->held_fig);
    free(x->fig_tag);
    free(x->figs);
    free(x->file);
    free(x->buf);
    free(x->fold);
    free(x);
}

void cc_extract_buf(const char *file, const char *s, size_t n, const cc_tolerance *tol, unsigned flags,
                    cc_extract_fn fn, void *ctx)
{
    cc_extractor *x = cc_extractor_new(tol, flags, fn, ctx);
    cc_extractor_begin(x, file);
    while (n > 0) {
        size_t k = n < 65536 ? n : 65536;
        cc_extractor_feed(x, s, k);
        s += k;
        n -= k;
    }
    cc_extractor_end(x);
    cc_extractor_free(x);
}
