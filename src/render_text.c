/* render_text.c — findings for people: grouped by file, then by claim, with
 * the claim's quote, each finding's derivation, and the coverage summary.
 * Also the helpers every renderer shares (counts, summary, clean strings). */
#include "render.h"

#include <stdlib.h>
#include <string.h>

#define S_QUOTE_COLS 96  /* the quote line is indented 4: about 100 columns in all */
#define S_CLEAN_COLS 100

#define S_RESET "\033[0m"
#define S_BOLD "\033[1m"
#define S_DIM "\033[2m"
#define S_RED "\033[31m"
#define S_YELLOW "\033[33m"
#define S_CYAN "\033[36m"

/* ------------------------------------------------------------------ */
/* Shared helpers                                                       */
/* ------------------------------------------------------------------ */

void cc_report_count(const cc_findings *findings, cc_report_counts *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < findings->n; i++) {
        const cc_finding *f = &findings->v[i];
        if (f->suppressed)
            out->suppressed++;
        else if (f->severity == CC_SEV_ERROR)
            out->error++;
        else if (f->severity == CC_SEV_WARNING)
            out->warning++;
        else if (f->severity == CC_SEV_INFO)
            out->info++;
    }
}

static const char *S_s(size_t n)
{
    return n == 1 ? "" : "s";
}

void cc_report_summary(cc_buf *b, size_t nledgers, const cc_coverage *cov, const cc_report_counts *n)
{
    cc_buf_printf(b, "%zu claim%s in %zu ledger%s \xC2\xB7 ", cov->claims, S_s(cov->claims), nledgers, S_s(nledgers));
    if (cov->audit)
        cc_buf_printf(b, "%zu figure%s found in the article, %zu covered \xC2\xB7 ", cov->found, S_s(cov->found),
                      cov->covered);
    else
        cc_buf_printf(b, "%zu figure%s read \xC2\xB7 %zu checkable \xC2\xB7 ", cov->figures, S_s(cov->figures),
                      cov->checkable);
    cc_buf_printf(b, "%zu error%s, %zu warning%s, %zu info \xC2\xB7 %zu suppressed", n->error, S_s(n->error),
                  n->warning, S_s(n->warning), n->info, n->suppressed);
}

const cc_claim *cc_report_claim(const cc_ledger *lg, const cc_finding *f)
{
    if (!lg || !f->claim)
        return NULL;
    for (size_t i = 0; i < lg->nclaims; i++)
        if (lg->claims[i].line == f->line && strcmp(cc_claim_get(lg, &lg->claims[i], "id"), f->claim) == 0)
            return &lg->claims[i];
    for (size_t i = 0; i < lg->nclaims; i++)
        if (strcmp(cc_claim_get(lg, &lg->claims[i], "id"), f->claim) == 0)
            return &lg->claims[i];
    return NULL;
}

/* Display columns of a code point: 2 for East Asian wide and full-width
 * forms, 0 for combining marks, else 1.  Enough to truncate a quote. */
