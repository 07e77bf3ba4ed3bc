/* figure.c — one figure string -> cc_figure (DESIGN section 1).
 *
 * A figure is read in three parts: words before the number (qualifiers,
 * verbs, 是原来的, a currency), the number (or a range of two, or an idiom such as 翻番),
 * and words after it (多/余, the unit, 以上/以内, faster/speedup, a counted
 * noun).  The words come from lexicon.c; this file decides what they mean
 * together: the kind, the interval, and the readings. */
#include "claimcheck.h"
#include "internal.h"
#include "lexicon.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define S_NOUN_MAX 48 /* bytes: a counted noun longer than this is not a noun */

typedef struct {
    const char *s;          /* the input folded to half width and simplified (S_fold) */
    const char *shown;      /* the same offsets, folded to half width only: the words as written */
    size_t n, i;
    bool has_qual, duo, range, several, by, level, speed, plus;
    bool several_times;     /* 数倍, several times: a word of several with no power of ten */
    bool factor;            /* "a factor of": the ratio itself, whatever the verb */
    bool about;             /* a range said approximately (约20-30%, 20%-30%左右): each end
                               loosened by the approx tolerance */
    bool of_before;         /* 是原来的, 为原来的: the figure is a share of the earlier value */
    cc_qualifier qual;
    cc_direction dir;
    cc_unit_id unit, range_unit;
    int idiom;              /* factor x 10, 0 when none */
    int orders;             /* 一个数量级, two orders of magnitude: the multiplier 10^orders; 0 when none */
    cc_numeral num, num2;
    size_t num_at;          /* where the (first) number starts */
    size_t noun_at, noun_len;
    size_t per_at, per_len; /* 每秒3000次: the time of the rate (秒), before the number */
    cc_unit_id per_unit;    /* and its unit (s) */
    size_t money_at, money_len; /* $3 million: the currency before the number */
    cc_unit_id money_per;   /* $2 per hour: the time it pays for (h), or none */
    size_t verb_at;         /* where the first verb or idiom starts (for messages) */
    bool subject;           /* unknown words were skipped before the verb */
    size_t subject_at, subject_len;
    size_t object_at, object_len; /* 是H100的, 友商的: what the figure is a multiple or a share of */
    bool quiet;             /* the caller wants no message: make none */
} S_reader;

static bool S_cjk(unsigned cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

bool cc_written_fraction(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == '/' || cc_vulgar_len(s + i, n - i))
            return true;
    return false;
}

/* Whether the last code point of s[0..n) is a CJK ideograph. */
static bool S_cjk_before(const char *s, size_t n)
{
    size_t i = n;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    unsigned cp;
    return i > 0 && cc_utf8_decode(s + i - 1, n - i + 1, &cp) && S_cjk(cp);
}

/* Whether s[0..n), after spaces, starts with a CJK ideograph. */
static bool S_cjk_at(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    unsigned cp;
    return i < n && cc_utf8_decode(s + i, n - i, &cp) && S_cjk(cp);
}

/* Folding never lengthens a code point, so the copy fits in b, of n + 1
 * bytes; ASCII is copied as it is, and the ideographs U+4000..U+9FFF
 * (lead bytes E4..E9) too, but for the traditional characters of the word
 * lists, which fold to their simplified forms (cc_fold_han, three bytes
 * either way).  shown, of n + 1 bytes too, gets the same without the
 * simplification: the same offsets, the characters as written, for what a
 * figure keeps of its words (a counted noun, a currency).  False: not
 * UTF-8. */
static bool S_fold(const char *s, size_t n, char *b, char *shown)
{
    const unsigned char *u = (const unsigned char *)s;
    const uint64_t *han = cc_han_fold_bits();
    size_t len = 0, i = 0;
    while (i < n) {
        unsigned char c = u[i];
        if (c > ' ' && c < 0x80) {
            shown[len] = (char)c;
            b[len++] = (char)c;
            i++;
            continue;
        }
        if (c >= 0xE4 && c <= 0xE9 && i + 3 <= n && (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
            /* a Chinese character; a traditional one of the word lists in
             * its simplified form (約3倍 is 约3倍), but not where it is shown */
            unsigned cp = ((c & 0x0Fu) << 12) | ((u[i + 1] & 0x3Fu) << 6) | (u[i + 2] & 0x3Fu);
            memcpy(shown + len, s + i, 3);
            if ((han[cp >> 6] >> (cp & 63)) & 1)
                cc_utf8_encode(cc_fold_han(cp), b + len);
            else
                memcpy(b + len, s + i, 3);
            len += 3;
            i += 3;
            continue;
        }
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        if (!k)
            return false;
        unsigned f = cc_fold_width(cp);
        /* spaces between two Chinese characters carry nothing: "个 百 分 点" */
        if (f == ' ' && len > 0 && S_cjk_before(b, len) && S_cjk_at(s + i + k, n - i - k))
            f = 0;
        if (f == 0) {
            i += k;
            continue;
        }
        /* 、 is a list separator, not a thousands separator: keep it */
        if (cp == 0x3001)
            f = cp;
        cc_utf8_encode(f, shown + len);
        len += cc_utf8_encode(f, b + len);
        i += k;
    }
    b[len] = shown[len] = '\0';
    return true;
}

/* White space, and the asterisks of Markdown emphasis (提升了**3倍**). */
static void S_skip_ws(S_reader *r)
{
    while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '*'))
        r->i++;
}

static const cc_word *S_word(S_reader *r, unsigned mask)
{
    size_t len;
    const cc_word *w = cc_lex_match(r->s + r->i, r->n - r->i, mask, &len);
    if (w)
        r->i += len;
    return w;
}

static bool S_number(S_reader *r, cc_numeral *out, const char **err)
{
    if (r->i >= r->n)
        return false;
    return cc_numeral_scan(r->s + r->i, r->n - r->i, out, err);
}

/* Length of one code point that may belong to a counted noun (a CJK
 * ideograph or an ASCII letter), or 0. */
static size_t S_noun_char(const char *s, size_t n)
{
    unsigned cp;
    size_t k = cc_utf8_decode(s, n, &cp);
    if (!k)
        return 0;
    /* 半 (half) changes the number: 一个半小时 is not a count of 个半小时 */
    if (cp == 0x534A)
        return 0;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0x4E00 && cp <= 0x9FFF) ||
        (cp >= 0x3400 && cp <= 0x4DBF))
        return k;
    return 0;
}

/* "'INPUT': unexpected 'WHAT WAS THERE' what": at most a few code points
 * from at, and none from end on; S_err_at quotes up to the end of the
 * text. */
static char *S_err_span(const S_reader *r, const char *input, size_t at, size_t end, const char *what)
{
    if (r->quiet)
        return NULL;
    if (end > r->n)
        end = r->n;
    size_t k = 0;
    for (int cps = 0; at + k < end && cps < 8; cps++) {
        unsigned cp;
        size_t step = cc_utf8_decode(r->s + at + k, r->n - at - k, &cp);
        if (!step)
            break;
        k += step;
    }
    /* the characters as written (shown): 成長, not the 成长 the reader read */
    return cc_xasprintf("'%s': unexpected '%.*s' %s", input, (int)k, r->shown + at, what);
}

/* Before the number: the words from at up to a digit, or up to where the
 * number starts (num, when known): 每秒 of 每秒3000次, abc of abc 30%. */
static char *S_err_before_number(const S_reader *r, const char *input, size_t at, size_t num)
{
    size_t end = at;
    while (end < num && end < r->n && !(r->s[end] >= '0' && r->s[end] <= '9'))
        end++;
    while (end > at + 1 && r->s[end - 1] == ' ')
        end--;
    return S_err_span(r, input, at, end > at ? end : r->n,
                      "before the number: expected a qualifier (约, 超过, up to …), a verb (提升了, increased by …) or a number");
}

static char *S_err_at(const S_reader *r, const char *input, size_t at, const char *what)
{
    return S_err_span(r, input, at, r->n, what);
}

static bool S_set_qual(S_reader *r, cc_qualifier q, size_t at, const char *input, char **err)
{
    /* 20%-30%左右: about, after a range of two numbers */
    if (r->range && q == CC_QUAL_APPROX) {
        r->about = true;
        return true;
    }
    if (r->has_qual && r->qual != q) {
        *err = S_err_at(r, input, at, "(a second qualifier contradicts the first): expected one qualifier");
        return false;
    }
    r->has_qual = true;
    r->qual = q;
    return true;
}

static bool S_set_dir(S_reader *r, cc_direction d, size_t at, const char *input, char **err)
{
    if (r->dir != CC_DIR_NONE && r->dir != d) {
        *err = S_err_at(r, input, at, "(the words say both up and down): expected one direction");
        return false;
    }
    r->dir = d;
    return true;
}

static bool S_apply_verbish(S_reader *r, const cc_word *w, size_t at, const char *input, char **err)
{
    if (w->flags & CC_WF_BY)
        r->by = true;
    if (w->flags & CC_WF_LEVEL)
        r->level = true;
    if (w->flags & CC_WF_SPEED)
        r->speed = true;
    return S_set_dir(r, (cc_direction)w->arg, at, input, err);
}

static bool S_starts_digits(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        i++;
    if (i < n && s[i] == '.')
        i++;
    return i < n && s[i] >= '0' && s[i] <= '9';
}

static bool S_ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Does a unit that a word of several alone can count come next, after
 * spaces (cc_lex_several_unit)? */
static bool S_several_unit_next(const S_reader *r)
{
    size_t i = r->i, len;
    while (i < r->n && r->s[i] == ' ')
        i++;
    const cc_word *u = cc_lex_match(r->s + i, r->n - i, CC_W_UNIT, &len);
    return cc_lex_several_unit(u, len);
}

/* After an English verb, its object and then "by" before the number
 * (reduces latency by 30%, cut its costs by half): where "by" starts, or
 * (size_t)-1.  The object is a few English words.  After a verb of going
 * down (`down`), "in half" stands for "by half" (cut its costs in half, cut
 * in half): where "half" starts. */
