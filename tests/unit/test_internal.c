/* test_internal.c — the small helpers of src/internal.h that extract's
 * output and memos are built on: cc_hash, cc_buf_add and cc_jpiece_str;
 * and the lexicon's look-back, cc_lex_ends. */
#include "unit.h"
#include "../../src/internal.h"
#include "../../src/lexicon.h"

#include <stdlib.h>

/* The hash depends on the bytes of s[0, n) and nothing else: the same
 * text at another address, with other bytes around it, hashes the same. */
START_TEST(test_hash_reads_only_its_bytes)
{
    static const char text[] = "提升了约30%以上, up to 20 percent faster";
    size_t len = sizeof text - 1;
    for (size_t n = 0; n <= len; n++) {
        char *a = malloc(n + 16), *b = malloc(n + 16);
        memset(a, 'x', n + 16);
        memset(b, 'y', n + 16);
        memcpy(a + 3, text, n);
        memcpy(b + 11, text, n);
        ck_assert_msg(cc_hash(a + 3, n) == cc_hash(b + 11, n), "length %zu: the bytes around changed the hash", n);
        free(a);
        free(b);
    }
}
END_TEST

/* 4096 different texts (each holds its number k in twelve bytes of 'a'
 * and 'b', at an offset and with a length that vary) spread over the low
 * bits the memos index with as random numbers would: they fill about
 * 1 - 1/e of 4096 buckets. */
START_TEST(test_hash_spreads)
{
    enum { N = 4096, BUCKETS = 4096 };
    static unsigned char used[BUCKETS];
    memset(used, 0, sizeof used);
    char buf[40];
    size_t filled = 0;
    for (unsigned k = 0; k < N; k++) {
        memset(buf, 'a', sizeof buf);
        size_t off = (k % 4) * 7, n = off + 12 + k % 5;
        for (unsigned j = 0; j < 12; j++)
            buf[off + j] = (char)('a' + ((k >> j) & 1));
        unsigned h = cc_hash(buf, n) & (BUCKETS - 1);
        filled += !used[h];
        used[h] = 1;
    }
    ck_assert_msg(filled > 2450 && filled < 2730, "%zu of %d buckets used, expected about 2589", filled, BUCKETS);
}
END_TEST

/* cc_buf_add is cc_buf_put: from an empty buffer, at the edge of its
 * room, and past it. */
START_TEST(test_buf_add)
{
    cc_buf a = CC_BUF_INIT, b = CC_BUF_INIT;
    for (size_t k = 0; k < 2000; k++) {
        char piece[8];
        size_t n = k % 8;
        for (size_t i = 0; i < n; i++)
            piece[i] = (char)('a' + (k + i) % 26);
        cc_buf_add(&a, piece, n);
        cc_buf_put(&b, piece, n);
        if (k % 7 == 0) {
            cc_buf_addc(&a, '\n');
            cc_buf_putc(&b, '\n');
        }
        ck_assert_uint_eq(a.len, b.len);
        ck_assert_msg(a.data && memcmp(a.data, b.data, a.len + 1) == 0, "differs after piece %zu", k);
    }
    cc_buf_free(&a);
    cc_buf_free(&b);
}
END_TEST

/* cc_jpiece_str prints what cJSON_PrintUnformatted prints for the string,
 * after what the buffer held, whatever it must escape: nothing, every byte
 * (\u0001 is six bytes for one), quotes, backslashes, UTF-8, and lengths
 * across the buffer's growth. */