static size_t S_cp_width(unsigned cp)
{
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0xFE00 && cp <= 0xFE0F))
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
        (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
        (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
        (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

/* Display width is approximate (no full wcwidth table): enough for quotes. */
void cc_render_clean(cc_buf *b, const char *s, size_t maxcols)
{
    size_t n = strlen(s), i = 0, cols = 0, cut = b->len;
    bool space = false;
    while (i < n) {
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        const char *bytes = s + i;
        i += k ? k : 1;
        if (k == 0) {
            cp = 0xFFFD;
            bytes = "\xEF\xBF\xBD";
            k = 3;
        } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029) {
            if (space)
                continue;
            cp = ' ';
            bytes = " ";
            k = 1;
        }
        space = cp == ' ';
        size_t w = S_cp_width(cp);
        if (maxcols && cols + w <= maxcols - 1)
            cut = b->len + k;
        cols += w;
        if (maxcols && cols > maxcols) {
            if (b->data) {
                b->len = cut;
                b->data[cut] = '\0';
            }
            cc_buf_puts(b, "\xE2\x80\xA6");
            return;
        }
        cc_buf_put(b, bytes, k);
    }
}

/* ------------------------------------------------------------------ */
/* Text                                                                 */
/* ------------------------------------------------------------------ */

typedef struct {
    FILE *fp;
    bool color;
    cc_buf b;
    int rule_w;    /* rule ids of one group are padded to this, so messages align */
} S_out;

static void S_col(S_out *o, const char *code)
{
    if (o->color)
        fputs(code, o->fp);
}

static void S_text(S_out *o, const char *s, size_t maxcols)
{
    cc_buf_clear(&o->b);
    cc_render_clean(&o->b, s, maxcols);
    fputs(o->b.data ? o->b.data : "", o->fp);
}

static const char *S_sev_color(cc_severity s)
{
    switch (s) {
    case CC_SEV_ERROR: return S_RED S_BOLD;
    case CC_SEV_WARNING: return S_YELLOW;
    default: return S_CYAN;
    }
}

/* A finding belongs under a ledger when it names the ledger or its sidecar
 * (NAME.json, read or not). */
static bool S_belongs(const cc_finding *f, const cc_ledger *lg)
{
    const char *file = f->file ? f->file : "";
    if (strcmp(file, lg->path) == 0 || (lg->meta.path && strcmp(file, lg->meta.path) == 0))
        return true;
    size_t n = strlen(lg->path), m = strlen(file);
    return n > 4 && m == n + 1 && strncmp(file, lg->path, n - 4) == 0 && strcmp(file + n - 4, ".json") == 0;
}

static void S_finding(S_out *o, const cc_finding *f, bool with_line)
{
    fputs("  ", o->fp);
    if (f->suppressed) {
        S_col(o, S_DIM);
        fputs("suppressed (", o->fp);
        S_text(o, f->suppress_reason ? f->suppress_reason : "no reason given", 60);
        fputs(")  ", o->fp);
        fputs(f->rule, o->fp);
    } else {
        const char *sev = cc_severity_name(f->severity);
        S_col(o, S_sev_color(f->severity));
        fputs(sev, o->fp);
        S_col(o, S_RESET);
        fprintf(o->fp, "%*s", (int)(9 - strlen(sev)), "");
        S_col(o, S_BOLD);
        fputs(f->rule, o->fp);
        S_col(o, S_RESET);
        fprintf(o->fp, "%*s", o->rule_w > (int)strlen(f->rule) ? o->rule_w - (int)strlen(f->rule) : 0, "");
    }
    fputs("  ", o->fp);
    if (with_line && f->line) {
        fprintf(o->fp, "line %zu", f->line);
        if (f->column) {
            fputs(", ", o->fp);
            S_text(o, f->column, 40);
        }
        fputs(": ", o->fp);
    } else if (with_line && f->column) {
        S_text(o, f->column, 40);
        fputs(": ", o->fp);
    }
    S_text(o, f->message ? f->message : "", 0);
    if (f->suppressed)
        S_col(o, S_RESET);
    fputc('\n', o->fp);
    if (f->derivation && *f->derivation) {
        fputs("      ", o->fp);
        S_col(o, S_DIM);
        S_text(o, f->derivation, 0);
        S_col(o, S_RESET);
        fputc('\n', o->fp);
    }
}

/* Display columns of s[0..n). */
static size_t S_width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        w += k ? S_cp_width(cp) : 1;
        i += k ? k : 1;
    }
    return w;
}

/* Where the claim's own figure starts in its quote, or 0: the figure as
 * written, else its first run of digits.  One sentence often holds several
 * claims (2.78倍 … 1.23倍 … 1.17倍); the cut quote must show the right one. */
static size_t S_figure_at(const cc_ledger *lg, const cc_claim *c, const char *quote)
{
    static const char *const cols[] = {"change", "value", "after", "before"};
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
        const char *fig = cc_claim_get(lg, c, cols[i]);
        if (!*fig)
            continue;
        const char *at = strstr(quote, fig);
        if (!at) {
            size_t d = strcspn(fig, "0123456789"), k = strspn(fig + d, "0123456789.");
            if (fig[d]) {
                char *digits = cc_xstrndup(fig + d, k);
                at = strstr(quote, digits);
                free(digits);
            }
        }
        if (at)
            return (size_t)(at - quote);
    }
    return 0;
}

static void S_claim_header(S_out *o, const cc_ledger *lg, const cc_finding *f)
{
    fputc('\n', o->fp);
    S_col(o, S_BOLD);
    S_text(o, f->claim, 60);
    S_col(o, S_RESET);
    if (f->line)
        fprintf(o->fp, "  line %zu", f->line);
    fputc('\n', o->fp);
    const cc_claim *c = cc_report_claim(lg, f);
    const char *quote = c ? cc_claim_get(lg, c, "quote") : "";
    if (!*quote)
        return;
    /* Too long for one line and the figure beyond two thirds of it: start
     * the line a third of a line before the figure. */
    size_t at = S_figure_at(lg, c, quote), skip = 0;
    if (S_width(quote, strlen(quote)) > S_QUOTE_COLS && S_width(quote, at) > S_QUOTE_COLS * 2 / 3) {
        skip = at;
        while (skip > 0 && S_width(quote + skip, at - skip) < S_QUOTE_COLS / 3)
            skip--;
        while (skip > 0 && ((unsigned char)quote[skip] & 0xC0) == 0x80)
            skip--;
    }
    fputs("    ", o->fp);
    S_col(o, S_DIM);
    if (skip)
        fputs("\xE2\x80\xA6", o->fp);
    S_text(o, quote + skip, S_QUOTE_COLS - (skip ? 1 : 0));
    S_col(o, S_RESET);
    fputc('\n', o->fp);
}