static size_t S_object_by(const S_reader *r, bool down)
{
    size_t i = r->i;
    while (i < r->n && r->s[i] == ' ')
        i++;
    for (int words = 0; words < 5 && i < r->n; words++) {
        if (down && r->n - i >= 7 && (r->s[i] | 0x20) == 'i' && (r->s[i + 1] | 0x20) == 'n' && r->s[i + 2] == ' ' &&
            strncmp(r->s + i + 3, "half", 4) == 0 && (r->n == i + 7 || !S_ascii_letter(r->s[i + 7])))
            return i + 3;
        /* a word of the object starts with a letter, and may have digits
         * (outperforms GPT-4 by 20%) */
        size_t w = i;
        while (i < r->n && (S_ascii_letter(r->s[i]) || r->s[i] == '-' || r->s[i] == '\'' ||
                            (i > w && r->s[i] >= '0' && r->s[i] <= '9')))
            i++;
        if (i == w || i >= r->n || r->s[i] != ' ')
            return (size_t)-1;
        while (i < r->n && r->s[i] == ' ')
            i++;
        if (r->n - i > 3 && (r->s[i] == 'b' || r->s[i] == 'B') && (r->s[i + 1] | 0x20) == 'y' &&
            r->s[i + 2] == ' ')
            return i;
    }
    return (size_t)-1;
}

/* The length of a time unit at s[i] (小时, 天, min …), or 0. */
static size_t S_time_unit_at(const S_reader *r, size_t i)
{
    size_t len;
    return i < r->n && cc_lex_time_unit(r->s + i, r->n - i, &len) ? len : 0;
}

/* The numeral times mul / div, its precision too (a share in %, basis
 * points, 一半 as a factor); dividing keeps 35 / 100 the double of 0.35. */
static void S_scale(cc_numeral *m, double mul, double div)
{
    m->value = m->value * mul / div;
    m->step = m->step * mul / div;
    m->nz_step = m->nz_step * mul / div;
}

/* 1小时30分钟, 2 hours 30 minutes: a duration in two units is one figure
 * in the smaller unit (90 min), written to the precision of its second
 * number. */
static void S_duration_rest(S_reader *r)
{
    cc_numeral m2;
    cc_unit_id u2;
    size_t k = cc_lex_duration_rest(r->s + r->i, r->n - r->i, r->unit, &m2, &u2);
    if (!k)
        return;
    double per = cc_unit_seconds(cc_unit_name(r->unit)) / cc_unit_seconds(cc_unit_name(u2));
    r->num.value = r->num.value * per + m2.value;
    r->num.step = m2.step;
    r->num.nz_step = m2.nz_step;
    r->num.flags = (r->num.flags & (CC_NUM_CHINESE | CC_NUM_WORDS)) | m2.flags;
    r->unit = u2;
    r->i += k;
}

/* 一个半小时, 两天半: and a half, which is exact */
static void S_add_half(S_reader *r)
{
    r->num.value += 0.5;
    r->num.step = r->num.nz_step = 0;
    r->num.flags |= CC_NUM_EXACT;
}

/* Does the text at i start with t? */
static bool S_at_text(const S_reader *r, size_t i, const char *t)
{
    size_t k = strlen(t);
    return i <= r->n && r->n - i >= k && memcmp(r->s + i, t, k) == 0;
}

/* Does a number start at the reader's position? */
static bool S_numeral_at(const S_reader *r)
{
    cc_numeral m;
    const char *ignored = NULL;
    return cc_numeral_scan(r->s + r->i, r->n - r->i, &m, &ignored);
}

/* 是H100的3倍, 最高可达友商的1.2倍, 超过总收入的30%: the object of a
 * comparison, from r->i (what no word read: 是 and 为 are part of it) to a
 * 的 right before the number, or to the pronoun 其 (为其一半: half of it).
 * Where the number starts, or 0.  Its letters, digits and dashes may name
 * a product (H100, GPT-4, RTX 4090). */
#define S_OBJECT_MAX 16 /* code points */
static size_t S_object_of(const S_reader *r)
{
    size_t i = r->i;
    for (int cps = 0; cps < S_OBJECT_MAX && i < r->n; cps++) {
        /* 为其一半, 是其3倍: 其 (its) is the object, with no 的 */
        if ((S_at_text(r, i, "其") || (cps > 0 && S_at_text(r, i, "的"))) && i + 3 < r->n) {
            cc_numeral m;
            const char *ignored = NULL;
            size_t len, at = i + 3;
            /* a qualifier first: 是上一代的近3倍, 约为H100的约2倍 */
            if (cc_lex_match(r->s + at, r->n - at, CC_W_PREQUAL, &len) && len)
                at += len;
            /* the number, or a word of "several" (是对手的数十倍) */
            if (cc_numeral_scan(r->s + at, r->n - at, &m, &ignored) ||
                cc_lex_match(r->s + at, r->n - at, CC_W_SEVERAL, &len))
                return i + 3;
        }
        size_t k = S_noun_char(r->s + i, r->n - i);
        char c = r->s[i];
        if (!k && ((c >= '0' && c <= '9') || c == '-' || c == '.' || (c == ' ' && cps > 0)))
            k = 1;
        if (!k)
            return 0;
        i += k;
    }
    return 0;
}

/* 半小时, 半天: half a unit of time, exactly */
static bool S_half_unit(S_reader *r)
{
    if (!S_at_text(r, r->i, "半") || !S_time_unit_at(r, r->i + 3))
        return false;
    memset(&r->num, 0, sizeof r->num);
    r->num.value = 0.5;
    r->num.len = 3;
    r->num.flags = CC_NUM_CHINESE | CC_NUM_EXACT;
    r->num_at = r->i;
    return true;
}

/* Words before the number.  Unknown words are allowed only as a subject
 * before a verb ("性能提升了3倍"): the verb must follow; and as the object
 * of an English verb when "by" and the number follow it (reduces latency
 * by 30%). */
static bool S_read_prefix(S_reader *r, const char *input, char **err, const char **numerr)
{
    const cc_word *prev = NULL; /* the word read before */
    while (true) {
        S_skip_ws(r);
        if (r->i >= r->n)
            break;
        if (r->s[r->i] == '+' && r->i + 1 < r->n &&
            ((r->s[r->i + 1] >= '0' && r->s[r->i + 1] <= '9') || r->s[r->i + 1] == '.')) {
            r->plus = true;
            r->i++;
            continue;
        }
        if (S_half_unit(r))
            return true;
        if (S_number(r, &r->num, numerr)) {
            r->num_at = r->i;
            return true;
        }
        /* the numeral reader also fails where no number starts ("约"): only
         * a failure on a digit is the figure's error (1e400, 41 digits) */
        if (*numerr && S_starts_digits(r->s + r->i, r->n - r->i))
            return false;
        *numerr = NULL;
        size_t at = r->i;
        const cc_word *w =
            S_word(r, CC_W_PREQUAL | CC_W_VERB | CC_W_LEVELPRE | CC_W_FILLER | CC_W_IDIOM | CC_W_SEVERAL | CC_W_PREUNIT |
                          CC_W_PER | CC_W_MONEY);
        /* 提升至少20%: the verb 提升 and 至少 (at least), not 提升至 (raise
         * to) and 少; 降至少于5ms stays 降至 and 少于 */
        static const char zhi[] = "至", shao[] = "少", yu[] = "于";
        if (w && w->cls == CC_W_VERB && r->i - at > 3 && memcmp(r->s + r->i - 3, zhi, 3) == 0 && r->i + 3 <= r->n &&
            memcmp(r->s + r->i, shao, 3) == 0 && !(r->i + 6 <= r->n && memcmp(r->s + r->i + 3, yu, 3) == 0)) {
            const cc_word *stem = cc_lex_match_all(r->s + at, r->i - at - 3, CC_W_VERB);
            if (stem) {
                w = stem;
                r->i -= 3;
            }
        }
        /* raised rates by 25 basis points; not raised $150 million */
        if (w && w->cls == CC_W_VERB && (w->flags & CC_WF_OBJECT) && S_object_by(r, w->arg == CC_DIR_DOWN) == (size_t)-1) {
            r->i = at;
            w = NULL;
        }
        /* 数倍, several times, 数天, several weeks: 数, 几 and several
         * alone are a number only right before 倍, times or a unit of time
         * (数据, 几个, several people are none) */
        if (w && w->cls == CC_W_SEVERAL && w->arg == 0 && !S_several_unit_next(r)) {
            r->i = at;
            w = NULL;
        }
        if (w && w->cls == CC_W_SEVERAL) {
            /* 数十次: the words are the number */
            r->several = true;
            r->several_times = w->arg == 0;
            r->num_at = at;
            r->num.value = r->num.step = r->num.nz_step = pow(10, w->arg);
            r->num.len = 0;
            /* tens of millions, hundreds of thousands of users */
            double scale;
            if ((w->flags & CC_WF_ASCII) && !r->several_times) {
                r->i += cc_plural_scale(r->s + r->i, r->n - r->i, &scale);
                r->num.value = r->num.step = r->num.nz_step = r->num.value * scale;
            }
            r->num.flags = 0;
            return true;
        }
        /* A100: an English word of one letter glued to digits is part of a
         * name (the A of A100 is no article "a") */
        if (w && (w->flags & CC_WF_ASCII) && r->i - at == 1 && r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9') {
            r->i = at;
            w = NULL;
        }
        if (!w && prev && cc_lex_takes_object(prev)) {
            size_t by = S_object_by(r, prev->arg == CC_DIR_DOWN);
            if (by != (size_t)-1) {
                r->i = by;
                continue;
            }
        }
        if (!w && !r->object_len) {
            size_t num = S_object_of(r);
            if (num) {
                r->object_at = at;
                r->object_len = num - at;
                r->i = num;
                continue;
            }
        }
        if (!w) {
            size_t k = S_noun_char(r->s + r->i, r->n - r->i);
            if (!k || r->verb_at != (size_t)-1) {
                *err = S_err_before_number(r, input, at, r->n);
                return false;
            }
            if (!r->subject)
                r->subject_at = at;
            r->subject = true;
            r->i += k;
            /* an English word is skipped whole: "users" holds no "rs" (rupees) */
            if (k == 1 && S_ascii_letter(r->s[r->i - 1]))
                while (r->i < r->n && S_ascii_letter(r->s[r->i]))
                    r->i++;
            r->subject_len = r->i - r->subject_at;
            continue;
        }
        bool bare_verb = prev && prev->cls == CC_W_VERB && (prev->flags & CC_WF_ASCII) && !strchr(prev->text, ' ');
        prev = w;
        switch (w->cls) {
        case CC_W_PREQUAL:
            if (!S_set_qual(r, (cc_qualifier)w->arg, at, input, err))
                return false;
            /* fell below 0.5%, rose above 90%: where the verb went, a new
             * level (fell less than 5% and rose over 20% are changes) */
            if (bare_verb && (strcmp(w->text, "below") == 0 || strcmp(w->text, "under") == 0 ||
                              strcmp(w->text, "above") == 0)) {
                r->level = true;
                r->by = false;
            }
            break;
        case CC_W_VERB:
            if (r->verb_at == (size_t)-1)
                r->verb_at = at;
            if (!S_apply_verbish(r, w, at, input, err))
                return false;
            break;
        case CC_W_LEVELPRE:
            r->level = true;
            r->of_before = true;
            break;
        case CC_W_PER:
            /* 每秒: the time after 每 */
            r->per_at = at + 3;
            r->per_len = r->i - at - 3;
            r->per_unit = (cc_unit_id)w->arg;
            break;
        case CC_W_MONEY:
            /* $3 million: the currency, then the number itself */
            r->money_at = at;
            r->money_len = r->i - at;
            S_skip_ws(r);
            if (!S_numeral_at(r)) {
                *err = S_err_at(r, input, r->i, "after the currency: expected its number ($3 million, ¥100)");
                return false;
            }
            break;
        case CC_W_PREUNIT:
            r->unit = (cc_unit_id)w->arg;
            /* increased by a factor of 3: the ratio itself, one reading */
            r->factor = r->unit == CC_U_X;
            break;
        case CC_W_IDIOM:
            if (r->verb_at == (size_t)-1)
                r->verb_at = at;
            r->idiom = w->arg;
            /* 翻了近一番: nearly doubled, the qualifier inside the idiom */
            if ((w->flags & CC_WF_NEARLY) && !S_set_qual(r, CC_QUAL_NEARLY, at, input, err))
                return false;
            if (!S_set_dir(r, w->arg < 10 ? CC_DIR_DOWN : CC_DIR_UP, at, input, err))
                return false;
            return true;
        default:
            break;
        }
    }
    return true;
}

