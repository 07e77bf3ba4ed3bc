/* interval.c — interval arithmetic with open and closed ends. */
#include "claimcheck.h"
#include "internal.h"

#include <float.h>
#include <math.h>

cc_interval cc_iv(double lo, double hi, bool lo_open, bool hi_open)
{
    cc_interval a = {lo, hi, lo_open || isinf(lo), hi_open || isinf(hi)};
    return a;
}

cc_interval cc_iv_point(double x)
{
    return cc_iv(x, x, false, false);
}

bool cc_iv_empty(cc_interval a)
{
    return a.lo > a.hi || (a.lo == a.hi && (a.lo_open || a.hi_open));
}

bool cc_iv_bounded(cc_interval a)
{
    return isfinite(a.lo) && isfinite(a.hi);
}

bool cc_iv_contains(cc_interval a, double x)
{
    if (x < a.lo || (x == a.lo && a.lo_open))
        return false;
    if (x > a.hi || (x == a.hi && a.hi_open))
        return false;
    return true;
}

cc_interval cc_iv_intersect(cc_interval a, cc_interval b)
{
    cc_interval r;
    if (a.lo > b.lo || (a.lo == b.lo && a.lo_open)) {
        r.lo = a.lo;
        r.lo_open = a.lo_open;
    } else {
        r.lo = b.lo;
        r.lo_open = b.lo_open;
    }
    if (a.hi < b.hi || (a.hi == b.hi && a.hi_open)) {
        r.hi = a.hi;
        r.hi_open = a.hi_open;
    } else {
        r.hi = b.hi;
        r.hi_open = b.hi_open;
    }
    return r;
}

bool cc_iv_overlaps(cc_interval a, cc_interval b)
{
    return !cc_iv_empty(a) && !cc_iv_empty(b) && !cc_iv_empty(cc_iv_intersect(a, b));
}

/* One end of a product: the extreme of x*y, open if either factor's end is.
 * 0 * inf is taken as 0 (a bound of zero stays zero). */
static double S_mul(double x, double y)
{
    if (x == 0 || y == 0)
        return 0;
    return x * y;
}

/* x * (1/y) as S_mul would compute it, without forming 1/y: 1/±inf is 0,
 * and 1/0 is the infinity of the side (sign) that b lies on. */
static double S_quot(double x, double y, int side)
{
    if (x == 0 || isinf(y))
        return 0;
    if (y == 0)
        return S_mul(x, side * INFINITY);
    return x / y;
}

/* A result whose low end overflowed to +inf (or high end to -inf) lies
 * beyond the doubles: the nearest double is still a bound, and the
 * interval stays non-empty instead of turning into (inf, inf). */
static cc_interval S_saturate(double lo, double hi, bool lo_open, bool hi_open)
{
    if (lo == INFINITY) {
        lo = DBL_MAX;
        lo_open = true;
    }
    if (hi == -INFINITY) {
        hi = -DBL_MAX;
        hi_open = true;
    }
    return cc_iv(lo, hi, lo_open, hi_open);
}

/* The four ends of a * [r_lo, r_hi], where r is b itself (mul) or its
 * reciprocal (div: r_lo = 1/b.hi, r_hi = 1/b.lo, divided directly so that
 * a subnormal b does not overflow 1/b). */
static cc_interval S_mul_ends(cc_interval a, cc_interval b, bool div)
{
    double c[4];
    if (!div) {
        c[0] = S_mul(a.lo, b.lo);
        c[1] = S_mul(a.lo, b.hi);
        c[2] = S_mul(a.hi, b.lo);
        c[3] = S_mul(a.hi, b.hi);
    } else {
        c[0] = S_quot(a.lo, b.hi, -1);
        c[1] = S_quot(a.lo, b.lo, 1);
        c[2] = S_quot(a.hi, b.hi, -1);
        c[3] = S_quot(a.hi, b.lo, 1);
        bool t = b.lo_open;
        b.lo_open = b.hi_open;
        b.hi_open = t;
    }
    bool o[4] = {a.lo_open || b.lo_open, a.lo_open || b.hi_open, a.hi_open || b.lo_open,
                 a.hi_open || b.hi_open};
    int lo = 0, hi = 0;
    for (int i = 1; i < 4; i++) {
        if (c[i] < c[lo] || (c[i] == c[lo] && !o[i]))
            lo = i;
        if (c[i] > c[hi] || (c[i] == c[hi] && !o[i]))
            hi = i;
    }
    return S_saturate(c[lo], c[hi], o[lo], o[hi]);
}