START_TEST(test_jpiece_str_is_cjson)
{
    static const char *const pieces[] = {"", "plain", "quote \" and \\ back", "\x01\x1f tab\t nl\n",
                                         "中文 → ∞", "\x7f del /slash/", "\xc3\x28 invalid", "\x01"};
    cc_jpiece jp;
    cc_jpiece_init(&jp);
    cc_buf out = CC_BUF_INIT;
    for (size_t k = 0; k < 400; k++) {
        cc_buf in = CC_BUF_INIT;
        for (size_t r = 0; r < k % 37; r++)
            cc_buf_puts(&in, pieces[(k + r) % 8]);
        if (k % 50 == 49) /* long runs of a byte escaped as \u0001 */
            for (size_t r = 0; r < 1000 * (k / 50); r++)
                cc_buf_putc(&in, '\x01');
        cc_buf_clear(&out);
        cc_buf_puts(&out, "head:");
        cc_jpiece_str(&jp, &out, in.data ? in.data : "", in.len);
        cJSON *item = cJSON_CreateString(in.data ? in.data : "");
        char *want = cJSON_PrintUnformatted(item);
        ck_assert_uint_eq(out.len, 5 + strlen(want));
        ck_assert_msg(strcmp(out.data + 5, want) == 0 && memcmp(out.data, "head:", 5) == 0, "string %zu differs", k);
        free(want);
        cJSON_Delete(item);
        cc_buf_free(&in);
    }
    /* cJSON prints a string up to its first NUL; each byte it escapes,
     * alone in eight bytes of plain text at each place of the word */
    cc_buf_clear(&out);
    cc_jpiece_str(&jp, &out, "ab\0cd", 5);
    ck_assert_str_eq(out.data, "\"ab\"");
    static const char special[] = {'"', '\\', '\x1f', '\n', '\x01'};
    for (size_t c = 0; c < sizeof special; c++)
        for (size_t at = 0; at < 9; at++) {
            char in[10];
            memset(in, 'x', sizeof in);
            in[at] = special[c];
            cc_buf_clear(&out);
            cc_jpiece_str(&jp, &out, in, sizeof in);
            char z[sizeof in + 1];
            memcpy(z, in, sizeof in);
            z[sizeof in] = '\0';
            cJSON *item = cJSON_CreateString(z);
            char *want = cJSON_PrintUnformatted(item);
            ck_assert_msg(strcmp(out.data, want) == 0, "byte 0x%02x at %zu: printed %s, cJSON %s",
                          (unsigned char)special[c], at, out.data, want);
            free(want);
            cJSON_Delete(item);
        }
    cc_buf_free(&out);
    cc_jpiece_free(&jp);
}
END_TEST

/* cc_jpiece_int prints what cJSON prints for the same number: every
 * length of digits, the edges of each two-digit step, and past 10^15. */
START_TEST(test_jpiece_int_is_cjson)
{
    cc_jpiece jp;
    cc_jpiece_init(&jp);
    cc_buf out = CC_BUF_INIT;
    size_t p10 = 1;
    for (int d = 0; d <= 17; d++, p10 *= 10) {
        size_t vs[] = {p10 - 1, p10, p10 + 1, p10 + 9, p10 + 10, p10 * 5 + 7, p10 * 9 + p10 / 10 * 9};
        for (size_t i = 0; i < sizeof vs / sizeof vs[0]; i++) {
            size_t v = vs[i];
            cc_buf_clear(&out);
            cc_jpiece_int(&jp, &out, v);
            cJSON *item = cJSON_CreateNumber((double)v);
            char *want = cJSON_PrintUnformatted(item);
            ck_assert_msg(strcmp(out.data, want) == 0, "%zu: printed %s, cJSON %s", v, out.data, want);
            free(want);
            cJSON_Delete(item);
        }
    }
    cc_buf_free(&out);
    cc_jpiece_free(&jp);
}
END_TEST

/* cc_lex_ends walks a trie of the reversed words; it gives, for each
 * length, the word cc_lex_match_all gives for those bytes, for every end
 * of every text and every class: mixed case, words inside words, symbols,
 * and bytes that are no UTF-8 before a word. */
