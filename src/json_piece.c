/* json_piece.c — JSON text printed by cJSON one value at a time.
 *
 * A writer that prints many objects of the same shape (a jsonl row, the
 * Figure fields) can piece each object together instead of building a
 * tree and printing it: cJSON prints each string and number through one
 * scratch item, and the writer adds the punctuation cJSON_PrintUnformatted
 * puts between them ("{", "name":value joined by ",", "}"; "[", values
 * joined by ",", "]").  The text is the same, at a fraction of the cost:
 * a tree of twenty members costs ~13 000 instructions to build, print and
 * delete, most of it in the printer's bookkeeping.  A string with nothing
 * to escape, most of them, is copied between quotes, which is what cJSON
 * prints for it (tests/unit/test_internal.c holds the two to each other). */
#include "internal.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define S_NUMS 4096 /* remembered number texts; a power of two */

struct cc_jnum {
    uint64_t bits;
    bool used;
    unsigned char len;
    char text[38];
};

void cc_jpiece_init(cc_jpiece *p)
{
    memset(p, 0, sizeof *p);
    p->str = cJSON_CreateStringReference("");
    p->num = cJSON_CreateNumber(0);
    p->nums = cc_xcalloc(S_NUMS, sizeof *p->nums);
}

void cc_jpiece_free(cc_jpiece *p)
{
    cJSON_Delete(p->str);
    cJSON_Delete(p->num);
    free(p->nums);
    free(p->print);
    cc_buf_free(&p->copy);
}

/* Prints item into the reusable buffer; returns its length. */
static size_t S_print(cc_jpiece *p, cJSON *item)
{
    if (!p->print) {
        p->print_cap = 4096;
        p->print = cc_xmalloc(p->print_cap);
    }
    /* cJSON asks for 5 bytes more than the text needs */
    while (!cJSON_PrintPreallocated(item, p->print, (int)p->print_cap, false)) {
        p->print_cap *= 2;
        p->print = cc_xrealloc(p->print, p->print_cap);
    }
    return strlen(p->print);
}

/* Does s[0, n) hold a byte cJSON escapes: below 0x20 (NUL too, where
 * cJSON's copy would end), '"' or '\\'?  Eight bytes a step:
 * (v - 0x20..20) & ~v & 0x80..80 is not zero exactly when a byte of v is
 * below 0x20 (a borrow starts only in such a byte), and a zero byte of
 * v ^ 0x22..22 or v ^ 0x5C..5C, a '"' or a '\\', shows the same way. */
static bool S_needs_escape(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
        if ((((v - ones * 0x20) & ~v) | ((q - ones) & ~q) | ((b - ones) & ~b)) & high)
            return true;
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == '"' || s[i] == '\\')
            return true;
    return false;
}

/* Prints s[0, n) as cJSON would where it has nothing to escape: its bytes
 * between quotes (cJSON escapes only those of S_needs_escape); false,
 * printing nothing, where it has. */
static bool S_plain_str(cc_buf *out, const char *s, size_t n)
{
    if (S_needs_escape(s, n))
        return false;
    char *at = cc_buf_room(out, n + 2);
    at[0] = '"';
    memcpy(at + 1, s, n);
    at[n + 1] = '"';
    at[n + 2] = '\0';
    out->len += n + 2;
    return true;
}

void cc_jpiece_strz(cc_jpiece *p, cc_buf *out, const char *s)
{
    if (S_plain_str(out, s, strlen(s)))
        return;
    p->str->valuestring = (char *)s;
    cc_buf_add(out, p->print, S_print(p, p->str));
}

void cc_jpiece_static(cc_jpiece *p, cc_buf *out, const char *s)
{
    /* the names of a table sit side by side: a multiplicative hash spreads
     * them over the 64 places */
    _Static_assert(sizeof p->names / sizeof p->names[0] == 64, "the hash keeps 6 bits");
    size_t i = (size_t)(((uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull) >> 58);
    if (p->names[i].s != s) {
        size_t at = out->len;
        cc_jpiece_strz(p, out, s);
        if (out->len - at <= sizeof p->names[i].text) {
            p->names[i].s = s;
            p->names[i].len = (unsigned char)(out->len - at);
            memcpy(p->names[i].text, out->data + at, out->len - at);
        }
        return;
    }
    cc_buf_add(out, p->names[i].text, p->names[i].len);
}

void cc_jpiece_str(cc_jpiece *p, cc_buf *out, const char *s, size_t n)
{
    /* most text has nothing to escape */
    if (S_plain_str(out, s, n))
        return;
    /* cJSON prints a NUL-terminated string */
    cc_buf_clear(&p->copy);
    cc_buf_add(&p->copy, s, n);
    p->str->valuestring = p->copy.data;
    /* straight into out: at most six bytes a byte (\u00XX), two quotes,
     * and the 5 bytes cJSON asks for beyond the text */
    if (n < (INT_MAX - 16) / 6) {
        int room = (int)(6 * n + 16);
        char *at = cc_buf_room(out, (size_t)room);
        if (cJSON_PrintPreallocated(p->str, at, room, false)) {
            out->len += strlen(at);
            return;
        }
        *at = '\0';
    }
    cc_buf_add(out, p->print, S_print(p, p->str));
}

void cc_jpiece_num(cc_jpiece *p, cc_buf *out, double x)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    size_t i = (size_t)((bits * 0x9E3779B97F4A7C15ull) >> 52) & (S_NUMS - 1);
    for (; p->nums[i].used; i = (i + 1) & (S_NUMS - 1))
        if (p->nums[i].bits == bits) {
            cc_buf_add(out, p->nums[i].text, p->nums[i].len);
            return;
        }
    /* cJSON prints with snprintf and checks with sscanf: the slowest part
     * of a new figure, hence the memo, which starts over when half full */
    cJSON_SetNumberValue(p->num, x);
    size_t len = S_print(p, p->num);
    cc_buf_add(out, p->print, len);
    if (len >= sizeof p->nums[i].text)
        return;
    if (p->nums_used >= S_NUMS / 2) {
        memset(p->nums, 0, S_NUMS * sizeof *p->nums);
        p->nums_used = 0;
        i = (size_t)((bits * 0x9E3779B97F4A7C15ull) >> 52) & (S_NUMS - 1);
    }
    p->nums_used++;
    p->nums[i].used = true;
    p->nums[i].bits = bits;
    p->nums[i].len = (unsigned char)len;
    memcpy(p->nums[i].text, p->print, len);
}

void cc_jpiece_int(cc_jpiece *p, cc_buf *out, size_t v)
{
    /* cJSON prints a number with "%1.15g" (checked by sscanf), which for
     * an integer below 10^15 is its plain digits */
    if (v >= 1000000000000000u) {
        cc_jpiece_num(p, out, (double)v);
        return;
    }
    /* two digits a step: a row prints three to seven of these */
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    char d[24];
    size_t k = sizeof d;
    while (v >= 100) {
        size_t r = v % 100;
        v /= 100;
        k -= 2;
        memcpy(d + k, pairs + 2 * r, 2);
    }
    if (v >= 10) {
        k -= 2;
        memcpy(d + k, pairs + 2 * v, 2);
    } else {
        d[--k] = (char)('0' + v);
    }
    cc_buf_add(out, d + k, sizeof d - k);
}