/* One Chinese numeral character 一 … 九 read at offset at. */
static bool S_zh_digit(const cc_numeral *m, size_t at, const S_reader *r)
{
    unsigned cp;
    return (m->flags & CC_NUM_CHINESE) && m->value >= 1 && m->value <= 9 && m->step == 1 &&
           cc_utf8_decode(r->s + at, r->n - at, &cp) == m->len;
}

/* Is the code point at `at` a Chinese digit 1..9 (one code point read as a number)? */
static bool S_zh_digit_at(const S_reader *r, size_t at)
{
    unsigned cp;
    size_t k = at < r->n ? cc_utf8_decode(r->s + at, r->n - at, &cp) : 0;
    cc_numeral m;
    return k == 3 && cc_numeral_scan(r->s + at, k, &m, NULL) && S_zh_digit(&m, at, r);
}

/* Does the first number end in one Chinese digit that is all its value:
 * 三, or 百分之三? */
static bool S_zh_low_digit(const S_reader *r)
{
    if (S_zh_digit(&r->num, r->num_at, r))
        return true;
    static const char pct[] = "百分之";
    return (r->num.flags & CC_NUM_PERCENT) && r->num.len == sizeof pct - 1 + 3 &&
           memcmp(r->s + r->num_at, pct, sizeof pct - 1) == 0 && S_zh_digit_at(r, r->num_at + sizeof pct - 1) &&
           r->num.step == 1;
}

/* The scale word a numeral ends with (五万 1e4, 5 million 1e6, 5k 1e3), or
 * 1 when it ends with none; its text is s[0, n).  The words are those the
 * numeral reader scales by (numeral.c: S_en_scales, S_arabic_tail's
 * suffixes, the Chinese 万 亿); a word missing here is a range that does
 * not lend it (3-5 lakh read 3 to 500000), which tests/spec/figures.tsv
 * holds for each. */
static double S_trailing_scale(const char *s, size_t n)
{
    static const struct {
        const char *w;
        double scale;
    } scales[] = {
        {"万亿", 1e12},      {"萬億", 1e12},       {"兆", 1e12},       {"千亿", 1e11},     {"千億", 1e11},
        {"百亿", 1e10},      {"百億", 1e10},       {"亿", 1e8},        {"億", 1e8},        {"千万", 1e7},
        {"千萬", 1e7},       {"百万", 1e6},        {"百萬", 1e6},      {"万", 1e4},        {"萬", 1e4},
        {"千", 1e3},         {"百", 1e2},          {"trillion", 1e12}, {"billion", 1e9},   {"million", 1e6},
        {"thousand", 1e3},   {"hundred", 1e2},     {"dozen", 12},      {"dozens", 12},     {"bn", 1e9},
        {"bln", 1e9},        {"mn", 1e6},          {"mln", 1e6},       {"tn", 1e12},       {"tln", 1e12},
        /* the Indian scales, a lakh of crores first */
        {"lakh crore", 1e12}, {"lakh crores", 1e12}, {"lakh", 1e5},      {"lakhs", 1e5},     {"crore", 1e7},
        {"crores", 1e7},     {"k", 1e3},           {"K", 1e3},         {"M", 1e6},         {"G", 1e9},
        {"B", 1e9},          {"T", 1e12}};
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    for (size_t i = 0; i < sizeof scales / sizeof scales[0]; i++) {
        size_t k = strlen(scales[i].w);
        if (n > k && memcmp(s + n - k, scales[i].w, k) == 0)
            return scales[i].scale;
    }
    return 1;
}

/* " millions of": internal.h says what it reads. */
size_t cc_plural_scale(const char *s, size_t n, double *scale)
{
    static const struct {
        const char *w;
        double scale;
    } scales[] = {{" thousands", 1e3}, {" millions", 1e6}, {" billions", 1e9}, {" trillions", 1e12}};
    *scale = 1;
    for (size_t k = 0; k < sizeof scales / sizeof scales[0]; k++) {
        size_t len = strlen(scales[k].w);
        if (n >= len && memcmp(s, scales[k].w, len) == 0 && (len == n || !S_noun_char(s + len, n - len))) {
            *scale = scales[k].scale;
            return n - len > 4 && memcmp(s + len, " of ", 4) == 0 ? len + 3 : len;
        }
    }
    return 0;
}

