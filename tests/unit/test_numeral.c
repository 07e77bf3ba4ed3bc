/* test_numeral.c — cc_numeral_scan, table-driven: what is read, its value,
 * its rounding units, where it stops, and how it is flagged. */
#include "unit.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

#define P CC_NUM_PERCENT
#define E CC_NUM_EXACT
#define A CC_NUM_APPROX
#define C CC_NUM_CHINESE
#define W CC_NUM_WORDS
#define F CC_NUM_FRACTION
#define R CC_NUM_RATIO

static const struct {
    const char *in;
    double value, step, nz_step;
    const char *rest; /* what the numeral leaves unread */
    unsigned flags;
} cases[] = {
    /* Arabic */
    {"30", 30, 1, 10, "", 0},
    {"0", 0, 1, 1, "", 0},
    {"2.78", 2.78, 0.01, 0.01, "", 0},
    {".5", 0.5, 0.1, 0.1, "", 0},
    {"-.5", -0.5, 0.1, 0.1, "", 0},
    {"4.800", 4.8, 0.001, 0.1, "", 0},
    {"6000", 6000, 1, 1000, "", 0},
    {"6,000", 6000, 1, 1000, "", 0},
    {"1,050,000,000", 1050000000, 1, 1e7, "", 0},
    {"10,000.233", 10000.233, 0.001, 0.001, "", 0},
    {"1 234 567", 1234567, 1, 1, "", 0},
    {"3 000 people", 3000, 1, 1000, " people", 0},
    {"６０００", 6000, 1, 1000, "", 0},
    {"２．２", 2.2, 0.1, 0.1, "", 0},
    {"４，５６５", 4565, 1, 1, "", 0},
    {"-12", -12, 1, 1, "", 0},
    {"+15", 15, 1, 1, "", 0},
    {"－3", -3, 1, 1, "", 0},
    {"- 5", -5, 1, 1, "", 0},
    {"3,14", 3, 1, 1, ",14", 0},
    {"1,2345", 1, 1, 1, ",2345", 0},
    {"1e10", 1e10, 1e10, 1e10, "", 0},
    {"2e5", 2e5, 1e5, 1e5, "", 0},
    {"2.5e3", 2500, 100, 100, "", 0},
    {"-12e-1", -1.2, 0.1, 0.1, "", 0},
    {"21.2E0", 21.2, 0.1, 0.1, "", 0},
    {"２.７８９０e－１", 0.2789, 1e-5, 1e-4, "", 0},
    {"1e", 1, 1, 1, "e", 0},
    {"2^5", 32, 0, 0, "", E},
    {"2.5^-1", 0.4, 0, 0, "", E},
    {"-1.1^--23", -8.954302432552389, 0, 0, "", E},
    {"1.3x10^6", 1.3e6, 1e5, 1e5, "", 0},
    {"6.23x10^-4", 6.23e-4, 1e-6, 1e-6, "", 0},
    {"40k", 40000, 1000, 10000, "", 0},
    {"- 10  k", -10000, 1000, 10000, "", 0},
    {"1.2b", 1.2e9, 1e8, 1e8, "", 0},
    {"1.2bn", 1.2e9, 1e8, 1e8, "", 0},
    {"70B", 7e10, 1e9, 1e10, "", 0},
    {"15T", 1.5e13, 1e12, 1e12, "", 0},
    {"1.8T", 1.8e12, 1e11, 1e11, "", 0},
    {"1.2tn", 1.2e12, 1e11, 1e11, "", 0},
    {"10TB", 10, 1, 10, "TB", 0},
    {"5 T", 5, 1, 1, " T", 0},
    {"3t", 3, 1, 1, "t", 0},
    {"10G", 1e10, 1e9, 1e10, "", 0},
    {"-2.5 M", -2.5e6, 1e5, 1e5, "", 0},
    {"8GB", 8, 1, 1, "GB", 0},
    {"5 Gbps", 5, 1, 1, " Gbps", 0},
    {"12k个", 12000, 1000, 1000, "个", 0},
    {"2 million", 2e6, 1e6, 1e6, "", W},
    {"half a million", 5e5, 0, 0, "", W | E},
    {"half-million", 5e5, 0, 0, "", W | E},
    {"half", 50, 0, 0, "", W | E | P},
    {"an order of magnitude", 1, 0, 0, " order of magnitude", W | E},
    {"half of them", 50, 0, 0, " of them", W | E | P},
    {"a half hour", 0.5, 0, 0, " hour", W | E | F},
    {"half a dozen eggs", 6, 0, 0, " eggs", W | E},
    {"1.5 million", 1.5e6, 1e5, 1e5, "", W},
    {"10 bln", 1e10, 1e9, 1e10, "", W},
    {"2.5 mln", 2.5e6, 1e5, 1e5, "", W},
    {"3 tln", 3e12, 1e12, 1e12, "", W},
    {"10 bn", 1e10, 1e9, 1e10, "", W},
    /* one table of scale words for digits and for words (numeral.c S_en_words) */
    {"two bn", 2e9, 1e9, 1e9, "", W},
    {"13 lakh", 1.3e6, 1e5, 1e5, "", W},
    {"1.5 lakh crore", 1.5e12, 1e11, 1e11, "", W},
    {"3 lakh crores of rupees", 3e12, 1e12, 1e12, " of rupees", W},
    {"1,674.5 million", 1674.5e6, 1e5, 1e5, "", W},
    /* what the figure reader reads after the number */
    {"30%", 30, 1, 10, "%", 0},
    {"2.78x faster", 2.78, 0.01, 0.01, "x faster", 0},
    {"1000多", 1000, 1, 1000, "多", 0},
    {"260多个", 260, 1, 10, "多个", 0},
    {"两千多", 2000, 1000, 1000, "多", C},
    {"6,000+", 6000, 1, 1000, "+", 0},
    {"5分钟以内", 5, 1, 1, "分钟以内", 0},
    {"15%以上", 15, 1, 1, "%以上", 0},
    {"3倍", 3, 1, 1, "倍", 0},
    {"60个百分点", 60, 1, 10, "个百分点", 0},
    {"3点", 3, 1, 1, "点", 0},
    {"十几", 10, 10, 10, "几", C},
    {"3/4/2024", 3, 1, 1, "/4/2024", 0},
    {"12\xff" "34", 12, 1, 1, "\xff" "34", 0},
    /* Chinese */
    {"二", 2, 1, 1, "", C},
    {"两", 2, 1, 1, "", C},
    {"零", 0, 1, 1, "", C},
    {"十", 10, 10, 10, "", C},
    {"十五", 15, 1, 1, "", C},
    {"三十", 30, 10, 10, "", C},
    {"三百", 300, 100, 100, "", C},
    {"两千", 2000, 1000, 1000, "", C},
    {"负三十二", -32, 1, 1, "", C},
    {"負三十二", -32, 1, 1, "", C},
    {"一千二百三十四", 1234, 1, 1, "", C},
    {"两千四百五", 2450, 10, 10, "", C},
    {"九百九", 990, 10, 10, "", C},
    {"一千三", 1300, 100, 100, "", C},
    {"千三", 1300, 100, 100, "", C},
    {"百三", 130, 10, 10, "", C},
    {"一万三", 13000, 1000, 1000, "", C},
    {"九万四", 94000, 1000, 1000, "", C},
    {"九十二万四", 924000, 1000, 1000, "", C},
    {"一千零一", 1001, 1, 1, "", C},
    {"一千零五十", 1050, 10, 10, "", C},
    {"一万零十二", 10012, 1, 1, "", C},
    {"零十", 10, 10, 10, "", C},
    {"一百零十万", 1100000, 1e5, 1e5, "", C},
    {"五亿零六", 500000006, 1, 1, "", C},
    {"四万万", 4e8, 1e8, 1e8, "", C},
    {"10万万", 1e9, 1e8, 1e9, "", C},
    {"一万五千亿", 1.5e12, 1e11, 1e11, "", C},
    {"五兆六十二亿四万五千二", 5006200045200, 100, 100, "", C},
    {"四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二", 4569831148725382, 1, 1, "", C},
    {"肆佰陸拾", 460, 10, 10, "", C},
    {"倆千两百贰拾二", 2222, 1, 1, "", C},
    {"拾万零五十六", 100056, 1, 1, "", C},
    {"二〇二五年", 2025, 1, 1, "年", C},
    {"百人", 100, 100, 100, "人", C},
    {"千万", 1e7, 1e7, 1e7, "", C},
    {"万", 1e4, 1e4, 1e4, "", C},
    {"3百分点", 3, 1, 1, "百分点", 0},
    {"三百分点", 3, 1, 1, "百分点", C},
    {"三五天", 3, 1, 1, "五天", C},
    {"七八个", 7, 1, 1, "八个", C},
    {"一二三", 123, 1, 1, "", C},
    {"一百 五 十 二", 152, 1, 1, "", C},
    {"二十 億", 2e9, 1e9, 1e9, "", C},
    {"十五点七", 15.7, 0.1, 0.1, "", C},
    {"零点五", 0.5, 0.1, 0.1, "", C},
    {"两千点零", 2000, 0.1, 1000, "", C},
    {"两千三点一", 2300.1, 0.1, 0.1, "", C},
    {"四百 点 五", 400.5, 0.1, 0.1, "", C},
    {"一点五万", 15000, 1000, 1000, "", C},
    {"十二点五万", 125000, 1000, 1000, "", C},
    {"两千点五万", 20005000, 1000, 1000, "", C},
    {"两千万点五五四四", 20000000.5544, 1e-4, 1e-4, "", C},
    /* mixed */
    {"1.5万", 15000, 1000, 1000, "", C},
    {"3千", 3000, 1000, 1000, "", C},
    {"2.3万人", 23000, 1000, 1000, "人", C},
    {"5万4千6百", 54600, 100, 100, "", C},
    {"5亿1万4千6百", 500014600, 100, 100, "", C},
    {"3万4000", 34000, 1, 1000, "", C},
    {"1,100万", 11000000, 1e4, 1e6, "", C},
    {"2千零30万", 20300000, 1e4, 1e5, "", C},
    {"１１.92亿", 1.192e9, 1e6, 1e6, "", C},
    {"7 万5 千4 百", 75400, 100, 100, "", C},
    {"1000  万", 1e7, 1e4, 1e7, "", C},
    {"半百", 50, 0, 0, "", C | E},
    {"一打", 12, 0, 0, "", C | E},
    {"五十打", 600, 120, 120, "", C},
    {"一打开", 1, 1, 1, "打开", C},
    /* 多 余 几 inside, before a group */
    {"十余万", 100000, 1e5, 1e5, "", C | A},
    {"十 余 万", 100000, 1e5, 1e5, "", C | A},
    {"二十几万", 200000, 1e5, 1e5, "", C | A},
    {"一千多万", 1e7, 1e7, 1e7, "", C | A},
    {"500余万", 5e6, 1e4, 1e6, "", C | A},
    {"一百零几万", 1e6, 1e6, 1e6, "", C | A},
    /* fractions */
    {"三分之一", 1.0 / 3, 0, 0, "", C | E | F},
    {"五 分之 一", 0.2, 0, 0, "", C | E | F},
    {"一百分之二", 0.02, 0, 0, "", C | E | F},
    {"四千二分之三", 3.0 / 4200, 0, 0, "", C | E | F},
    {"３分之一百五十七", 157.0 / 3, 0, 0, "", C | E | F},
    {"负３分之负一百五十七", 157.0 / 3, 0, 0, "", C | E | F},
    {"三百五十又3分之1", 350 + 1.0 / 3, 0, 0, "", C | E},
    {"负一又二分之一", -1.5, 0, 0, "", C | E},
    {"一百万又五十万分之二十五", 1000000.00005, 0, 0, "", C | E},
    {"1 ３/5", 1.6, 0, 0, "", E},
    {"- 1 4/5", -1.8, 0, 0, "", E},
    {"-3/2", -1.5, 0, 0, "", E},
    {"３／５", 0.6, 0, 0, "", E},
    {"3/4", 0.75, 0, 0, "", E},
    {"2  1/4", 2.25, 0, 0, "", E},
    /* percentages */
    {"百分之三十", 30, 10, 10, "", C | P},
    {"百分之２．４", 2.4, 0.1, 0.1, "", C | P},
    {"百 分 之 一 百二 十点 五", 120.5, 0.1, 0.1, "", C | P},
    {"百分之百", 100, 0, 0, "", C | P | E},
    {"百分之15Ｋ", 15000, 1000, 1000, "", C | P},
    {"千分之一", 0.1, 0.1, 0.1, "", C | P},
    {"万分之三", 0.03, 0.01, 0.01, "", C | P},
    {"百万分之五", 5e-4, 1e-4, 1e-4, "", C | P},
    {"三成", 30, 10, 10, "", C | P},
    {"9.5成", 95, 1, 1, "", C | P},
    {"三成半", 35, 5, 5, "", C | P},
    {"七成 六", 76, 1, 1, "", C | P},
    {"１０ 成", 100, 10, 100, "", C | P},
    {"半成", 5, 0, 0, "", C | P | E},
    {"三成为", 3, 1, 1, "成为", C},
    {"75折", 75, 1, 1, "", P},
    {"9.9折", 99, 1, 1, "", P},
    {"三八折", 38, 1, 1, "", C | P},
    {"五折", 50, 10, 10, "", C | P},
    {"7 2 折", 72, 1, 1, "", P},
    {"九 九 折", 99, 1, 1, "", C | P},
    {"半折", 50, 0, 0, "", C | P | E},
    {"一半", 50, 0, 0, "", C | P | E},
    {"三折合", 3, 1, 1, "折合", C},
    /* English words */
    {"thirty", 30, 10, 10, "", W}, /* names the tens digit, like 三十 */
    {"Thirty-Two", 32, 1, 1, "", W},
    {"fifty - two", 52, 1, 1, "", W},
    {"one hundred and six", 106, 1, 1, "", W},
    {"two hundred", 200, 100, 100, "", W},
    {"two hundred and two thousand", 202000, 1000, 1000, "", W},
    {"twenty-one trillion and three hundred", 21000000000300, 100, 100, "", W},
    {"a thousand", 1000, 1000, 1000, "", W},
    {"naught", 0, 1, 1, "", W},
    {"a dozen", 12, 0, 0, "", W | E},
    {"three dozens", 36, 12, 12, "", W},
    {"3 dozen eggs", 36, 12, 12, " eggs", W},
    {"5 dzs", 60, 12, 12, "", W},
    {"a half", 0.5, 0, 0, "", W | E | F},
    {"two thirds", 2.0 / 3, 0, 0, "", W | E | F},
    {"three quarters", 0.75, 0, 0, "", W | E | F},
    {"one and a half", 1.5, 0, 0, "", W | E},
    {"five and a quarter", 5.25, 0, 0, "", W | E},
    {"a hundredth", 0.01, 0, 0, "", W | E | F},
    {"one-eighth", 0.125, 0, 0, "", W | E | F},
    {"three twenty-firsts", 3.0 / 21, 0, 0, "", W | E | F},
    {"one hundred and three quarters", 100.75, 0, 0, "", W | E},
    /* a fraction of a scale word: of the one after it, else of the one before */
    {"one million and a half", 1500000, 0, 0, "", W | E},
    {"one thousand and a half", 1500, 0, 0, "", W | E},
    {"five billion and three quarters", 5750000000, 0, 0, "", W | E},
    {"two million and three fifths", 2600000, 0, 0, "", W | E},
    {"a half million", 500000, 0, 0, "", W | E},
    {"three quarters million", 750000, 0, 0, "", W | E},
    {"five and a half million users", 5500000, 0, 0, " users", W | E},
    {"one billion and a half million", 1000500000, 0, 0, "", W | E},
    {"one billion and three quarters million", 1000750000, 0, 0, "", W | E},
    {"one hundred and thirty fifths", 26, 0, 0, "", W | E | F},
    {"one hundred thirty-fifths", 100.0 / 35, 0, 0, "", W | E | F},
    {"a hundred thousand trillionths", 1e-7, 0, 0, "", W | E | F},
    {"one over three", 1.0 / 3, 0, 0, "", W | E | F},
    {"1 over 3", 1.0 / 3, 0, 0, "", E | F},
    {"one out of three", 1.0 / 3, 0, 0, "", W | E | F | R},
    {"1 in twenty-one", 1.0 / 21, 0, 0, "", W | E | F | R},
    /* a share of a count: a noun may follow, but it is at most all of it */
    {"9 out of 10 engineers", 0.9, 0, 0, " engineers", E | F | R},
    {"one in five users", 0.2, 0, 0, " users", W | E | F | R},
    {"1 in 4 users", 0.25, 0, 0, " users", E | F | R},
    {"2 in 5", 0.4, 0, 0, "", E | F | R},
    {"1 in 1,000 chips", 0.001, 0, 0, " chips", E | F | R},
    {"3 in 2024", 3, 1, 1, " in 2024", 0},
    {"5 in 10 minutes", 5, 1, 1, " in 10 minutes", 0},
    {"8 in 5", 8, 1, 1, " in 5", 0},
    /* a percentage after the divisor: 800 and "over 20%" */
    {"800 over 20%", 800, 1, 100, " over 20%", 0},
    {"800 over 20 ％", 800, 1, 100, " over 20 ％", 0},
    {"five out of three pieces", 5, 1, 1, " out of three pieces", W},
    {"two out of five hundreds", 2, 1, 1, " out of five hundreds", W},
    {"one out of three.", 1.0 / 3, 0, 0, ".", W | E | F | R},
    {"nine point nought four", 9.04, 0.01, 0.01, "", W},
    {"one second", 1, 1, 1, " second", W},
    {"one hundred and two hundred", 100, 100, 100, " and two hundred", W},
    {"twenty and thirty", 20, 10, 10, " and thirty", W},
    {"twenty percent", 20, 10, 10, " percent", W},
    {"three-fold", 3, 1, 1, "-fold", W},
    {"one out of three users", 1.0 / 3, 0, 0, " users", W | E | F | R},
};