START_TEST(test_lex_ends_is_match_all)
{
    static const char *const texts[] = {
        "性能提升了", "较去年同期增长了约", "性能提升至原来的", "相比提高到了达", "每秒", "不少于", "最高可达",
        "latency was Reduced By", "it rose to about", "UP TO", "more than", "at least a factor of", "less than ~",
        "下降至不到", "\xE4\xBA了", "\x80\x80提升了", "x\xC3\x97", "费用为¥", "US$", "约 ", "几乎翻了", "超过了近",
    };
    static const unsigned masks[] = {
        CC_W_PREQUAL, CC_W_VERB, CC_W_FILLER, CC_W_LEVELPRE, CC_W_PER, CC_W_MONEY, CC_W_UNIT,
        CC_W_PREQUAL | CC_W_VERB | CC_W_LEVELPRE | CC_W_FILLER | CC_W_SEVERAL | CC_W_PREUNIT | CC_W_PER | CC_W_MONEY,
        0xFFFFu};
    size_t compared = 0, found = 0;
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        char s[64];
        size_t len = 0;
        for (const char *p = texts[t]; *p; p++) {
            unsigned v;
            if (p[0] == '\\' && p[1] == 'x' && sscanf(p + 2, "%2x", &v) == 1) {
                s[len++] = (char)v;
                p += 3;
            } else
                s[len++] = *p;
        }
        for (size_t n = 1; n <= len; n++)
            for (size_t m = 0; m < sizeof masks / sizeof masks[0]; m++) {
                cc_lex_end got[64];
                size_t count = cc_lex_ends(s, n, masks[m], got), at = 0;
                for (size_t k = 1; k <= n && k < 64; k++) {
                    const cc_word *w = cc_lex_match_all(s + n - k, k, masks[m]);
                    if (!w)
                        continue;
                    ck_assert_msg(at < count, "%s[0, %zu) mask %#x: no word of %zu bytes, cc_lex_match_all gives %s",
                                  texts[t], n, masks[m], k, w->text);
                    ck_assert_msg(got[at].len == k && got[at].word == w, "%s[0, %zu) mask %#x: %s (%zu bytes), not %s",
                                  texts[t], n, masks[m], got[at].word->text, got[at].len, w->text);
                    at++;
                    found++;
                }
                ck_assert_msg(at == count, "%s[0, %zu) mask %#x: %zu words, cc_lex_match_all gives %zu", texts[t], n,
                              masks[m], count, at);
                compared++;
            }
    }
    /* the texts hold words of the lexicon: an index that found none would pass the above */
    ck_assert_uint_gt(found, 40);
    ck_assert_uint_gt(compared, 500);
}
END_TEST

/* cc_fold_han's table is sorted (a binary search reads it), each
 * traditional character folds to a simplified one, three bytes both,
 * which folds no further; and a character of no row is left as it is. */
START_TEST(test_fold_han_table)
{
    ck_assert_uint_gt(cc_han_fold_count, 100);
    for (size_t i = 0; i < cc_han_fold_count; i++) {
        unsigned t = cc_han_fold_at(i), f = cc_fold_han(t);
        if (i > 0)
            ck_assert_msg(cc_han_fold_at(i - 1) < t, "row %zu: U+%04X after U+%04X", i, t, cc_han_fold_at(i - 1));
        ck_assert_msg(f != t, "U+%04X folds to itself", t);
        ck_assert_msg(t >= 0x4E00 && t <= 0x9FFF && f >= 0x4E00 && f <= 0x9FFF, "U+%04X -> U+%04X", t, f);
        ck_assert_msg(cc_fold_han(f) == f, "U+%04X -> U+%04X folds again", t, f);
    }
    static const struct {
        unsigned in, out;
    } cases[] = {{0x7D04, 0x7EA6}, /* 約 约 */ {0x5F9E, 0x4ECE}, /* 從 从 */ {0x7E2E, 0x7F29}, /* 縮 缩 */
                 {0x500B, 0x4E2A}, /* 個 个 */ {0x7EA6, 0x7EA6}, /* 约 */  {0x4E00, 0x4E00}, /* 一 */
                 {'A', 'A'},       {0x9FFF, 0x9FFF}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_uint_eq(cc_fold_han(cases[i].in), cases[i].out);
    ck_assert_uint_eq(cc_han_fold_at(cc_han_fold_count), 0);
}
END_TEST

Suite *internal_suite(void)
{
    Suite *s = suite_create("internal");
    TCase *tc = tcase_create("helpers");
    tcase_add_test(tc, test_hash_reads_only_its_bytes);
    tcase_add_test(tc, test_hash_spreads);
    tcase_add_test(tc, test_buf_add);
    tcase_add_test(tc, test_jpiece_str_is_cjson);
    tcase_add_test(tc, test_jpiece_int_is_cjson);
    tcase_add_test(tc, test_lex_ends_is_match_all);
    tcase_add_test(tc, test_fold_han_table);
    suite_add_tcase(s, tc);
    return s;
}
