/* utf8.c — strict UTF-8 decoding and the width folding used to compare text. */
#include "claimcheck.h"
#include "internal.h"

#include <stdbool.h>
#include <stdint.h>

size_t cc_utf8_decode(const char *s, size_t n, unsigned *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0)
        return 0;
    unsigned c = u[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        c &= 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        c &= 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        c &= 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (u[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

size_t cc_utf8_encode(unsigned cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t cc_utf8_check(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        if (!k)
            return i;
        i += k;
    }
    return n;
}

/* Traditional characters and their simplified forms, for the characters
 * that the word lists of lexicon.c, extract.c, figure.c and numeral.c use
 * (約 约, 從 从, 縮 缩, 個 个 …): the pairs OpenCC's s2t, s2tw and s2hk
 * tables give for each of those characters (`opencc -c s2t` on the list),
 * sorted by the traditional code point.  A word added to a list with a
 * character of its own needs its row here. */
static const struct {
    unsigned short trad, simp;
} S_han[] = {
    {0x4E82, 0x4E71} /* 亂乱 */, {0x4F54, 0x5360} /* 佔占 */, {0x4F86, 0x6765} /* 來来 */, {0x500B, 0x4E2A} /* 個个 */,
    {0x50F9, 0x4EF7} /* 價价 */, {0x5104, 0x4EBF} /* 億亿 */, {0x5152, 0x513F} /* 兒儿 */, {0x5167, 0x5185} /* 內内 */,
    {0x5169, 0x4E24} /* 兩两 */, {0x5283, 0x5212} /* 劃划 */, {0x52D9, 0x52A1} /* 務务 */, {0x53C4, 0x53C1} /* 叄叁 */,
    {0x55AE, 0x5355} /* 單单 */, {0x5678, 0x5428} /* 噸吨 */, {0x5716, 0x56FE} /* 圖图 */, {0x5834, 0x573A} /* 場场 */,
    {0x584A, 0x5757} /* 塊块 */, {0x58D3, 0x538B} /* 壓压 */, {0x5B78, 0x5B66} /* 學学 */, {0x5C07, 0x5C06} /* 將将 */,
    {0x5C08, 0x4E13} /* 專专 */, {0x5C64, 0x5C42} /* 層层 */, {0x5E36, 0x5E26} /* 帶带 */, {0x5E63, 0x5E01} /* 幣币 */,
    {0x5E7E, 0x51E0} /* 幾几 */, {0x5F35, 0x5F20} /* 張张 */, {0x5F8C, 0x540E} /* 後后 */, {0x5F9E, 0x4ECE} /* 從从 */,
    {0x614B, 0x6001} /* 態态 */, {0x6236, 0x6237} /* 戶户 */, {0x63DA, 0x626C} /* 揚扬 */, {0x64A5, 0x62E8} /* 撥拨 */,
    {0x64F4, 0x6269} /* 擴扩 */, {0x652C, 0x63FD} /* 攬揽 */, {0x6578, 0x6570} /* 數数 */, {0x65BC, 0x4E8E} /* 於于 */,
    {0x6642, 0x65F6} /* 時时 */, {0x6703, 0x4F1A} /* 會会 */, {0x689D, 0x6761} /* 條条 */, {0x69CB, 0x6784} /* 構构 */,
    {0x6A13, 0x697C} /* 樓楼 */, {0x6A23, 0x6837} /* 樣样 */, {0x6B50, 0x6B27} /* 歐欧 */, {0x6B78, 0x5F52} /* 歸归 */,
    {0x6C23, 0x6C14} /* 氣气 */, {0x6E1B, 0x51CF} /* 減减 */, {0x6EFF, 0x6EE1} /* 滿满 */, {0x6F32, 0x6DA8} /* 漲涨 */,
    {0x70BA, 0x4E3A} /* 為为 */, {0x71B1, 0x70ED} /* 熱热 */, {0x7232, 0x4E3A} /* 爲为 */, {0x727D, 0x7275} /* 牽牵 */,
    {0x7368, 0x72EC} /* 獨独 */, {0x755D, 0x4EA9} /* 畝亩 */, {0x7576, 0x5F53} /* 當当 */, {0x76E7, 0x5362} /* 盧卢 */,
    {0x78BC, 0x7801} /* 碼码 */, {0x79AE, 0x793C} /* 禮礼 */, {0x7A2E, 0x79CD} /* 種种 */, {0x7B46, 0x7B14} /* 筆笔 */,
    {0x7BC0, 0x8282} /* 節节 */, {0x7D04, 0x7EA6} /* 約约 */, {0x7D0D, 0x7EB3} /* 納纳 */, {0x7D1A, 0x7EA7} /* 級级 */,
    {0x7D44, 0x7EC4} /* 組组 */, {0x7D71, 0x7EDF} /* 統统 */, {0x7DDA, 0x7EBF} /* 線线 */, {0x7E2E, 0x7F29} /* 縮缩 */,
    {0x7E3D, 0x603B} /* 總总 */, {0x7E3E, 0x7EE9} /* 績绩 */, {0x7FA3, 0x7FA4} /* 羣群 */, {0x81FA, 0x53F0} /* 臺台 */,
    {0x8207, 0x4E0E} /* 與与 */, {0x8209, 0x4E3E} /* 舉举 */, {0x842C, 0x4E07} /* 萬万 */, {0x8655, 0x5904} /* 處处 */,
    {0x865F, 0x53F7} /* 號号 */, {0x88CF, 0x91CC} /* 裏里 */, {0x88E1, 0x91CC} /* 裡里 */, {0x898B, 0x89C1} /* 見见 */,
    {0x8A08, 0x8BA1} /* 計计 */, {0x8A55, 0x8BC4} /* 評评 */, {0x8A71, 0x8BDD} /* 話话 */, {0x8ABF, 0x8C03} /* 調调 */,
    {0x8B8A, 0x53D8} /* 變变 */, {0x8CA0, 0x8D1F} /* 負负 */, {0x8CAB, 0x8D2F} /* 貫贯 */, {0x8CB3, 0x8D30} /* 貳贰 */,
    {0x8CFC, 0x8D2D} /* 購购 */, {0x8E8D, 0x8DC3} /* 躍跃 */, {0x8F03, 0x8F83} /* 較较 */, {0x8F1B, 0x8F86} /* 輛辆 */,
    {0x8F2A, 0x8F6E} /* 輪轮 */, {0x9019, 0x8FD9} /* 這这 */, {0x9023, 0x8FDE} /* 連连 */, {0x9032, 0x8FDB} /* 進进 */,
    {0x904A, 0x6E38} /* 遊游 */, {0x904E, 0x8FC7} /* 過过 */, {0x9054, 0x8FBE} /* 達达 */, {0x908A, 0x8FB9} /* 邊边 */,
    {0x91D0, 0x5398} /* 釐厘 */, {0x92B3, 0x9510} /* 銳锐 */, {0x92ED, 0x9510} /* 鋭锐 */, {0x9375, 0x952E} /* 鍵键 */,
    {0x938A, 0x9551} /* 鎊镑 */, {0x9418, 0x949F} /* 鐘钟 */, {0x9577, 0x957F} /* 長长 */, {0x9580, 0x95E8} /* 門门 */,
    {0x958B, 0x5F00} /* 開开 */, {0x9593, 0x95F4} /* 間间 */, {0x9678, 0x9646} /* 陸陆 */, {0x96D9, 0x53CC} /* 雙双 */,
    {0x96FB, 0x7535} /* 電电 */, {0x97D3, 0x97E9} /* 韓韩 */, {0x9803, 0x9877} /* 頃顷 */, {0x9805, 0x9879} /* 項项 */,
    {0x982D, 0x5934} /* 頭头 */, {0x9846, 0x9897} /* 顆颗 */, {0x985E, 0x7C7B} /* 類类 */, {0x98C6, 0x98D9} /* 飆飙 */,
    {0x9918, 0x4F59} /* 餘余 */, {0x9A5F, 0x9AA4} /* 驟骤 */, {0x9AD4, 0x4F53} /* 體体 */, {0x9EDE, 0x70B9} /* 點点 */,
    {0x9F63, 0x51FA} /* 齣出 */,
};

const size_t cc_han_fold_count = sizeof S_han / sizeof S_han[0];

unsigned cc_han_fold_at(size_t i)
{
    return i < cc_han_fold_count ? S_han[i].trad : 0;
}

/* Bit c: some row's traditional character is c (a look-up says no in a
 * few instructions to every other character, as most are). */
static uint64_t S_han_bits[65536 / 64];
static bool S_han_ready;

const uint64_t *cc_han_fold_bits(void)
{
    if (!S_han_ready) {
        for (size_t i = 0; i < cc_han_fold_count; i++)
            S_han_bits[S_han[i].trad >> 6] |= 1ull << (S_han[i].trad & 63);
        S_han_ready = true;
    }
    return S_han_bits;
}

unsigned cc_fold_han(unsigned cp)
{
    const uint64_t *bits = cc_han_fold_bits();
    if (cp >= 65536 || !((bits[cp >> 6] >> (cp & 63)) & 1))
        return cp;
    size_t lo = 0, hi = cc_han_fold_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (S_han[mid].trad < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < cc_han_fold_count && S_han[lo].trad == cp ? S_han[lo].simp : cp;
}

size_t cc_vulgar_len(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 2 && u[0] == 0xC2 && u[1] >= 0xBC && u[1] <= 0xBE)
        return 2;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x85 && u[2] >= 0x90 && u[2] <= 0x9E)
        return 3;
    return 0;
}

unsigned cc_fold_width(unsigned cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return cp - 0xFF01 + 0x21;
    switch (cp) {
    case 0x3000: return ' ';
    case 0x3002: return '.';  /* 。 */
    case 0x3001: return ',';  /* 、 */
    case 0x00B7: return '.';  /* · */
    case 0x201C: case 0x201D: return '"';
    case 0x2018: case 0x2019: return '\'';
    case 0x3010: return '[';  /* 【 */
    case 0x3011: return ']';
    case 0x300A: return '<';  /* 《 */
    case 0x300B: return '>';
    case 0x2212: return '-';  /* minus sign */
    case 0x2013: case 0x2014: return '-';
    case 0xFFE5: return 0x00A5; /* ￥ */
    case 0xFFE1: return 0x00A3; /* ￡ */
    default: return cp;
    }
}