START_TEST(test_scan)
{
    cc_numeral m;
    const char *err = NULL;
    const char *in = cases[_i].in;
    size_t n = strlen(in);
    ck_assert_msg(cc_numeral_scan(in, n, &m, &err), "%s: %s", in, err ? err : "");
    ck_assert_msg(m.len == n - strlen(cases[_i].rest), "%s: read %zu bytes, rest '%s'", in, m.len, in + m.len);
    ck_assert_num_eq(m.value, cases[_i].value);
    ck_assert_num_eq(m.step, cases[_i].step);
    ck_assert_num_eq(m.nz_step, cases[_i].nz_step);
    ck_assert_msg(m.flags == cases[_i].flags, "%s: flags %#x, expected %#x", in, m.flags, cases[_i].flags);
}
END_TEST

static const struct {
    const char *in;
    const char *err;
} rejects[] = {
    {"", "expected a number"},
    {"lots", "expected a number"},
    {"NaN", "expected a number"},
    {"inf", "expected a number"},
    {"abc", "expected a number"},
    {"%5", "expected a number"},
    {"-", "expected a number"},
    {"--5", "expected a number"},
    {"a", "expected a number"},
    {"and", "expected a number"},
    {"a lot", "expected a number"},
    {"tenth", "expected a number"},
    {"a second", "expected a number"},
    {"half an hour", "expected a number"},
    {"an order", "expected a number"},
    {"an order of magnitudes", "expected a number"},
    {"点五", "expected a number"},
    {"百分点", "expected a number"},
    {"分之一", "expected a number"},
    {"打折", "expected a number"},
    {"\xe4\xb8", "expected a number"},
    {"1e400", "number too large to represent"},
    {"一兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆兆", "number too large to represent"},
    {"11111111111111111111111111111111111111111", "number too long"},
    {"0.00000000000000000000000000000000000000001", "number too long"},
};

