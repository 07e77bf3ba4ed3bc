/* render_github.c — GitHub Actions workflow commands, one annotation a
 * line: `::error file=F,line=L,col=C,title=T::MESSAGE`.
 *
 * The runner reads every line of a step's output as a possible command, so
 * nothing from a ledger may start a line or end one: text is escaped as the
 * Actions toolkit escapes it (% CR LF in the message; also : and , in a
 * property), and other control characters become spaces.  A step shows only
 * ten annotations of each kind, so errors come first, then warnings, then
 * notices, each cut at ten, and a closing notice counts what was cut. */
#include "gate.h"

#include <stdlib.h>
#include <string.h>

#define S_MAX_PER_KIND 10

static void S_escape(cc_buf *b, const char *s, bool property)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        if (!k) {
            cc_buf_puts(b, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        if (cp == '%')
            cc_buf_puts(b, "%25");
        else if (cp == '\r')
            cc_buf_puts(b, "%0D");
        else if (cp == '\n')
            cc_buf_puts(b, "%0A");
        else if (property && cp == ':')
            cc_buf_puts(b, "%3A");
        else if (property && cp == ',')
            cc_buf_puts(b, "%2C");
        else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029)
            cc_buf_putc(b, ' ');
        else
            cc_buf_put(b, s + i, k);
        i += k;
    }
}

static const char *S_command(cc_severity s)
{
    switch (s) {
    case CC_SEV_ERROR: return "error";
    case CC_SEV_WARNING: return "warning";
    default: return "notice";
    }
}

static void S_annotate(FILE *fp, cc_buf *b, const cc_finding *f, const char *path, size_t line, size_t col)
{
    cc_buf_clear(b);
    cc_buf_printf(b, "::%s file=", S_command(f->severity));
    S_escape(b, path, true);
    cc_buf_printf(b, ",line=%zu", line);
    if (col)
        cc_buf_printf(b, ",col=%zu", col);
    cc_buf_puts(b, ",title=");
    cc_buf b2 = CC_BUF_INIT;
    cc_buf_printf(&b2, "claimcheck: %s", f->rule);
    if (f->claim) {
        cc_buf_puts(&b2, " (claim ");
        cc_buf_puts(&b2, f->claim);
        cc_buf_puts(&b2, ")");
    }
    S_escape(b, b2.data, true);
    cc_buf_free(&b2);
    cc_buf_puts(b, "::");
    S_escape(b, f->message && *f->message ? f->message : f->rule, false);
    if (f->derivation && *f->derivation) {
        cc_buf_puts(b, "%0A");
        S_escape(b, f->derivation, false);
    }
    cc_buf_putc(b, '\n');
    fputs(b->data, fp);
}

static const char *S_plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

void cc_render_github(FILE *fp, const cc_report_in *in)
{
    const cc_findings *fs = in->findings;
    size_t count[3] = {0, 0, 0};
    for (size_t i = 0; i < fs->n; i++)
        if (!fs->v[i].suppressed && fs->v[i].severity >= CC_SEV_INFO)
            count[fs->v[i].severity]++;
    /* The closing notice is itself a notice: when it is needed, it takes
     * the tenth place of the notices. */
    size_t limit[3] = {S_MAX_PER_KIND, S_MAX_PER_KIND, S_MAX_PER_KIND};
    bool closing = count[CC_SEV_ERROR] > S_MAX_PER_KIND || count[CC_SEV_WARNING] > S_MAX_PER_KIND ||
                   count[CC_SEV_INFO] > S_MAX_PER_KIND;
    if (closing)
        limit[CC_SEV_INFO] = S_MAX_PER_KIND - 1;

    cc_buf b = CC_BUF_INIT;
    cc_gate_files files = CC_GATE_FILES_INIT;
    for (int sev = CC_SEV_ERROR; sev >= CC_SEV_INFO; sev--) {
        size_t shown = 0;
        for (size_t i = 0; i < fs->n && shown < limit[sev]; i++) {
            const cc_finding *f = &fs->v[i];
            if (f->suppressed || (int)f->severity != sev)
                continue;
            size_t line, col;
            cc_gate_position(&files, in, f, &line, &col);
            S_annotate(fp, &b, f, cc_gate_file_get(&files, f->file ? f->file : "")->rel, line, col);
            shown++;
        }
        count[sev] -= shown;
    }
    if (closing) {
        cc_buf_clear(&b);
        cc_buf_puts(&b, "::notice::claimcheck: ");
        const char *sep = "";
        static const char *const one[] = {"info finding", "warning", "error"};
        static const char *const many[] = {"info findings", "warnings", "errors"};
        for (int sev = CC_SEV_ERROR; sev >= CC_SEV_INFO; sev--) {
            if (!count[sev])
                continue;
            cc_buf_printf(&b, "%s%zu more %s", sep, count[sev], S_plural(count[sev], one[sev], many[sev]));
            sep = ", ";
        }
        cc_buf_puts(&b, " not shown as annotations; run claimcheck check for all\n");
        fputs(b.data, fp);
    }
    cc_gate_files_free(&files);
    cc_buf_free(&b);
}
