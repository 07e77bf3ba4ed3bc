/* render_md.c — a Markdown summary for a pull-request comment: a heading,
 * the coverage and the gate's verdict, a table of findings (errors first),
 * and the suppressed ones folded into a <details> block.
 *
 * Every cell is escaped so that ledger text can neither break the table
 * nor inject markup: `|` and the inline-markup characters are
 * backslash-escaped, & < > become entities, a line break becomes <br>, and
 * surrounding whitespace is trimmed. */
#include "gate.h"

#include <stdlib.h>
#include <string.h>

#define S_MAX_ROWS 200 /* a comment has a size limit; the rest is counted */

static void S_cell(cc_buf *b, const char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    while (n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) {
        s++;
        n--;
    }
    for (size_t i = 0; i < n;) {
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        if (!k) {
            cc_buf_puts(b, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        switch (cp) {
        case '&': cc_buf_puts(b, "&amp;"); break;
        case '<': cc_buf_puts(b, "&lt;"); break;
        case '>': cc_buf_puts(b, "&gt;"); break;
        case '\r':
            if (i + 1 < n && s[i + 1] == '\n')
                i++;
            /* fall through */
        case '\n': cc_buf_puts(b, "<br>"); break;
        case '|': case '\\': case '`': case '*': case '_': case '[': case ']': case '~': case '$': case '!':
            cc_buf_putc(b, '\\');
            cc_buf_putc(b, (char)cp);
            break;
        default:
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029)
                cc_buf_putc(b, ' ');
            else
                cc_buf_put(b, s + i, k);
        }
        i += k;
    }
}

static void S_row(cc_buf *b, cc_gate_files *files, const cc_report_in *in, const cc_finding *f, bool reason)
{
    size_t line, col;
    cc_gate_position(files, in, f, &line, &col);
    cc_buf_printf(b, "| %s | ", cc_severity_name(f->severity));
    S_cell(b, cc_gate_file_get(files, f->file ? f->file : "")->rel);
    cc_buf_printf(b, ":%zu | ", line);
    S_cell(b, f->claim ? f->claim : "");
    cc_buf_printf(b, " | `%s` | ", f->rule);
    S_cell(b, f->message ? f->message : "");
    if (f->derivation && *f->derivation) {
        cc_buf_puts(b, "<br>");
        S_cell(b, f->derivation);
    }
    if (reason) {
        cc_buf_puts(b, " | ");
        S_cell(b, f->suppress_reason ? f->suppress_reason : "");
    }
    cc_buf_puts(b, " |\n");
}

static const char *S_s(size_t n)
{
    return n == 1 ? "" : "s";
}

void cc_render_md(FILE *fp, const cc_report_in *in)
{
    const cc_findings *fs = in->findings;
    cc_report_counts n;
    cc_report_count(fs, &n);
    cc_buf b = CC_BUF_INIT;

    cc_buf_puts(&b, "### claimcheck: ");
    if (n.error + n.warning + n.info == 0)
        cc_buf_puts(&b, "no findings");
    else
        cc_buf_printf(&b, "%zu error%s, %zu warning%s, %zu info", n.error, S_s(n.error), n.warning, S_s(n.warning),
                      n.info);
    cc_buf_puts(&b, "\n\n");
    cc_report_summary(&b, in->nledgers, &in->cov, &n);
    cc_buf_puts(&b, "\n\n");
    if (in->fail_on == CC_FAIL_NEVER) {
        cc_buf_puts(&b, "Gate: never fails (`--fail-on never`).\n\n");
    } else {
        size_t at = n.error + (in->fail_on <= CC_SEV_WARNING ? n.warning : 0) +
                    (in->fail_on <= CC_SEV_INFO ? n.info : 0);
        cc_buf_printf(&b, "Gate: **%s** (%zu finding%s at or above `%s`).\n\n", at ? "fails" : "passes", at, S_s(at),
                      cc_severity_name((cc_severity)in->fail_on));
    }

    cc_gate_files files = CC_GATE_FILES_INIT;
    size_t active = n.error + n.warning + n.info, rows = 0;
    if (active == 0) {
        cc_buf_puts(&b, "No findings.\n");
    } else {
        cc_buf_puts(&b, "| Severity | Location | Claim | Rule | Message |\n|---|---|---|---|---|\n");
        for (int sev = CC_SEV_ERROR; sev >= CC_SEV_INFO; sev--)
            for (size_t i = 0; i < fs->n && rows < S_MAX_ROWS; i++)
                if (!fs->v[i].suppressed && (int)fs->v[i].severity == sev) {
                    S_row(&b, &files, in, &fs->v[i], false);
                    rows++;
                }
        if (rows < active)
            cc_buf_printf(&b, "\n%zu more finding%s not shown; run `claimcheck check` for all.\n", active - rows,
                          S_s(active - rows));
    }
    if (n.suppressed) {
        cc_buf_printf(&b, "\n<details><summary>%zu suppressed finding%s</summary>\n\n", n.suppressed,
                      S_s(n.suppressed));
        cc_buf_puts(&b, "| Severity | Location | Claim | Rule | Message | Reason |\n|---|---|---|---|---|---|\n");
        rows = 0;
        for (size_t i = 0; i < fs->n && rows < S_MAX_ROWS; i++)
            if (fs->v[i].suppressed) {
                S_row(&b, &files, in, &fs->v[i], true);
                rows++;
            }
        if (rows < n.suppressed)
            cc_buf_printf(&b, "\n%zu more not shown.\n", n.suppressed - rows);
        cc_buf_puts(&b, "\n</details>\n");
    }
    fputs(b.data, fp);
    cc_gate_files_free(&files);
    cc_buf_free(&b);
}