START_TEST(test_reject)
{
    cc_numeral m;
    const char *err = NULL;
    ck_assert_msg(!cc_numeral_scan(rejects[_i].in, strlen(rejects[_i].in), &m, &err), "%s was read", rejects[_i].in);
    ck_assert_ptr_nonnull(err);
    ck_assert_str_eq(err, rejects[_i].err);
}
END_TEST

START_TEST(test_bounds)
{
    cc_numeral m;
    /* n, not the NUL, ends the input */
    ck_assert(cc_numeral_scan("123456", 3, &m, NULL));
    ck_assert_num_eq(m.value, 123);
    ck_assert_uint_eq(m.len, 3);
    ck_assert(cc_numeral_scan("两千四百五", 6, &m, NULL));
    ck_assert_num_eq(m.value, 2000);
    /* a code point cut by n is not read */
    ck_assert(cc_numeral_scan("两千四", 8, &m, NULL));
    ck_assert_num_eq(m.value, 2000);
    ck_assert_uint_eq(m.len, 6);
    ck_assert(!cc_numeral_scan("1", 0, &m, NULL));
    /* forty digits are still a number */
    ck_assert(cc_numeral_scan("1111111111111111111111111111111111111111", 40, &m, NULL));
}
END_TEST

/* cc_numeral_scan takes a shortcut for plain numbers (30, 2.78, 三) before
 * what ends them; whatever follows, it must give what the general reader
 * gives, to the bit.  Numbers x what may follow them x what may come
 * after that.  What may follow includes every code point the reader's
 * source names (read from src/numeral.c, so that a character the reader
 * learns later is tried too). */