/* 10元到100元: internal.h says what it reads. */
size_t cc_noun_range(const char *s, size_t n, cc_numeral *second)
{
    /* the noun: one to four Han characters (U+4E00 to U+9FFF: E4 B8 80 to
     * E9 BF BF), the same after the second number */
    size_t j = 0;
    while (j + 3 <= n && j < 12) {
        unsigned char c0 = (unsigned char)s[j], c1 = (unsigned char)s[j + 1], c2 = (unsigned char)s[j + 2];
        if (c0 < 0xE4 || c0 > 0xE9 || (c0 == 0xE4 && c1 < 0xB8) || (c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80)
            break;
        j += 3;
        /* the separators: - ~ and 到 至 ～ 〜 – — (lead bytes E5 E8 EF E3 E2) */
        unsigned char nx = j < n ? (unsigned char)s[j] : 0;
        if (!(nx == '-' || nx == '~' || nx == 0xE5 || nx == 0xE8 || nx == 0xEF || nx == 0xE3 || nx == 0xE2))
            continue;
        size_t len;
        const cc_word *sep = cc_lex_match(s + j, n - j, CC_W_RANGE, &len);
        if (!sep || !len || (sep->flags & CC_WF_ASCII))
            continue;
        size_t b = j + len;
        while (b < n && s[b] == ' ')
            b++;
        const char *err2 = NULL;
        if (!cc_numeral_scan(s + b, n - b, second, &err2) || second->len == 0)
            return 0;
        size_t e = b + second->len;
        while (e > b && s[e - 1] == ' ')
            e--;
        return n - e >= j && memcmp(s + e, s, j) == 0 ? e : 0;
    }
    return 0;
}

/* A range's second end lends its scale to a first end written without
 * one: 3-5万 is 30000 to 50000, 5-10 million 5 to 10 million, 三到五百
 * 300 to 500; and its 成 or 折 counts the first in tenths (两到三成 is 20%
 * to 30%, 5到7折 50% to 70%), as 20%-30% shares its %.  Only where the
 * first end, so scaled, stays below the second: 一到一百 is 1 to 100. */
static void S_range_scale(S_reader *r)
{
    const char *a = r->s + r->i;
    size_t n = r->num2.len;
    if (r->num.flags & CC_NUM_PERCENT)
        return;
    if (r->num2.flags & CC_NUM_PERCENT) {
        if (r->num.value >= 10)
            return;
        for (size_t t = 0; t + 3 <= n; t++)
            if (memcmp(a + t, "成", 3) == 0 || memcmp(a + t, "折", 3) == 0) {
                S_scale(&r->num, 10, 1);
                r->num.flags |= CC_NUM_PERCENT;
                return;
            }
        return;
    }
    const char *f = r->s + r->num_at;
    if (S_trailing_scale(f, r->num.len) != 1)
        return;
    double scale = S_trailing_scale(a, n);
    if (scale != 1 && r->num.value * scale < r->num2.value)
        S_scale(&r->num, scale, 1);
}

/* "20%-30%", "20到30倍", "between 20 and 30": a second number after a separator. */
static bool S_read_range(S_reader *r)
{
    size_t save = r->i;
    S_skip_ws(r);
    const cc_word *u = S_word(r, CC_W_UNIT);
    S_skip_ws(r);
    const cc_word *sep = S_word(r, CC_W_RANGE);
    S_skip_ws(r);
    /* $3-$5, $3 to $5: the currency again before the second number */
    if (sep && r->money_len && r->n - r->i > r->money_len && memcmp(r->s + r->i, r->s + r->money_at, r->money_len) == 0)
        r->i += r->money_len;
    const char *ignored = NULL;
    if (sep && S_number(r, &r->num2, &ignored)) {
        /* a unit after the first end comes again after the second (20%-30%,
         * 5分钟到10分钟; a different one is an error below): "rose 12% to
         * 1.5 million" is no range */
        size_t after = r->i + r->num2.len, len;
        while (after < r->n && (r->s[after] == ' ' || r->s[after] == '\t'))
            after++;
        const cc_word *u2 = u ? cc_lex_match(r->s + after, r->n - after, CC_W_UNIT, &len) : NULL;
        /* 2 hours and 30 minutes is one duration (S_duration_rest), not a range */
        bool duration = u && u2 && cc_unit_is_time(u->arg) && cc_unit_is_time(u2->arg) &&
                        cc_unit_seconds(cc_unit_name(u2->arg)) < cc_unit_seconds(cc_unit_name(u->arg));
        if ((!u || u2) && !duration) {
            r->range = true;
            S_range_scale(r);
            r->i += r->num2.len;
            r->range_unit = u ? (cc_unit_id)u->arg : CC_U_NONE;
            return true;
        }
    }
    /* 10元到100元, 5万台到10万台: the noun after each end */
    if (!u && !sep) {
        size_t k = cc_noun_range(r->s + save, r->n - save, &r->num2);
        if (k) {
            r->range = true;
            r->i = save + k;
            return true;
        }
    }
    /* 三五天, 七八倍: two Chinese digits side by side are a range */
    if (!u && !sep && S_zh_digit(&r->num, r->num_at, r) && S_number(r, &r->num2, &ignored) &&
        S_zh_digit(&r->num2, r->i, r) && r->num2.value > r->num.value) {
        r->range = true;
        r->i += r->num2.len;
        return true;
    }
    /* 二三十, 三四百, 三四成, 百分之二三十: a digit before the next digits
     * and their place stands in that place, 20-30 (三十 alone is 3 x 10) */
    r->i = save;
    if (!u && !sep && S_zh_low_digit(r) && S_number(r, &r->num2, &ignored) && (r->num2.flags & CC_NUM_CHINESE) &&
        S_zh_digit_at(r, r->i)) {
        double place = r->num2.step, d2 = r->num2.value / place;
        if (place >= 10 && d2 == floor(d2) && d2 > r->num.value && d2 <= 9) {
            r->num.value *= place;
            r->num.step = r->num.nz_step = place;
            r->range = true;
            r->i += r->num2.len;
            return true;
        }
    }
    r->i = save;
    return false;
}

/* The number is the factor itself, the new level, up above one and down
 * below it: half as fast and half the cost are 0.5x, twice as much 2x. */
static bool S_as_level(S_reader *r, bool speed, size_t at, const char *input, char **err)
{
    if (r->unit == CC_U_NONE && (r->num.flags & CC_NUM_PERCENT)) {
        S_scale(&r->num, 1, 100);
        r->num.flags &= ~(unsigned)CC_NUM_PERCENT;
    }
    if (r->unit == CC_U_NONE)
        r->unit = CC_U_X;
    r->level = true;
    if (speed)
        r->speed = true;
    double v = r->idiom ? r->idiom / 10.0 : r->num.value;
    return v == 1 || S_set_dir(r, v > 1 ? CC_DIR_UP : CC_DIR_DOWN, at, input, err);
}

static bool S_read_suffix(S_reader *r, const char *input, char **err)
{
    /* 一个半小时, 两个半天: and a half, before the unit of time (exactly) */
    if (S_at_text(r, r->i, "个半") && S_time_unit_at(r, r->i + 6)) {
        S_add_half(r);
        r->i += 6;
    }
    /* 30-minute, 3-day, 20-percent: an English unit joined by a hyphen */
    if (r->i + 1 < r->n && r->s[r->i] == '-' && ((r->s[r->i + 1] | 0x20) >= 'a' && (r->s[r->i + 1] | 0x20) <= 'z')) {
        size_t len;
        const cc_word *w = cc_lex_match(r->s + r->i + 1, r->n - r->i - 1, CC_W_UNIT, &len);
        if (w && (w->flags & CC_WF_ASCII))
            r->i++;
    }
    while (true) {
        S_skip_ws(r);
        if (r->i >= r->n)
            return true;
        size_t at = r->i;
        const cc_word *w = S_word(r, CC_W_SUFQUAL | CC_W_UNIT | CC_W_SUFDIR | CC_W_FILLER | CC_W_PERIOD);
        /* 10周年 is an anniversary: 周年 is a counted noun, not weeks; 个点
         * is percentage points only after a verb of change, and not in 点位 */
        if (w && w->cls == CC_W_UNIT &&
            ((w->arg == CC_U_WK && S_at_text(r, r->i, "年")) ||
             ((w->flags & CC_WF_OBJECT) && (r->dir == CC_DIR_NONE || S_at_text(r, r->i, "位"))))) {
            r->i = at;
            w = NULL;
        }
        if (w) {
            switch (w->cls) {
            case CC_W_SUFQUAL:
                if (w->flags & CC_WF_STEP)
                    r->duo = true;
                if (!S_set_qual(r, (cc_qualifier)w->arg, at, input, err))
                    return false;
                break;
            case CC_W_UNIT:
                /* 加速比达3.5倍, a factor of 3x: the multiplier said twice is one */
                if (r->unit != CC_U_NONE && !(r->factor && w->arg == CC_U_X)) {
                    *err = S_err_at(r, input, at, "after the number: expected one unit");
                    return false;
                }
                r->unit = (cc_unit_id)w->arg;
                /* 两天半, 一小时半: and a half, after the unit of time (exactly) */
                if (cc_unit_is_time(w->arg) && S_at_text(r, r->i, "半") && !S_time_unit_at(r, r->i + 3)) {
                    S_add_half(r);
                    r->i += 3;
                } else if (cc_unit_is_time(w->arg) && !r->range) {
                    S_duration_rest(r);
                }
                break;
            case CC_W_SUFDIR: {
                /* half as fast, 3 times as much: the number is the factor
                 * itself, the new level, up above one and down below it
                 * (half as fast is 0.5x, not 50% faster) */
                if (w->flags & CC_WF_EQUAL) {
                    if (!S_as_level(r, (w->flags & CC_WF_SPEED) != 0, at, input, err))
                        return false;
                    break;
                }
                /* 80%的性能 with no verb: a share of the performance, no
                 * change (3倍的性能 is the new level, up) */
                if ((w->flags & CC_WF_LEVEL) && !(w->flags & (CC_WF_SPEED | CC_WF_BY)) && r->dir == CC_DIR_NONE &&
                    (r->unit == CC_U_PERCENT || (r->num.flags & CC_NUM_PERCENT)))
                    break;
                /* 3x speedup is the new level (DESIGN 1.3); 50% speedup, like
                 * 50% faster, is a change of +50% */
                bool was_level = r->level, had_by = r->by;
                if (!S_apply_verbish(r, w, at, input, err))
                    return false;
                if (!was_level && (w->flags & CC_WF_SPEED) &&
                    (r->unit == CC_U_PERCENT || (r->num.flags & CC_NUM_PERCENT)))
                    r->level = false;
                /* 3倍的性能 is the new level, but after a verb of "by" the
                 * verb decides: 提升了30%的性能 is +30% */
                if (!was_level && had_by && !(w->flags & (CC_WF_SPEED | CC_WF_BY)))
                    r->level = false;
                break;
            }
            default:
                break;
            }
            continue;
        }
        /* 30%的用户, 三成的用户, 三分之一的时间: 的 and the whole a share is
         * of, which is no counted noun */
        if (r->noun_len == 0 && S_at_text(r, r->i, "的") && S_noun_char(r->s + r->i + 3, r->n - r->i - 3) &&
            (r->unit == CC_U_PERCENT ||
             (r->unit == CC_U_NONE && (r->num.flags & (CC_NUM_PERCENT | CC_NUM_FRACTION)) && !r->range))) {
            r->i += 3;
            size_t k;
            while (r->i < r->n && (k = S_noun_char(r->s + r->i, r->n - r->i)) != 0)
                r->i += k;
            continue;
        }
        /* 2x the performance, twice the speed, half the cost, one-third
         * the power, 1.6 times that of its predecessor: a factor before
         * "the" (or "that of") and its object, which is the rest of the
         * figure, is the new level, as "as much" is */
        if (r->noun_len == 0 && r->n - r->i > 4 &&
            (memcmp(r->s + r->i, "the ", 4) == 0 || S_at_text(r, r->i, "that of ") || S_at_text(r, r->i, "those of ")) &&
            !r->range &&
            (r->unit == CC_U_X || r->idiom ||
             (r->unit == CC_U_NONE && (r->num.flags & CC_NUM_WORDS) &&
              (r->num.flags & (CC_NUM_PERCENT | CC_NUM_FRACTION))))) {
            if (!S_as_level(r, false, at, input, err))
                return false;
            r->i = r->n;
            continue;
        }
        /* $5m, £2.5m: an m glued to a sum of money is millions (as $5M is) */
        if (r->money_len && r->noun_len == 0 && r->unit == CC_U_NONE && r->s[r->i] == 'm' &&
            r->s[r->i - 1] >= '0' && r->s[r->i - 1] <= '9' &&
            (r->i + 1 == r->n || !(S_ascii_letter(r->s[r->i + 1]) || (r->s[r->i + 1] >= '0' && r->s[r->i + 1] <= '9')))) {
            S_scale(&r->num, 1e6, 1);
            r->i++;
            continue;
        }
        /* $2 per hour, $2/h: the price of a time */
        if (r->money_len && !r->money_per && r->noun_len == 0 && r->unit == CC_U_NONE) {
            size_t from = r->s[r->i] != '/' && r->s[r->i - 1] == ' ' ? r->i - 1 : r->i;
            size_t per = cc_lex_per_time(r->s + from, r->n - from);
            if (per) {
                size_t unit_at = from + (r->s[from] == '/' ? 1 : 5), len;
                r->money_per = (cc_unit_id)cc_lex_time_unit(r->s + unit_at, r->n - unit_at, &len)->arg;
                r->i = from + per;
                continue;
            }
        }
        if (r->noun_len == 0 && r->unit == CC_U_NONE && S_noun_char(r->s + r->i, r->n - r->i) &&
            !S_numeral_at(r)) {
            r->noun_at = r->i;
            size_t k;
            while (r->i < r->n && (k = S_noun_char(r->s + r->i, r->n - r->i)) != 0) {
                size_t len;
                if (r->i > r->noun_at && cc_lex_match(r->s + r->i, r->n - r->i, CC_W_SUFQUAL, &len))
                    break;
                /* a second number is not part of the noun: 一个半小时, 两年三个月 */
                if (k > 1 && S_numeral_at(r))
                    break;
                r->i += k;
            }
            /* an acronym before a plural names it: 64 CPU cores, 5 AWS regions */
            size_t pl = r->i + 1, caps = 0;
            while (r->noun_at + caps < r->i && r->s[r->noun_at + caps] >= 'A' && r->s[r->noun_at + caps] <= 'Z')
                caps++;
            if (caps >= 2 && r->noun_at + caps == r->i && pl < r->n && r->s[r->i] == ' ') {
                while (pl < r->n && ((r->s[pl] | 0x20) >= 'a' && (r->s[pl] | 0x20) <= 'z'))
                    pl++;
                if (pl >= r->i + 4 && (r->s[pl - 1] | 0x20) == 's' && (pl == r->n || !S_noun_char(r->s + pl, r->n - pl)))
                    r->i = pl;
            }
            /* a rate: 1,850 tokens/s, 3000个/秒, 200 requests per second;
             * or per a measure: 2.5 TFLOPS/W, 300 Wh/kg */
            size_t per = cc_lex_per_time(r->s + r->i, r->n - r->i);
            r->i += per ? per : cc_symbol_per_len(r->s + r->i, r->n - r->i);
            r->noun_len = r->i - r->noun_at;
            if (r->noun_len > S_NOUN_MAX) {
                *err = S_err_at(r, input, r->noun_at, "after the number: too long for a counted noun; expected a short one (人, 个, operators)");
                return false;
            }
            continue;
        }
        /* 百分之, 三分之: a fraction with its part left out */
        if (at >= 3 && S_at_text(r, at - 3, "分之")) {
            *err = S_err_at(r, input, at, "after the number: a fraction needs the part after 分之: expected 百分之三十 or 三分之一");
            return false;
        }
        *err = S_err_at(r, input, at, "after the number: expected a unit (%, 倍, x, 分钟 …), a qualifier (多, 以上, 以内 …) or the end");
        return false;
    }
}

/* 10^-8 .. 10^23, each the double nearest (10^0 .. 10^22 exactly). */
static const double S_p10[] = {1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0,  1e1,  1e2,  1e3,
                               1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23};
#define S_P10(e) S_p10[(e) + 8]

/* floor(log10(ax)) for ax > 0: by the table, and by log10 itself where ax
 * is so near a power of ten that log10's rounding could say otherwise. */
static int S_decade(double ax)
{
    if (!(ax >= 1e-8 && ax < 1e15))
        return (int)floor(log10(ax));
    int e = -8;
    while (ax >= S_P10(e + 1))
        e++;
    if (ax < S_P10(e) * (1 + 1e-12) || ax > S_P10(e + 1) * (1 - 1e-12))
        return (int)floor(log10(ax));
    return e;
}

/* Bounds computed from decimal figures carry binary noise (30 * 1.1 =
 * 33.000000000000004): keep fifteen significant digits. */
static double S_clean(double x)
{
    if (!isfinite(x) || x == 0 || (x == floor(x) && fabs(x) < 1e15))
        return x;
    int e = S_decade(fabs(x));
    /* 15 significant digits; while 10^(14-e) is an exact double (as the
     * table's are, up to 10^22) the quotient below is the double nearest
     * that decimal, as strtod gives */
    if (e >= -8 && e <= 14) {
        double scale = S_P10(14 - e);
        return round(x * scale) / scale;
    }
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%.15g", x);
    return strtod(tmp, NULL);
}

static cc_interval S_clean_iv(cc_interval a)
{
    return cc_iv(S_clean(a.lo), S_clean(a.hi), a.lo_open, a.hi_open);
}

/* A qualifier around v (exact: half of step either way); a non-negative
 * figure stays non-negative. */
static cc_interval S_qualified(cc_qualifier q, double v, double step, const cc_tolerance *tol)
{
    double lo0 = v < 0 ? -INFINITY : 0;
    switch (q) {
    case CC_QUAL_APPROX:
        return cc_iv(v - fabs(v) * tol->approx, v + fabs(v) * tol->approx, false, false);
    case CC_QUAL_NEARLY:
        return cc_iv(v - fabs(v) * tol->nearly, v, false, true);
    case CC_QUAL_MORE_THAN:
        return cc_iv(v, INFINITY, true, true);
    case CC_QUAL_AT_LEAST:
        return cc_iv(v, INFINITY, false, true);
    case CC_QUAL_LESS_THAN:
        return cc_iv(lo0, v, lo0 < 0, true);
    case CC_QUAL_AT_MOST:
    case CC_QUAL_UP_TO:
        return cc_iv(lo0, v, lo0 < 0, false);
    default:
        return cc_iv(v >= 0 ? fmax(0, v - step / 2) : v - step / 2, v + step / 2, false, false);
    }
}

/* The one place where a qualifier and the written precision become an interval. */
static cc_interval S_interval(const S_reader *r, double v, const cc_tolerance *tol)
{
    const cc_numeral *m = &r->num;
    if (r->range && r->about)
        return cc_iv(v - fabs(v) * tol->approx, r->num2.value + fabs(r->num2.value) * tol->approx, false, false);
    if (r->range)
        return cc_iv(v, r->num2.value, false, false);
    if (r->idiom) {
        /* doubled, 翻番 are the factor itself; a qualifier bounds it (nearly
         * doubled is [1.8, 2)), and below one (halved, 减半) it bounds the
         * divisor, as in "nearly 10 times smaller": nearly halved is
         * (0.5, 0.556] */
        if (r->qual == CC_QUAL_EXACT)
            return cc_iv_point(v);
        if (v >= 1)
            return S_qualified(r->qual, v, 0, tol);
        bool ok;
        return cc_iv_recip(S_qualified(r->qual, 1 / v, 0, tol), &ok);
    }
    if (r->several)
        return cc_iv(v, v * 10, true, true);
    /* an order of magnitude is 10x to half an order either way: [10^0.5, 10^1.5) */
    if (r->orders && !r->duo && (r->qual == CC_QUAL_EXACT || r->qual == CC_QUAL_APPROX))
        return cc_iv(pow(10, r->orders - 0.5), pow(10, r->orders + 0.5), false, true);
    if (r->orders && r->qual == CC_QUAL_NEARLY)
        return cc_iv(pow(10, r->orders - 0.5), v, false, true);
    if (r->duo || (m->flags & CC_NUM_APPROX))
        return cc_iv(v, v + (m->nz_step > 0 ? m->nz_step : 1), true, true);
    return S_qualified(r->qual, v, m->step, tol);
}

/* A label as it is written: only its first CC_LABEL_MAX bytes can be
 * kept, so the rest is not written down (S_label cuts it). */
typedef struct {
    char s[CC_LABEL_MAX];
    size_t len;
} S_lab;

static void S_lab_put(S_lab *l, const char *s, size_t n)
{
    size_t room = CC_LABEL_MAX - l->len;
    if (n > room)
        n = room;
    memcpy(l->s + l->len, s, n);
    l->len += n;
}

/* A label says a number as a person would: as written, or six significant
 * digits of a quotient that does not end (1/3 of 100 is "33.3333"), however
 * many the interval carries (cc_num_format_readable). */
static void S_label_num(S_lab *l, double x)
{
    char tmp[CC_NUM_CHARS];
    S_lab_put(l, tmp, cc_num_format_readable(x, 0, tmp));
}

/* A reading's label: the figure as a reader says it ("3x", "+15%", "20-30%",
 * "1000 人"), cut to CC_LABEL_MAX at a code point boundary. */
static void S_label(cc_reading *rd, const char *sign, const cc_figure *f, double hi, double add, const char *sep,
                    const char *unit, const char *suffix)
{
    S_lab l = {.len = 0};
    S_lab_put(&l, sign, strlen(sign));
    S_label_num(&l, f->value + add);
    if (f->qualifier == CC_QUAL_RANGE) {
        S_lab_put(&l, "-", 1);
        S_label_num(&l, hi + add);
    }
    S_lab_put(&l, sep, strlen(sep));
    S_lab_put(&l, unit, strlen(unit));
    S_lab_put(&l, suffix, strlen(suffix));
    /* l holds the whole label when it is shorter than CC_LABEL_MAX, else
     * its first CC_LABEL_MAX bytes: enough to cut where the whole would be */
    size_t k = l.len < CC_LABEL_MAX ? l.len : CC_LABEL_MAX - 1;
    while (k > 0 && k < l.len && ((unsigned char)l.s[k] & 0xC0) == 0x80)
        k--;
    memcpy(rd->label, l.s, k);
    rd->label[k] = '\0';
}

static void S_readings(cc_figure *f, const S_reader *r)
{
    cc_reading *rd = f->readings;
    double hi = r->several ? f->value * 10 : r->num2.value;
    f->n_readings = 1;
    switch (f->kind) {
    case CC_KIND_MULTIPLIER:
        /* 降低了3倍, 3x slower, 压缩到8倍: the factor is 1/3, 1/8; but
         * 降至原来的0.5倍 and 下降至原来的1/3 state the new level at or
         * below one, the factor itself */
        if (f->direction == CC_DIR_DOWN && !r->idiom && !(r->level && f->value <= 1)) {
            /* cut by up to 25x, 降低了不到3倍: a factor of the cut from 1
             * (none) up, not from 0 */
            cc_interval k = f->iv;
            if (k.lo < 1 && k.hi >= 1 && (f->qualifier == CC_QUAL_UP_TO || f->qualifier == CC_QUAL_AT_MOST ||
                                          f->qualifier == CC_QUAL_LESS_THAN))
                k = cc_iv(1, k.hi, false, k.hi_open);
            bool ok;
            rd[0].iv = S_clean_iv(cc_iv_recip(k, &ok));
            S_label(&rd[0], "1/", f, hi, 0, "", "x", "");
        } else if (f->direction == CC_DIR_UP && r->by && !r->level && !r->idiom && !r->factor) {
            /* 提升了3倍: the new level is 3x (common usage) or 4x (the strict
             * "by" reading).  At 1倍 or less only the "by" reading makes
             * sense; 提升了数倍 is more than once (1 to 10x, or 2 to 11x). */
            cc_interval plus1 = S_clean_iv(cc_iv_add(f->iv, 1));
            if (f->value > 1 || r->several_times) {
                rd[0].iv = f->iv;
                S_label(&rd[0], "", f, hi, 0, "", "x", "");
                rd[1].iv = plus1;
                S_label(&rd[1], "", f, hi, 1, "", "x", " (strict \"by\" reading)");
                f->n_readings = 2;
            } else {
                rd[0].iv = plus1;
                S_label(&rd[0], "", f, hi, 1, "", "x", " (\"by\" reading)");
            }
        } else {
            rd[0].iv = f->iv;
            S_label(&rd[0], "", f, hi, 0, "", "x", "");
        }
        break;
    case CC_KIND_CHANGE: {
        cc_interval frac = cc_iv_scale(f->iv, 0.01);
        if (f->direction == CC_DIR_DOWN) {
            /* nothing falls by more than all of it */
            rd[0].iv = S_clean_iv(cc_iv_intersect(cc_iv_sub(cc_iv_point(1), frac), cc_iv(0, INFINITY, false, true)));
            S_label(&rd[0], "-", f, hi, 0, "", "%", "");
        } else {
            rd[0].iv = S_clean_iv(cc_iv_add(frac, 1));
            S_label(&rd[0], "+", f, hi, 0, "", "%", "");
        }
        break;
    }
    case CC_KIND_POINTS:
        rd[0].iv = f->iv;
        S_label(&rd[0], f->direction == CC_DIR_DOWN ? "-" : f->direction == CC_DIR_UP ? "+" : "", f, hi, 0, "", " pp",
                "");
        break;
    default: {
        /* the unit follows the number: "30 min", "30%", "1000 人" */
        rd[0].iv = f->iv;
        S_label(&rd[0], "", f, hi, 0, *f->unit && f->dimension != CC_DIM_PERCENT ? " " : "", f->unit, "");
        break;
    }
    }
}

/* "从30%到90%", "由30分钟降至5分钟", "from 30% to 90%": two figures, not one. */
static bool S_from_to(const char *s)
{
    static const char *const from[] = {"从", "由", "from "};
    for (size_t i = 0; i < sizeof from / sizeof from[0]; i++)
        if (strncmp(s, from[i], strlen(from[i])) == 0)
            return strstr(s, "到") || strstr(s, "至") || strstr(s, " to ") || strstr(s, "→");
    return strstr(s, "→") != NULL;
}

static bool S_figure_parse(const char *s, size_t len, const cc_tolerance *tol, cc_figure *fig, char **err, bool quiet)
{
    static const cc_tolerance deftol = CC_TOLERANCE_DEFAULT;
    memset(fig, 0, sizeof *fig);
    *err = NULL;
    if (!tol)
        tol = &deftol;
    if (len > CC_FIGURE_MAX) {
        *err = cc_xasprintf("figure of %zu bytes is longer than the limit of %d: expected one figure such as 30%% or 提升了3倍",
                            len, CC_FIGURE_MAX);
        return false;
    }
    if (memchr(s, '\0', len)) {
        *err = cc_xasprintf("figure contains a NUL byte: expected text");
        return false;
    }
    char *input = cc_xstrndup(s, len);
    char folded[CC_FIGURE_MAX + 1], shown[CC_FIGURE_MAX + 1];
    if (!S_fold(s, len, folded, shown)) {
        *err = cc_xasprintf("figure is not valid UTF-8: expected UTF-8 text");
        free(input);
        return false;
    }
    S_reader r = {0};
    r.quiet = quiet;
    r.s = folded;
    r.shown = shown;
    r.n = strlen(folded);
    r.verb_at = (size_t)-1;
    /* trailing spaces and a final full stop (. or 。, folded) are not part of a figure */
    while (r.n > 0 && (folded[r.n - 1] == ' ' || folded[r.n - 1] == '\t' || folded[r.n - 1] == '\n' ||
                       folded[r.n - 1] == '\r'))
        r.n--;
    if (r.n > 1 && folded[r.n - 1] == '.')
        r.n--;
    const char *numerr = NULL;
    bool ok = false;

    if (r.n == 0) {
        *err = cc_xasprintf("empty figure: expected a number such as 30%%, 1000多人, 提升了3倍 or 5分钟以内");
        goto done;
    }
    if (S_from_to(folded)) {
        *err = cc_xasprintf("'%s' is a change from one figure to another: expected one figure; put the first in "
                            "`before` and the second in `after`",
                            input);
        goto done;
    }
    if (!S_read_prefix(&r, input, err, &numerr)) {
        if (numerr && !quiet)
            *err = cc_xasprintf("'%s': %s: expected a number such as 30, 2.78, 6,000 or 1.5万", input, numerr);
        goto done;
    }
    if (!r.idiom && !r.several && r.i >= r.n) {
        if (!quiet)
            *err = cc_xasprintf("'%s' is not a figure: expected a number (30, 2.78, 6,000, 三十, 1.5万, thirty …)", input);
        goto done;
    }
    if (r.subject && r.verb_at == (size_t)-1) {
        *err = S_err_before_number(&r, input, r.subject_at, r.subject_at + r.subject_len);
        goto done;
    }
    if (!r.idiom) {
        r.i += r.num.len;
        if (r.qual == CC_QUAL_RANGE || r.qual == CC_QUAL_APPROX || !r.has_qual) {
            if (!r.several && S_read_range(&r)) {
                /* 约20-30%, about 3-5万: about, before a range */
                r.about = r.has_qual && r.qual == CC_QUAL_APPROX;
                r.has_qual = true;
                r.qual = CC_QUAL_RANGE;
            } else if (r.qual == CC_QUAL_RANGE) {
                *err = cc_xasprintf("'%s': 'between' needs two numbers: expected 'between 20 and 30'", input);
                goto done;
            }
        }
    }
    if (!S_read_suffix(&r, input, err))
        goto done;
    /* 千亿级, 亿级: of that order, a power of ten up to ten times it (a
     * vague count, as 上千 is), not a count of 级 */
    if (r.noun_len == 3 && memcmp(r.s + r.noun_at, "级", 3) == 0 && (r.num.flags & CC_NUM_CHINESE) && !r.range &&
        !r.several && !r.has_qual && r.unit == CC_U_NONE && r.num.value >= 10 && r.num.step == r.num.value &&
        r.num.value == pow(10, round(log10(r.num.value)))) {
        r.several = true;
        r.noun_len = 0;
    }
    /* 数十倍以上, 超过数十倍: a bound on a vague count bounds the whole of
     * it: more than 10 (数十 is already more than ten), and 不到数十倍,
     * 最高数十倍 below or up to 100 */
    if (r.several && r.has_qual) {
        switch (r.qual) {
        case CC_QUAL_MORE_THAN:
        case CC_QUAL_AT_LEAST:
            r.several = false;
            r.qual = CC_QUAL_MORE_THAN;
            break;
        case CC_QUAL_LESS_THAN:
        case CC_QUAL_AT_MOST:
        case CC_QUAL_UP_TO:
            r.several = false;
            r.num.value *= 10;
            break;
        default:
            break;
        }
    }
    /* 每小时$2: the price of a time, as $2 per hour is */
    if (r.per_len && r.money_len && !r.money_per && !r.noun_len) {
        r.money_per = r.per_unit;
        r.per_len = 0;
    }
    /* 每秒 before the number: a rate of the counted noun after it */
    if (r.per_len && (!r.noun_len || r.unit != CC_U_NONE || r.idiom || memchr(r.s + r.noun_at, '/', r.noun_len))) {
        *err = S_err_span(&r, input, r.per_at - 3, r.per_at + r.per_len,
                          "before the number: a rate needs the counted noun after the number, and only there (每秒3000次)");
        goto done;
    }
    /* $3 million: a sum of money is a count of its currency, and nothing else */
    if (r.money_len && (r.noun_len || r.unit != CC_U_NONE || (r.num.flags & CC_NUM_PERCENT) || r.per_len || r.idiom)) {
        *err = S_err_span(&r, input, r.money_at, r.money_at + r.money_len,
                          "before the number: a sum of money takes no unit of its own: expected $3 million, "
                          "$2 per hour or 3000万美元");
        goto done;
    }
    /* 250 basis points, 25个基点: hundredths of a percentage point */
    if (r.unit == CC_U_BP) {
        r.unit = CC_U_PP;
        S_scale(&r.num, 1, 100);
        S_scale(&r.num2, 1, 100);
    }

    double v = r.idiom ? r.idiom / 10.0 : r.num.value;
    unsigned flags = r.idiom ? CC_NUM_EXACT : r.num.flags;
    /* a share of a count (9 out of 10 engineers) names the whole it counts:
     * the noun is not a counted noun of the share */
    if ((flags & CC_NUM_RATIO) && r.unit == CC_U_NONE)
        r.noun_len = 0;
    /* X分之Y is a share: 三分之一 is 33.3% (DESIGN 1.1); so is a fraction
     * in English words (two thirds, cut by a third); with a unit it is a
     * part of it (a half hour, 四分之一秒) */
    /* so is 1/20 of an object: 是GPT-4的1/20 is 5% of it, as 是GPT-4的二十分之一 is;
     * and 1/3 after a verb that changes by it (降低了1/3, cut by 1/3): a
     * share of the earlier value, as 降低了三分之一 is */
    bool slash_share = cc_written_fraction(r.s + r.num_at, r.num.len) &&
                       ((r.object_len && !r.money_len) || (r.dir != CC_DIR_NONE && !r.level));
    if (!r.idiom && !(flags & CC_NUM_PERCENT) && ((flags & CC_NUM_FRACTION) || slash_share) && r.unit == CC_U_NONE &&
        !r.noun_len) {
        S_scale(&r.num, 100, 1);
        v = r.num.value;
        flags |= CC_NUM_PERCENT;
    }
    /* after the scaling above: 四分之1e308 is 2.5e309% */
    if (!isfinite(v) || !isfinite(r.num.step) || !isfinite(r.num.nz_step)) {
        *err = cc_xasprintf("'%s': number too large to represent: expected a number such as 30, 2.78, 6,000 or 1.5万",
                            input);
        goto done;
    }
    if (flags & CC_NUM_PERCENT) {
        if (r.unit != CC_U_NONE && r.unit != CC_U_PERCENT) {
            *err = cc_xasprintf("'%s': a percentage (百分之, 成, 折) cannot also have the unit '%s': expected %% or no unit",
                                input, cc_unit_name(r.unit));
            goto done;
        }
        r.unit = CC_U_PERCENT;
    }
    if (r.range) {
        double lo = r.num.value, hi = r.num2.value;
        if (r.num2.flags & CC_NUM_PERCENT && r.range_unit == CC_U_NONE)
            r.range_unit = CC_U_PERCENT;
        if (r.range_unit != CC_U_NONE && r.unit == CC_U_NONE)
            r.unit = r.range_unit;
        if (r.range_unit != CC_U_NONE && r.range_unit != r.unit) {
            *err = cc_xasprintf("'%s': the two ends of a range have different units (%s and %s): expected one unit, "
                                "as in 20%%-30%%",
                                input, cc_unit_name(r.range_unit), cc_unit_name(r.unit));
            goto done;
        }
        if (lo > hi) {
            *err = cc_xasprintf("'%s': a range goes from the smaller number to the larger: expected 20-30; for a change "
                                "from A to B put A in before and B in after",
                                input);
            goto done;
        }
    }
    /* 一个数量级, two orders of magnitude: the multiplier 10^n, one reading
     * (the ratio itself, whatever the verb), read on a log scale */
    if (r.unit == CC_U_ORDER) {
        if (r.range || r.several || (flags & CC_NUM_PERCENT) || v < 1 || v > 15 || v != floor(v)) {
            *err = cc_xasprintf("'%s': orders of magnitude are counted in whole numbers: expected 1 to 15, as in "
                                "一个数量级 or two orders of magnitude",
                                input);
            goto done;
        }
        r.orders = (int)v;
        v = pow(10, v);
        r.unit = CC_U_X;
        r.factor = true;
        flags |= CC_NUM_EXACT;
    }
    /* 是H100的3倍, 总收入的30%: a multiple or a share of the object, not a
     * count of it (公司的3000名员工 is no figure of 公司) */
    if (r.object_len && ((r.unit != CC_U_X && r.unit != CC_U_PERCENT) || r.noun_len || r.money_len)) {
        *err = S_err_at(&r, input, r.num_at, "after an object and 的: expected a multiple or a share of it (是H100的3倍, "
                                             "总收入的30%)");
        goto done;
    }
    /* a multiple of the object is the new level: one reading (是…的3倍) */
    if (r.object_len && r.unit == CC_U_X) {
        r.level = true;
        r.by = false;
    }
    /* 为原来的1/3: a bare number of the earlier value is the ratio to it;
     * so is a share of it (降至原来的十分之一, 是原来的一半, 为原来的30%) */
    if (r.of_before && r.unit == CC_U_NONE && !r.noun_len)
        r.unit = CC_U_X;
    if (r.of_before && r.unit == CC_U_PERCENT && !r.noun_len && !r.idiom) {
        S_scale(&r.num, 1, 100);
        S_scale(&r.num2, 1, 100);
        v = r.num.value;
        flags &= ~(unsigned)CC_NUM_PERCENT;
        r.unit = CC_U_X;
    }
    if (r.idiom)
        r.unit = CC_U_X;
    bool signed_unit = r.unit == CC_U_PERCENT || r.unit == CC_U_PP || r.unit == CC_U_X;
    if (v < 0 && signed_unit && !r.range) {
        if (!S_set_dir(&r, CC_DIR_DOWN, 0, input, err))
            goto done;
        v = -v;
    }
    if (r.plus && !S_set_dir(&r, CC_DIR_UP, 0, input, err))
        goto done;
    if (v < 0 && (r.noun_len || r.money_len || (r.unit != CC_U_NONE && !signed_unit))) {
        *err = cc_xasprintf("'%s': a time or a count cannot be negative: expected a verb for a decrease (缩短5分钟, "
                            "cut by 5 minutes)",
                            input);
        goto done;
    }

    fig->input = input;
    input = NULL;
    fig->value = S_clean(v);
    fig->value_hi = r.range ? S_clean(r.num2.value) : r.several ? S_clean(v * 10) : fig->value;
    fig->about = r.about;
    fig->direction = r.dir;
    fig->speed = r.speed;
    fig->to_level = r.level;
    fig->step = (flags & CC_NUM_EXACT) ? 0 : r.num.step;
    fig->qualifier = r.range || r.several                 ? CC_QUAL_RANGE
                     : r.duo || (flags & CC_NUM_APPROX) ? CC_QUAL_MORE_THAN
                                                        : r.qual;
    switch (r.unit) {
    case CC_U_X:
        fig->kind = CC_KIND_MULTIPLIER;
        fig->dimension = CC_DIM_RATIO;
        break;
    case CC_U_PP:
        fig->kind = CC_KIND_POINTS;
        fig->dimension = CC_DIM_PERCENT;
        break;
    case CC_U_PERCENT:
        fig->kind = r.dir != CC_DIR_NONE && !r.level ? CC_KIND_CHANGE : CC_KIND_QUANTITY;
        fig->dimension = CC_DIM_PERCENT;
        break;
    case CC_U_NONE:
        fig->kind = CC_KIND_QUANTITY;
        fig->dimension = r.noun_len ? CC_DIM_COUNT : CC_DIM_NONE;
        break;
    default:
        fig->kind = CC_KIND_QUANTITY;
        fig->dimension = CC_DIM_TIME;
        break;
    }
    if (r.money_len) {
        fig->dimension = CC_DIM_COUNT;
        /* as written, but US$ and usd are one currency: codes (three
         * letters, or letters before $) in capitals; Rs stays Rs */
        fig->unit = cc_xasprintf("%.*s%s%s", (int)r.money_len, r.shown + r.money_at, r.money_per ? "/" : "",
                                 r.money_per ? cc_unit_name(r.money_per) : "");
        bool code = memchr(r.s + r.money_at, '$', r.money_len) ||
                    (r.money_len == 3 && S_ascii_letter(r.s[r.money_at]) && S_ascii_letter(r.s[r.money_at + 1]) &&
                     S_ascii_letter(r.s[r.money_at + 2]));
        for (size_t k = 0; code && k < r.money_len; k++)
            if (fig->unit[k] >= 'a' && fig->unit[k] <= 'z')
                fig->unit[k] = (char)(fig->unit[k] - 'a' + 'A');
    } else if (r.per_len)
        fig->unit = cc_xasprintf("%.*s/%.*s", (int)r.noun_len, r.shown + r.noun_at, (int)r.per_len, r.shown + r.per_at);
    else
        fig->unit = r.noun_len ? cc_xstrndup(r.shown + r.noun_at, r.noun_len) : cc_xstrdup(cc_unit_name(r.unit));
    if (fig->kind == CC_KIND_MULTIPLIER && v <= 0) {
        *err = cc_xasprintf("'%s': a multiplier must be greater than zero: expected a positive number such as 2.78倍", fig->input);
        goto done;
    }
    fig->iv = S_clean_iv(S_interval(&r, fig->value, tol));
    if (cc_iv_empty(fig->iv)) {
        *err = fig->value == 0 ? cc_xasprintf("'%s': nothing is nearly or less than 0: expected a number above zero",
                                              fig->input)
                               : cc_xasprintf("'%s': too many digits to tell its bounds apart: expected at most 15 "
                                              "significant digits",
                                              fig->input);
        goto done;
    }
    S_readings(fig, &r);
    ok = true;
done:
    free(input);
    if (!ok)
        cc_figure_free(fig);
    return ok;
}

bool cc_figure_parse(const char *s, size_t len, const cc_tolerance *tol, cc_figure *fig, char **err)
{
    char *sink = NULL;
    bool ok = S_figure_parse(s, len, tol, fig, err ? err : &sink, !err);
    free(sink);
    return ok;
}

void cc_figure_free(cc_figure *fig)
{
    free(fig->input);
    free(fig->unit);
    memset(fig, 0, sizeof *fig);
}

const char *cc_kind_name(cc_kind k)
{
    static const char *names[] = {"quantity", "multiplier", "change", "points"};
    return (unsigned)k < 4 ? names[k] : "quantity";
}

const char *cc_qualifier_name(cc_qualifier q)
{
    static const char *names[] = {"exact", "approx", "more-than", "at-least", "less-than",
                                  "at-most", "nearly", "up-to", "range"};
    return (unsigned)q < 9 ? names[q] : "exact";
}

const char *cc_dimension_name(cc_dimension d)
{
    static const char *names[] = {"none", "time", "percent", "ratio", "count"};
    return (unsigned)d < 5 ? names[d] : "none";
}

const char *cc_direction_name(cc_direction d)
{
    return d == CC_DIR_UP ? "up" : d == CC_DIR_DOWN ? "down" : NULL;
}

double cc_unit_seconds(const char *unit)
{
    static const struct {
        const char *name;
        double seconds;
    } units[] = {{"ns", 1e-9}, {"us", 1e-6},  {"ms", 1e-3},     {"s", 1},
                 {"min", 60},  {"h", 3600},   {"d", 86400},     {"wk", 604800},
                 /* a month on average (365.2425 / 12 days); check.c compares
                  * months through 28 to 31 days */
                 {"mo", 2629746}};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strcmp(unit, units[i].name) == 0)
            return units[i].seconds;
    return 0;
}

