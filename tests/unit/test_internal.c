/* test_internal.c — the small helpers of src/internal.h that extract's
 * output and memos are built on: cc_hash, cc_buf_add and cc_jpiece_str. */
#include "unit.h"
#include "../../src/internal.h"

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

Suite *internal_suite(void)
{
    Suite *s = suite_create("internal");
    TCase *tc = tcase_create("helpers");
    tcase_add_test(tc, test_hash_reads_only_its_bytes);
    tcase_add_test(tc, test_hash_spreads);
    tcase_add_test(tc, test_buf_add);
    tcase_add_test(tc, test_jpiece_str_is_cjson);
    tcase_add_test(tc, test_jpiece_int_is_cjson);
    suite_add_tcase(s, tc);
    return s;
}