static const char *const sc_numbers[] = {"0", "7", "30", "2025", "6000", "007", "2.78", "0.5", "3.14159", "12.5",
                                         "100.000", "123456789012345", "1234567890123456", "99999999999999.9", "1.",
                                         "1.5.3", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十",
                                         "零", "兩", "壹"};
static const char *const sc_next[] = {
    "\n", "\r", "\t", "、", "。", "〉", "》", "」", "』", "】", "〕", "〗", "〙", "〛", "‘", "’", "“", "”", "…",
    "个", "年", "月", "日", "号", "倍", "秒", "小", "毫", "家", "位", "台", "名", "人", "次", "的", "和", "群", "类",
    "场", "来", "％", "．", "０", "５", "　", "－", "／", "×", "‰", "·", "\xc2\xa0", "\xe2\x80\x89", "\xe2\x80\xaf",
    "\xe2\x88\x92", "\xe4\xb8"};
static const char *const sc_then[] = {
    "", "0", "5", "000", "123", "0000", "000人", "1/2", "万", "亿", "千", "百", "十", "多", "余", "几", "点五",
    "分之一", "分", "之", "又", "成", "折", "打", "半", "%", "个", "百分点", " ", "  万", " million", " k", "k",
    "K", "M", "G", "g", "m", "b", "bn", "B", "e5", "^2", "/4", " 1/4", "x10^3", ".5", ",000", " 000", "-", "－",
    "倍", "年", "个月", "人", "/", "分点", "成半", "折扣", "over 4", "in 5", "out of 3", "of", "thousand", "Million",
    "hundred", "billion", "trillion", "kilo", "kg", "x", "one", "half", "三", "半小时", "dozen", "Dozens", "doz", "dzs",
    "dozenal"};

