/* render_line.c — one finding a line, `path:line:col: severity: message [rule]`,
 * the form compilers and grep print, so editors and quickfix lists jump to it. */
#include "render.h"

void cc_render_line(FILE *fp, const cc_report_in *in)
{
    cc_buf b = CC_BUF_INIT;
    for (size_t i = 0; i < in->findings->n; i++) {
        const cc_finding *f = &in->findings->v[i];
        if (f->suppressed)
            continue;
        cc_buf_clear(&b);
        /* A finding about the whole file points at its first line. */
        cc_render_clean(&b, f->file ? f->file : "", 0);
        cc_buf_printf(&b, ":%zu:%zu: %s: ", f->line ? f->line : 1, f->col ? f->col : 1,
                      cc_severity_name(f->severity));
        cc_render_clean(&b, f->message ? f->message : "", 0);
        cc_buf_printf(&b, " [%s]\n", f->rule);
        fputs(b.data, fp);
    }
    cc_buf_free(&b);
}
