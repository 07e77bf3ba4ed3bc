/* buf.c — growable, always NUL-terminated byte buffer. */
#include "claimcheck.h"
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void S_grow(cc_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    b->data = cc_xrealloc(b->data, cap);
    b->cap = cap;
}

void cc_buf_put(cc_buf *b, const char *s, size_t n)
{
    S_grow(b, n);
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

char *cc_buf_room(cc_buf *b, size_t n)
{
    S_grow(b, n);
    return b->data + b->len;
}

void cc_buf_puts(cc_buf *b, const char *s)
{
    cc_buf_put(b, s, strlen(s));
}

void cc_buf_putc(cc_buf *b, char c)
{
    cc_buf_put(b, &c, 1);
}

/* Formats into the room already there, and again only when it was short. */
void cc_buf_vprintf(cc_buf *b, const char *fmt, va_list ap)
{
    S_grow(b, 63);
    size_t room = b->cap - b->len;
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(b->data + b->len, room, fmt, ap2);
    va_end(ap2);
    if (n <= 0) {
        b->data[b->len] = '\0';
        return;
    }
    if ((size_t)n >= room) {
        S_grow(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    }
    b->len += (size_t)n;
}

void cc_buf_printf(cc_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cc_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void cc_buf_clear(cc_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

char *cc_buf_detach(cc_buf *b)
{
    char *s = b->data ? b->data : cc_xstrdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void cc_buf_free(cc_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* The shortest decimal (at most 15 significant digits) that reads back as
 * x, in fixed notation for ordinary magnitudes: 999999.5, 2.775, 15000. */
size_t cc_num_format(double x, char out[CC_NUM_CHARS])
{
    if (isnan(x))
        return (size_t)snprintf(out, CC_NUM_CHARS, "NaN");
    if (isinf(x))
        return (size_t)snprintf(out, CC_NUM_CHARS, "%s", x > 0 ? "∞" : "-∞");
    if (x == 0)
        return (size_t)snprintf(out, CC_NUM_CHARS, "0");
    /* most figures have few decimals: x = m / 10^k exactly for a small k.
     * With m below 10^15 (at most 15 digits, as below) the decimal that
     * reads back as x at k decimals is unique, so this is what %.*g finds. */
    double ax0 = fabs(x);
    if (ax0 >= 1e-6 && ax0 < 1e15) {
        static const double pow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
        for (int k = 0; k < 10; k++) {
            double m = round(x * pow10[k]);
            if (fabs(m) >= 1e15)
                break;
            if (m / pow10[k] == x) {
                long long whole = (long long)m;
                unsigned long long um = whole < 0 ? (unsigned long long)(-whole) : (unsigned long long)whole;
                char digits[32];
                int nd = 0;
                do {
                    digits[nd++] = (char)('0' + um % 10);
                    um /= 10;
                } while (um);
                while (nd <= k)
                    digits[nd++] = '0';
                int t = 0;
                if (whole < 0)
                    out[t++] = '-';
                for (int i = nd - 1; i >= 0; i--) {
                    out[t++] = digits[i];
                    if (i == k && k > 0)
                        out[t++] = '.';
                }
                out[t] = '\0';
                return (size_t)t;
            }
        }
    }
    /* the fewest digits (1..15) that read back as x; below 2^53 no
     * decimal of 15 digits or fewer lies halfway between two doubles, so
     * whether p digits read back is monotonic in p and a bisection finds it */
    int p;
    if (ax0 < 9007199254740992.0) {
        /* a repeating decimal (1/3.5, 100/3) needs all 15: one try at 14
         * settles it before the bisection */
        int lo = 1, hi = 14;
        snprintf(out, CC_NUM_CHARS, "%.14g", x);
        if (strtod(out, NULL) != x)
            lo = hi = 15;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            snprintf(out, CC_NUM_CHARS, "%.*g", mid, x);
            if (strtod(out, NULL) == x)
                hi = mid;
            else
                lo = mid + 1;
        }
        p = lo;
    } else {
        for (p = 1; p < 15; p++) {
            snprintf(out, CC_NUM_CHARS, "%.*g", p, x);
            if (strtod(out, NULL) == x)
                break;
        }
    }
    double ax = fabs(x);
    if (ax >= 1e-6 && ax < 1e15) {
        int mag = (int)floor(log10(ax));
        int dec = p - 1 - mag;
        int len = snprintf(out, CC_NUM_CHARS, "%.*f", dec > 0 ? dec : 0, x);
        /* x needs more than 15 digits and its 15 end in zeros
         * (8169120.000000001): they say nothing */
        if (dec > 0) {
            while (len > 0 && out[len - 1] == '0')
                out[--len] = '\0';
            if (len > 0 && out[len - 1] == '.')
                out[--len] = '\0';
        }
        return (size_t)len;
    } else {
        snprintf(out, CC_NUM_CHARS, "%.*g", p, x);
    }
    return strlen(out);
}

void cc_buf_num(cc_buf *b, double x)
{
    char tmp[CC_NUM_CHARS];
    size_t n = cc_num_format(x, tmp);
    cc_buf_put(b, tmp, n);
}

#define S_WRITTEN_SIG 12 /* significant digits a number as written may have */
#define S_READABLE_SIG 6

/* The significant digits of a printed number (an exponent form counts as
 * long). */
static int S_sig(const char *t, size_t n)
{
    int sig = 0;
    bool lead = true;
    for (size_t i = 0; i < n; i++) {
        if (t[i] >= '1' && t[i] <= '9')
            lead = false;
        if (t[i] >= '0' && t[i] <= '9' && !lead)
            sig++;
        else if (t[i] == 'e')
            return S_WRITTEN_SIG + 1;
    }
    return sig;
}

size_t cc_num_format_readable(double x, int dir, char out[CC_NUM_CHARS])
{
    size_t n = cc_num_format(x, out);
    if (isfinite(x) && S_sig(out, n) > S_WRITTEN_SIG) {
        double y;
        if (dir == 0) {
            char g[CC_NUM_CHARS];
            snprintf(g, sizeof g, "%.*g", S_READABLE_SIG, x);
            y = strtod(g, NULL);
        } else {
            y = cc_round_sig(x, S_READABLE_SIG, dir > 0);
        }
        n = cc_num_format(y, out);
    }
    return n;
}

void cc_buf_num_readable_dir(cc_buf *b, double x, int dir)
{
    char t[CC_NUM_CHARS];
    size_t n = cc_num_format_readable(x, dir, t);
    cc_buf_put(b, t, n);
}

void cc_buf_num_readable(cc_buf *b, double x)
{
    cc_buf_num_readable_dir(b, x, 0);
}