/* Every code point of U+0080 and above written as 0xXXXX in the reader's source. */
static size_t sc_source_cps(unsigned *cps, size_t max)
{
    const char *dir = getenv("CC_SRC_DIR");
    char path[512];
    snprintf(path, sizeof path, "%s/numeral.c", dir && *dir ? dir : "src");
    FILE *fp = fopen(path, "rb");
    ck_assert_msg(fp != NULL, "cannot read %s (run from the repository root, or set CC_SRC_DIR)", path);
    size_t n = 0;
    int c, prev = 0;
    while ((c = fgetc(fp)) != EOF && n < max) {
        char hex[6];
        if (prev == '0' && c == 'x' && fscanf(fp, "%5[0-9A-Fa-f]", hex) == 1 && strlen(hex) >= 4) {
            unsigned cp = (unsigned)strtoul(hex, NULL, 16);
            if (cp >= 0x80 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF))
                cps[n++] = cp;
        }
        prev = c;
    }
    fclose(fp);
    return n;
}

static void sc_check(const char *number, const char *next, const char *then)
{
    char in[128];
    snprintf(in, sizeof in, "%s%s%s", number, next, then);
    size_t n = strlen(in);
    cc_numeral a, b;
    const char *ea = NULL, *eb = NULL;
    bool x = cc_numeral_scan(in, n, &a, &ea), y = cc_numeral_scan_general(in, n, &b, &eb);
    ck_assert_msg(x == y, "'%s': read %d, the general reader %d", in, x, y);
    if (x)
        ck_assert_msg(memcmp(&a.value, &b.value, sizeof a.value) == 0 && memcmp(&a.step, &b.step, sizeof a.step) == 0 &&
                          memcmp(&a.nz_step, &b.nz_step, sizeof a.nz_step) == 0 && a.len == b.len &&
                          a.flags == b.flags,
                      "'%s': %.17g step %g nz %g len %zu flags %#x; the general reader %.17g step %g nz %g len %zu "
                      "flags %#x",
                      in, a.value, a.step, a.nz_step, a.len, a.flags, b.value, b.step, b.nz_step, b.len, b.flags);
    else
        ck_assert_str_eq(ea, eb);
}