/* A symbol of measure spelled out (petaflops, gigabytes per second, 千瓦):
 * its scale in the base symbol, which *base gets, or 0. */
static double S_spelled_scale(const char *noun, const char **base)
{
    static const struct {
        const char *name, *base;
        double scale;
    } names[] = {
        {"flops", "FLOPS", 1},        {"gigaflops", "FLOPS", 1e9},   {"teraflops", "FLOPS", 1e12},
        {"petaflops", "FLOPS", 1e15}, {"exaflops", "FLOPS", 1e18},   {"watt", "W", 1},
        {"watts", "W", 1},            {"kilowatt", "W", 1e3},        {"kilowatts", "W", 1e3},
        {"megawatt", "W", 1e6},       {"megawatts", "W", 1e6},       {"gigawatt", "W", 1e9},
        {"gigawatts", "W", 1e9},      {"byte", "B", 1},              {"bytes", "B", 1},
        {"kilobyte", "B", 1e3},       {"kilobytes", "B", 1e3},       {"megabyte", "B", 1e6},
        {"megabytes", "B", 1e6},      {"gigabyte", "B", 1e9},        {"gigabytes", "B", 1e9},
        {"terabyte", "B", 1e12},      {"terabytes", "B", 1e12},      {"petabyte", "B", 1e15},
        {"petabytes", "B", 1e15},     {"bits", "b", 1},              {"kilobits", "b", 1e3},
        {"megabits", "b", 1e6},       {"gigabits", "b", 1e9},        {"terabits", "b", 1e12},
        {"petaflop", "FLOPS", 1e15},  {"teraflop", "FLOPS", 1e12},   {"exaflop", "FLOPS", 1e18},
        {"gigaflop", "FLOPS", 1e9},   {"hertz", "Hz", 1},            {"kilohertz", "Hz", 1e3},
        {"megahertz", "Hz", 1e6},     {"gigahertz", "Hz", 1e9},      {"nanometer", "m", 1e-9},
        {"nanometers", "m", 1e-9},    {"nanometre", "m", 1e-9},      {"nanometres", "m", 1e-9},
        {"\xE7\x93\xA6", "W", 1} /* 瓦 */, {"\xE5\x8D\x83\xE7\x93\xA6", "W", 1e3} /* 千瓦 */,
        {"\xE5\x85\x86\xE7\x93\xA6", "W", 1e6} /* 兆瓦 */,
        {"\xE7\xBA\xB3\xE7\xB1\xB3", "m", 1e-9} /* 纳米 */,
        {"\xE8\xB5\xAB\xE5\x85\xB9", "Hz", 1} /* 赫兹 */,
    };
    /* per second: bytes and bits a second are B/s and b/s, as GB/s is */
    static const char *const per_second[] = {" per second", "/s"};
    size_t n = strlen(noun), cut = n;
    bool rate = false;
    for (size_t i = 0; i < sizeof per_second / sizeof per_second[0] && !rate; i++) {
        size_t k = strlen(per_second[i]);
        if (n > k && strcmp(noun + n - k, per_second[i]) == 0) {
            cut = n - k;
            rate = true;
        }
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strlen(names[i].name) != cut)
            continue;
        size_t j = 0;
        while (j < cut && (noun[j] >= 'A' && noun[j] <= 'Z' ? noun[j] - 'A' + 'a' : noun[j]) == names[i].name[j])
            j++;
        if (j < cut)
            continue;
        bool bytes = strcmp(names[i].base, "B") == 0;
        if (rate && !bytes && strcmp(names[i].base, "b") != 0)
            return 0;
        *base = !rate ? names[i].base : bytes ? "B/s" : "b/s";
        return names[i].scale;
    }
    return 0;
}