cc_interval cc_iv_mul(cc_interval a, cc_interval b)
{
    return S_mul_ends(a, b, false);
}

static cc_interval S_neg(cc_interval a)
{
    return cc_iv(-a.hi, -a.lo, a.hi_open, a.lo_open);
}

/* 1/a for a on the positive side (a.lo > 0, or a.lo == 0 open). */
static cc_interval S_recip_pos(cc_interval a)
{
    double lo = isinf(a.hi) ? 0 : 1 / a.hi;
    double hi = a.lo == 0 ? INFINITY : 1 / a.lo;
    return S_saturate(lo, hi, a.hi_open, a.lo_open);
}

cc_interval cc_iv_recip(cc_interval a, bool *ok)
{
    *ok = !cc_iv_empty(a) && !cc_iv_contains(a, 0) && !(a.lo < 0 && a.hi > 0);
    if (!*ok)
        return cc_iv(-INFINITY, INFINITY, true, true);
    if (a.lo >= 0)
        return S_recip_pos(a);
    return S_neg(S_recip_pos(S_neg(a)));
}

cc_interval cc_iv_div(cc_interval a, cc_interval b, bool *ok)
{
    cc_interval r = cc_iv_recip(b, ok);
    if (!*ok)
        return r;
    return S_mul_ends(a, b, true);
}

cc_interval cc_iv_scale(cc_interval a, double k)
{
    return cc_iv_mul(a, cc_iv_point(k));
}

cc_interval cc_iv_add(cc_interval a, double k)
{
    return S_saturate(a.lo + k, a.hi + k, a.lo_open, a.hi_open);
}

cc_interval cc_iv_sub(cc_interval a, cc_interval b)
{
    return S_saturate(a.lo - b.hi, a.hi - b.lo, a.lo_open || b.hi_open, a.hi_open || b.lo_open);
}

double cc_iv_mid(cc_interval a)
{
    if (!cc_iv_bounded(a))
        return isfinite(a.lo) ? a.lo : a.hi;
    return (a.lo + a.hi) / 2;
}

void cc_iv_format(cc_buf *b, cc_interval a)
{
    cc_buf_putc(b, a.lo_open ? '(' : '[');
    cc_buf_num(b, a.lo);
    cc_buf_adds(b, ", ");
    cc_buf_num(b, a.hi);
    cc_buf_putc(b, a.hi_open ? ')' : ']');
}

/* x rounded to sig significant digits, towards -inf (down) or +inf
 * (internal.h). */
double cc_round_sig(double x, int sig, bool up)
{
    if (!isfinite(x) || x == 0)
        return x;
    /* the scale is applied in two factors: for a subnormal x one power of
     * ten would overflow to inf and the result be NaN */
    int e = sig - 1 - (int)floor(log10(fabs(x)));
    double s1 = pow(10, e > 300 ? 300 : e), s2 = e > 300 ? pow(10, e - 300) : 1;
    double y = x * s1 * s2;
    /* values already exact at this precision must not move */
    double r = round(y);
    if (fabs(y - r) >= 1e-9 * fmax(1, fabs(y)))
        r = up ? ceil(y) : floor(y);
    r = r / s2 / s1;
    /* rounding 1.797e308 up overflows: keep x, which is still a bound */
    return isfinite(r) ? r : x;
}

void cc_iv_format_sig(cc_buf *b, cc_interval a, int sig)
{
    cc_iv_format(b, cc_iv(cc_round_sig(a.lo, sig, false), cc_round_sig(a.hi, sig, true), a.lo_open, a.hi_open));
}

void cc_iv_format_readable(cc_buf *b, cc_interval a)
{
    /* one exact value (三分之一 is [33.3333, 33.3333]): as the value is printed */
    bool one = a.lo == a.hi;
    cc_buf_putc(b, a.lo_open ? '(' : '[');
    cc_buf_num_readable_dir(b, a.lo, one ? 0 : -1);
    cc_buf_adds(b, ", ");
    cc_buf_num_readable_dir(b, a.hi, one ? 0 : 1);
    cc_buf_putc(b, a.hi_open ? ')' : ']');
}