START_TEST(test_shortcut)
{
    unsigned cps[1024];
    size_t ncps = sc_source_cps(cps, sizeof cps / sizeof cps[0]);
    ck_assert_msg(ncps > 50, "only %zu code points found in the reader's source", ncps);
    size_t nnext = sizeof sc_next / sizeof sc_next[0];
    for (size_t i = 0; i < sizeof sc_numbers / sizeof sc_numbers[0]; i++) {
        for (size_t j = 0; j < 95 + nnext + ncps; j++) {
            char next[8];
            if (j < 95)
                snprintf(next, sizeof next, "%c", (char)(' ' + j));
            else if (j < 95 + nnext)
                snprintf(next, sizeof next, "%s", sc_next[j - 95]);
            else
                next[cc_utf8_encode(cps[j - 95 - nnext], next)] = '\0';
            for (size_t k = 0; k < sizeof sc_then / sizeof sc_then[0]; k++) {
                sc_check(sc_numbers[i], next, sc_then[k]);
                /* and after spaces */
                char spaced[16];
                snprintf(spaced, sizeof spaced, " %s", next);
                sc_check(sc_numbers[i], spaced, sc_then[k]);
            }
        }
    }
}
END_TEST

/* cc_numeral_scan says at once that no number starts at a CJK ideograph
 * that starts none (提, 约): what the general reader says, for every
 * ideograph of U+4000..U+9FFF and whatever follows it. */
START_TEST(test_ideograph_shortcut)
{
    for (unsigned cp = 0x4000; cp <= 0x9FFF; cp++) {
        char ch[8];
        ch[cc_utf8_encode(cp, ch)] = '\0';
        /* sc_then up to 半: digits and what continues a Chinese numeral */
        for (size_t k = 0; k < 26; k++)
            sc_check(ch, "", sc_then[k]);
    }
}
END_TEST

Suite *numeral_suite(void)
{
    Suite *s = suite_create("numeral");
    TCase *tc = tcase_create("scan");
    tcase_add_loop_test(tc, test_scan, 0, sizeof cases / sizeof cases[0]);
    tcase_add_loop_test(tc, test_reject, 0, sizeof rejects / sizeof rejects[0]);
    tcase_add_test(tc, test_bounds);
    suite_add_tcase(s, tc);
    /* a million comparisons: seconds on the sanitizer build */
    TCase *sc = tcase_create("shortcut");
    tcase_set_timeout(sc, 300);
    tcase_add_test(sc, test_shortcut);
    tcase_add_test(sc, test_ideograph_shortcut);
    suite_add_tcase(s, sc);
    return s;
}