double cc_symbol_scale(const char *noun, const char **base)
{
    const char *spelled;
    double scale = S_spelled_scale(noun, &spelled);
    if (scale > 0) {
        if (base)
            *base = spelled;
        return scale;
    }
    static const char *const bases[] = {"B/s", "b/s", "bps", "FLOPS", "OPS", "Hz", "Wh", "W", "Ah", "B", "b", "m", "g"};
    static const struct {
        const char *text;
        double scale;
    } prefixes[] = {{"Ki", 1024.0}, {"Mi", 1048576.0}, {"Gi", 1073741824.0}, {"Ti", 1099511627776.0},
                    {"Pi", 1125899906842624.0}, {"k", 1e3}, {"K", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12},
                    {"P", 1e15}, {"E", 1e18}, {"c", 1e-2}, {"m", 1e-3}, {"\xCE\xBC", 1e-6}, {"u", 1e-6}, {"n", 1e-9},
                    {"", 1}};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t k = strlen(prefixes[i].text);
        if (strncmp(noun, prefixes[i].text, k) != 0)
            continue;
        for (size_t j = 0; j < sizeof bases / sizeof bases[0]; j++) {
            const char *b = bases[j];
            if (strcmp(noun + k, b) != 0)
                continue;
            bool bytes = b[0] == 'B' || b[0] == 'b', sub = prefixes[i].scale < 1;
            bool binary = k == 2 && prefixes[i].text[1] == 'i', kilo = k == 1 && prefixes[i].scale == 1e3;
            bool metric = b[0] == 'm' || b[0] == 'g'; /* metres and grams */
            /* 70B and 5b read billions and $5m millions; binary prefixes are
             * of bytes and bits; metres and grams as they are (g) or below
             * one (nm, mm, cm, mg) or in thousands (km, kg), and centi only
             * of metres; below one only those, watts and amp-hours (mW, mAh) */
            if ((k == 0 && !b[1] && (bytes || b[0] == 'm')) || (binary && !bytes) || (metric && !sub && !kilo && k > 0) ||
                (sub && !metric && b[0] != 'W' && b[0] != 'A') || (prefixes[i].text[0] == 'c' && b[0] != 'm'))
                continue;
            if (base)
                *base = b;
            return prefixes[i].scale;
        }
    }
    return 0;
}

