/* fuzz_figure.c — libFuzzer: one figure string (cc_figure_parse) and one
 * numeral (cc_numeral_scan).  A figure read must hold no NaN, a finite
 * nominal value, and print no inf or NaN. */
#include "fuzz.h"

#include <math.h>

static void S_check_iv(cc_interval iv)
{
    if (isnan(iv.lo) || isnan(iv.hi))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    cc_numeral num;
    const char *nerr = NULL;
    if (cc_numeral_scan(s, size, &num, &nerr)) {
        if (num.len == 0 || num.len > size || !isfinite(num.value) || isnan(num.step) || isnan(num.nz_step))
            abort();
    } else if (size > 0 && !nerr) {
        /* a refusal without a message is allowed only for "not a numeral" */
    }

    cc_figure fig;
    char *err = NULL;
    if (!cc_figure_parse(s, size, NULL, &fig, &err)) {
        if (!err || !*err)
            abort();
        free(err);
        return 0;
    }
    if (size > CC_FIGURE_MAX)
        abort();
    if (!fig.input || !fig.unit || fig.n_readings < 1 || fig.n_readings > CC_MAX_READINGS)
        abort();
    if (!isfinite(fig.value) || isnan(fig.step))
        abort();
    S_check_iv(fig.iv);
    for (int i = 0; i < fig.n_readings; i++) {
        S_check_iv(fig.readings[i].iv);
        if (memchr(fig.readings[i].label, '\0', CC_LABEL_MAX) == NULL)
            abort();
    }
    cc_buf b = CC_BUF_INIT;
    cc_figure_json(&fig, &b);
    cc_buf_putc(&b, '\n');
    cc_figure_describe(&fig, &b);
    cc_buf_putc(&b, '\n');
    cc_iv_format(&b, fig.iv);
    cc_iv_format_sig(&b, fig.iv, 3);
    S_assert_finite_text("figure", data, size, b.data, b.len);
    cc_buf_free(&b);
    cc_figure_free(&fig);
    return 0;
}