/* The claims without any finding, on as few lines as fit. */
static void S_clean_list(S_out *o, const cc_ledger *lg, const bool *seen)
{
    size_t cols = 0, listed = 0;
    for (size_t i = 0; i < lg->nclaims; i++) {
        if (seen[i])
            continue;
        const char *id = cc_claim_get(lg, &lg->claims[i], "id");
        cc_buf_clear(&o->b);
        if (*id)
            cc_render_clean(&o->b, id, 40);
        else
            cc_buf_printf(&o->b, "line %zu", lg->claims[i].line);
        if (listed == 0) {
            fputc('\n', o->fp);
            S_col(o, S_DIM);
            fputs("clean: ", o->fp);
            cols = 7;
        } else if (cols + 2 + o->b.len > S_CLEAN_COLS) {
            fputs(",\n       ", o->fp);
            cols = 7;
        } else {
            fputs(", ", o->fp);
            cols += 2;
        }
        fputs(o->b.data, o->fp);
        cols += o->b.len;
        listed++;
    }
    if (listed) {
        S_col(o, S_RESET);
        fputc('\n', o->fp);
    }
}

static void S_file(S_out *o, const cc_report_in *in, const cc_ledger *lg, bool *done)
{
    const cc_findings *fs = in->findings;
    S_col(o, S_BOLD);
    S_text(o, lg->path, 0);
    S_col(o, S_RESET);
    fprintf(o->fp, "  (%zu claim%s)\n", lg->nclaims, lg->nclaims == 1 ? "" : "s");

    /* Findings about the file itself first: no claim to hang them on. */
    o->rule_w = 0;
    for (size_t i = 0; i < fs->n; i++)
        if (!done[i] && !fs->v[i].claim && S_belongs(&fs->v[i], lg) && (int)strlen(fs->v[i].rule) > o->rule_w)
            o->rule_w = (int)strlen(fs->v[i].rule);
    for (size_t i = 0; i < fs->n; i++) {
        if (done[i] || fs->v[i].claim || !S_belongs(&fs->v[i], lg))
            continue;
        S_finding(o, &fs->v[i], true);
        done[i] = true;
    }

    bool *seen = cc_xcalloc(lg->nclaims ? lg->nclaims : 1, sizeof *seen);
    const cc_finding *cur = NULL;
    for (size_t i = 0; i < fs->n; i++) {
        const cc_finding *f = &fs->v[i];
        if (done[i] || !S_belongs(f, lg))
            continue;
        if (!cur || cur->line != f->line || strcmp(cur->claim, f->claim) != 0) {
            S_claim_header(o, lg, f);
            cur = f;
            o->rule_w = 0;
            for (size_t j = i; j < fs->n && fs->v[j].line == f->line; j++) {
                const cc_finding *g = &fs->v[j];
                if (g->claim && strcmp(g->claim, f->claim) == 0 && (int)strlen(g->rule) > o->rule_w)
                    o->rule_w = (int)strlen(g->rule);
            }
        }
        const cc_claim *c = cc_report_claim(lg, f);
        if (c)
            seen[c - lg->claims] = true;
        S_finding(o, f, f->line != cur->line);
        done[i] = true;
    }
    S_clean_list(o, lg, seen);
    free(seen);
}

void cc_render_text(FILE *fp, const cc_report_in *in)
{
    S_out o = {fp, in->color, CC_BUF_INIT, 0};
    const cc_findings *fs = in->findings;
    bool *done = cc_xcalloc(fs->n ? fs->n : 1, sizeof *done);
    for (size_t k = 0; k < in->nledgers; k++) {
        if (k)
            fputc('\n', fp);
        S_file(&o, in, &in->ledgers[k], done);
    }
    /* Findings about files that are not among the ledgers (none today). */
    const char *file = NULL;
    for (size_t i = 0; i < fs->n; i++) {
        if (done[i])
            continue;
        const char *fi = fs->v[i].file ? fs->v[i].file : "";
        if (!file || strcmp(file, fi) != 0) {
            fputc('\n', fp);
            S_col(&o, S_BOLD);
            S_text(&o, fi, 0);
            S_col(&o, S_RESET);
            fputc('\n', fp);
            file = fi;
            o.rule_w = 0;
        }
        S_finding(&o, &fs->v[i], true);
    }
    free(done);

    cc_report_counts n;
    cc_report_count(fs, &n);
    cc_buf_clear(&o.b);
    cc_report_summary(&o.b, in->nledgers, &in->cov, &n);
    fputc('\n', fp);
    S_col(&o, n.error ? S_RED S_BOLD : S_BOLD);
    fputs(o.b.data, fp);
    S_col(&o, S_RESET);
    fputc('\n', fp);
    cc_buf_free(&o.b);
}