size_t cc_symbol_per_len(const char *s, size_t n)
{
    /* /W, /kg; or spelled out: per watt, per kilowatt, per kg */
    size_t k = n >= 2 && s[0] == '/' ? 1 : n >= 6 && memcmp(s, " per ", 5) == 0 ? 5 : 0;
    if (!k)
        return 0;
    size_t j = k, most = k + 9;
    while (j < n && j <= most && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'))
        j++;
    if (j == k || j > most || (j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == '_' || s[j] == '/')))
        return 0;
    if (k == 5 && j < n && (s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')
        return 0;
    char sym[16];
    memcpy(sym, s + k, j - k);
    sym[j - k] = '\0';
    return cc_symbol_scale(sym, NULL) > 0 ? j : 0;
}

/* Currencies by their signs and names, and the code of each: $, US$, USD
 * and 美元 are one currency. */
static const struct {
    const char *text, *code;
} S_currencies[] = {{"US$", "USD"}, {"USD", "USD"}, {"$", "USD"},    {"美元", "USD"},  {"美金", "USD"},
                    {"HK$", "HKD"}, {"港元", "HKD"}, {"港币", "HKD"}, {"NT$", "TWD"},   {"新台币", "TWD"},
                    {"台币", "TWD"}, {"RMB", "CNY"}, {"CNY", "CNY"},  {"人民币", "CNY"}, {"元", "CNY"},
                    {"EUR", "EUR"}, {"€", "EUR"},    {"欧元", "EUR"}, {"£", "GBP"},     {"英镑", "GBP"},
                    {"日元", "JPY"}, {"韩元", "KRW"}, {"卢布", "RUB"}, {"₹", "INR"},     {"INR", "INR"},
                    {"Rs.", "INR"},  {"Rs", "INR"},   {"RS", "INR"},   {"rs", "INR"},   {"卢比", "INR"},
                    {"\xC2\xA5", "\xC2\xA5"}};
#define S_NCURRENCIES (sizeof S_currencies / sizeof S_currencies[0])

const char *cc_currency(const char *noun, const char **rest)
{
    for (size_t i = 0; i < S_NCURRENCIES; i++) {
        size_t k = strlen(S_currencies[i].text);
        if (strncmp(noun, S_currencies[i].text, k) == 0 && (noun[k] == '\0' || noun[k] == '/')) {
            *rest = noun + k;
            return S_currencies[i].code;
        }
    }
    return NULL;
}

const char *cc_currency_name(size_t i)
{
    for (size_t k = 0; k < S_NCURRENCIES; k++) {
        unsigned cp;
        const char *t = S_currencies[k].text;
        /* the names of more than one Chinese character (元 is a measure word) */
        if (strlen(t) > 3 && cc_utf8_decode(t, strlen(t), &cp) == 3 && S_cjk(cp) && i-- == 0)
            return t;
    }
    return NULL;
}
