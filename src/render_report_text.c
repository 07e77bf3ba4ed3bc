/* render_report_text.c — the audit report for a terminal or a line printer
 * (text: 80 columns, wrapped, colour only when allowed) and for a wiki or a
 * pull request (md: every ledger text escaped, charts in code blocks). */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#define S_WIDTH 80

#define S_RESET "\033[0m"
#define S_BOLD "\033[1m"
#define S_DIM "\033[2m"

static const char *S_sev_color(cc_severity s)
{
    return s == CC_SEV_ERROR ? "\033[1;31m" : s == CC_SEV_WARNING ? "\033[33m" : "\033[36m";
}

/* Severity marks that survive a printer without colour. */
static const char *S_mark(cc_severity s, bool suppressed)
{
    if (suppressed)
        return "[-]";
    return s == CC_SEV_ERROR ? "[E]" : s == CC_SEV_WARNING ? "[W]" : "[i]";
}

static void S_wrap(cc_buf *out, const char *s, size_t ind1, size_t ind, size_t width)
{
    cc_report_wrap(out, s, ind1, true, ind, width);
}

/* "name       value", the value wrapped under itself. */
static void S_field(cc_buf *out, const char *name, const char *value)
{
    if (!value || !*value)
        return;
    cc_buf_printf(out, "  %-12s", name);
    cc_report_wrap(out, value, 14, false, 14, S_WIDTH);
}

static void S_rule_line(cc_buf *out, char c)
{
    for (int i = 0; i < S_WIDTH; i++)
        cc_buf_putc(out, c);
    cc_buf_putc(out, '\n');
}

static void S_figures(cc_buf *fig, const cc_ledger *lg, const cc_claim *c)
{
    const char *bef = cc_claim_get(lg, c, "before"), *aft = cc_claim_get(lg, c, "after");
    const char *chg = cc_claim_get(lg, c, "change"), *val = cc_claim_get(lg, c, "value");
    if (*bef || *aft)
        cc_buf_printf(fig, "before %s \xE2\x86\x92 after %s", *bef ? bef : "-", *aft ? aft : "-");
    if (*chg)
        cc_buf_printf(fig, "%schange %s", fig->len ? " \xC2\xB7 " : "", chg);
    if (*val)
        cc_buf_printf(fig, "%svalue %s", fig->len ? " \xC2\xB7 " : "", val);
}

static void S_counts(const cc_report_part *p, cc_report_counts *n)
{
    memset(n, 0, sizeof *n);
    for (size_t i = 0; i < p->nf; i++) {
        const cc_finding *f = p->f[i];
        if (f->suppressed)
            n->suppressed++;
        else if (f->severity == CC_SEV_ERROR)
            n->error++;
        else if (f->severity == CC_SEV_WARNING)
            n->warning++;
        else
            n->info++;
    }
}

static bool S_claim_of(const cc_ledger *lg, const cc_finding *f, const cc_claim *c)
{
    return f->claim && cc_report_claim(lg, f) == c;
}

static bool S_first_of_group(const cc_ledger *lg, size_t i)
{
    const char *g = cc_claim_get(lg, &lg->claims[i], "group");
    if (!*g)
        return false;
    for (size_t j = 0; j < i; j++)
        if (strcmp(cc_claim_get(lg, &lg->claims[j], "group"), g) == 0)
            return false;
    return true;
}

/* The rules that fired anywhere, by id. */
static size_t S_fired(const cc_findings *fs, cc_rule_count *rc, size_t max)
{
    size_t nr = 0;
    for (size_t i = 0; i < fs->n; i++) {
        size_t k = 0;
        while (k < nr && strcmp(rc[k].rule, fs->v[i].rule) != 0)
            k++;
        if (k == nr && nr < max) {
            rc[nr].rule = fs->v[i].rule;
            rc[nr].severity = fs->v[i].severity;
            rc[nr].n = 0;
            nr++;
        }
    }
    for (size_t i = 1; i < nr; i++)
        for (size_t j = i; j > 0 && strcmp(rc[j - 1].rule, rc[j].rule) > 0; j--) {
            cc_rule_count t = rc[j];
            rc[j] = rc[j - 1];
            rc[j - 1] = t;
        }
    return nr;
}

/* ------------------------------------------------------------------ */
/* Text                                                                 */
/* ------------------------------------------------------------------ */

typedef struct {
    cc_buf b;
    bool color;
} S_text;

static void S_col(S_text *o, const char *code)
{
    if (o->color)
        cc_buf_puts(&o->b, code);
}

static void S_text_finding(S_text *o, const cc_finding *f)
{
    cc_buf *b = &o->b;
    cc_buf_puts(b, "  ");
    S_col(o, f->suppressed ? S_DIM : S_sev_color(f->severity));
    cc_buf_printf(b, "%s %s", S_mark(f->severity, f->suppressed),
                  f->suppressed ? "suppressed" : cc_severity_name(f->severity));
    S_col(o, S_RESET);
    cc_buf_printf(b, " %s", f->rule);
    cc_buf line = CC_BUF_INIT;
    if (f->column)
        cc_buf_printf(&line, "(%s) ", f->column);
    cc_buf_puts(&line, f->message ? f->message : "");
    if (f->suppressed)
        cc_buf_printf(&line, " [suppressed: %s]", f->suppress_reason ? f->suppress_reason : "no reason given");
    cc_buf_puts(b, ": ");
    size_t used = 2 + 4 + strlen(f->suppressed ? "suppressed" : cc_severity_name(f->severity)) + 1 +
                  strlen(f->rule) + 2;
    cc_report_wrap(b, line.data, used, false, 6, S_WIDTH);
    cc_buf_free(&line);
    if (f->derivation && *f->derivation) {
        S_col(o, S_DIM);
        S_wrap(b, f->derivation, 8, 10, S_WIDTH);
        S_col(o, S_RESET);
    }
}

static void S_text_part(S_text *o, const cc_report_doc *doc, const cc_report_part *p)
{
    cc_buf *b = &o->b;
    const cc_ledger *lg = p->lg;
    const cc_sidecar *m = &lg->meta;
    S_col(o, S_BOLD);
    cc_buf_printf(b, "CLAIMCHECK AUDIT REPORT%*s\n", S_WIDTH - 23, doc->date);
    S_col(o, S_RESET);
    S_rule_line(b, '=');
    S_col(o, S_BOLD);
    S_wrap(b, m->title && *m->title ? m->title : cc_report_basename(lg->path), 0, 0, S_WIDTH);
    S_col(o, S_RESET);
    S_field(b, "publisher", m->publisher);
    S_field(b, "published", m->published);
    S_field(b, "URL", m->url);
    if (p->article_path) {
        size_t found = 0, quotes = 0;
        for (size_t i = 0; p->article && i < lg->nclaims; i++) {
            const char *q = cc_claim_get(lg, &lg->claims[i], "quote");
            if (*q) {
                quotes++;
                found += cc_report_quote_line(p->article, q) > 0;
            }
        }
        cc_buf a = CC_BUF_INIT;
        if (p->article)
            cc_buf_printf(&a, "%s (%zu of %zu quotes found in it)", p->article_path, found, quotes);
        else
            cc_buf_printf(&a, "%s (could not be read)", p->article_path);
        S_field(b, "article", a.data);
        cc_buf_free(&a);
    }
    S_field(b, "ledger", lg->path);
    const cc_config *cfg = doc->in->cfg;
    if (cfg && cfg->reviewer_name)
        S_field(b, "reviewed by", cfg->reviewer_name);
    S_field(b, "report date", doc->date);

    cc_buf_puts(b, "\nSUMMARY\n");
    cc_report_counts n;
    S_counts(p, &n);
    cc_buf s = CC_BUF_INIT;
    cc_report_summary(&s, 1, &p->cov, &n);
    S_wrap(b, s.data, 2, 2, S_WIDTH);
    cc_buf_free(&s);
    size_t st[CC_REPORT_NSTATUS];
    cc_report_status_counts(lg, st);
    cc_buf v = CC_BUF_INIT;
    for (int i = 0; i < CC_REPORT_NSTATUS; i++)
        if (st[i] || i < CC_REPORT_NSTATUS - 1)
            cc_buf_printf(&v, "%s%s %zu", i ? " \xC2\xB7 " : "", cc_report_statuses[i], st[i]);
    S_field(b, "verdicts", v.data);
    cc_buf_free(&v);
    cc_rule_count rc[64];
    size_t nr = cc_report_rule_counts(p->f, p->nf, rc, 64);
    for (size_t i = 0; i < nr; i++) {
        cc_buf_printf(b, "  %-11s", i ? "" : "by rule");
        S_col(o, S_sev_color(rc[i].severity));
        cc_buf_printf(b, "%s %-7s", S_mark(rc[i].severity, false), cc_severity_name(rc[i].severity));
        S_col(o, S_RESET);
        cc_buf_printf(b, " %-26s %3zu\n", rc[i].rule, rc[i].n);
    }

    bool head = false;
    for (size_t i = 0; i < p->nf; i++) {
        if (p->f[i]->claim && cc_report_claim(lg, p->f[i]))
            continue;
        if (!head)
            cc_buf_puts(b, "\nTHE LEDGER AS A WHOLE\n");
        head = true;
        S_text_finding(o, p->f[i]);
    }

    cc_buf_puts(b, "\nCLAIMS\n");
    for (size_t i = 0; i < lg->nclaims; i++) {
        const cc_claim *c = &lg->claims[i];
        if (S_first_of_group(lg, i)) {
            cc_chart ch;
            const char *g = cc_claim_get(lg, c, "group");
            if (cc_chart_group(lg, g, cfg, &ch)) {
                S_rule_line(b, '-');
                cc_buf t = CC_BUF_INIT;
                cc_buf_printf(&t, "Group %s: its claims on one axis", g);
                S_col(o, S_BOLD);
                S_wrap(b, t.data, 0, 2, S_WIDTH);
                S_col(o, S_RESET);
                cc_buf_free(&t);
                cc_buf chart = CC_BUF_INIT;
                cc_chart_ascii(&chart, &ch, S_WIDTH - 2);
                for (const char *l = chart.data; l && *l;) {
                    const char *e = strchr(l, '\n');
                    size_t len = e ? (size_t)(e - l) : strlen(l);
                    cc_buf_puts(b, "  ");
                    cc_buf_put(b, l, len);
                    cc_buf_putc(b, '\n');
                    l = e ? e + 1 : l + len;
                }
                cc_buf_free(&chart);
                cc_chart_free(&ch);
            }
        }
        S_rule_line(b, '-');
        const char *id = cc_claim_get(lg, c, "id");
        const char *status = cc_claim_get(lg, c, "status");
        cc_buf h = CC_BUF_INIT;
        cc_buf_puts(&h, "Claim ");
        cc_render_clean(&h, *id ? id : "(no id)", 40);
        cc_buf_printf(&h, " \xC2\xB7 line %zu", c->line);
        cc_buf r = CC_BUF_INIT;
        cc_buf_puts(&r, "verdict: ");
        cc_render_clean(&r, *status ? status : "unchecked", 20);
        size_t hw = cc_report_width(h.data), rw = cc_report_width(r.data);
        S_col(o, S_BOLD);
        cc_buf_puts(b, h.data);
        S_col(o, S_RESET);
        cc_buf_printf(b, "%*s%s\n", (int)(hw + rw < S_WIDTH ? S_WIDTH - hw - rw : 1), "", r.data);
        cc_buf_free(&h);
        cc_buf_free(&r);

        const char *quote = cc_claim_get(lg, c, "quote");
        cc_buf q = CC_BUF_INIT;
        cc_buf_printf(&q, "\xE2\x80\x9C%s\xE2\x80\x9D", quote);
        S_wrap(b, q.data, 2, 3, S_WIDTH);
        cc_buf_free(&q);
        if (p->article && *quote) {
            size_t ln = cc_report_quote_line(p->article, quote);
            if (ln)
                cc_buf_printf(b, "  (quote found in the article, line %zu)\n", ln);
            else
                cc_buf_puts(b, "  (quote NOT found in the article)\n");
        }
        cc_buf fig = CC_BUF_INIT;
        S_figures(&fig, lg, c);
        S_field(b, "figures", fig.data);
        cc_buf_free(&fig);
        static const char *const cols[] = {"subject", "metric", "better", "comparator", "conditions", "source",
                                           "source_url", "source_kind", "date", "group", "part_of", "notes", NULL};
        for (int k = 0; cols[k]; k++)
            S_field(b, cols[k], cc_claim_get(lg, c, cols[k]));

        cc_chart ch;
        for (int k = 0; cc_chart_claim(lg, c, cfg, k, &ch); k++) {
            cc_buf_putc(b, '\n');
            cc_buf chart = CC_BUF_INIT;
            cc_chart_ascii(&chart, &ch, S_WIDTH - 2);
            for (const char *l = chart.data; l && *l;) {
                const char *e = strchr(l, '\n');
                size_t len = e ? (size_t)(e - l) : strlen(l);
                cc_buf_puts(b, "  ");
                cc_buf_put(b, l, len);
                cc_buf_putc(b, '\n');
                l = e ? e + 1 : l + len;
            }
            cc_buf_free(&chart);
            cc_chart_free(&ch);
        }
        bool any = false;
        for (size_t k = 0; k < p->nf; k++) {
            if (!S_claim_of(lg, p->f[k], c))
                continue;
            if (!any)
                cc_buf_putc(b, '\n');
            any = true;
            S_text_finding(o, p->f[k]);
        }
        if (!any)
            cc_buf_puts(b, "\n  no findings\n");
    }
    S_rule_line(b, '-');
}

void cc_report_text(FILE *fp, const cc_report_doc *doc)
{
    S_text o = {CC_BUF_INIT, doc->in->color};
    cc_buf *b = &o.b;
    for (size_t k = 0; k < doc->in->nledgers; k++) {
        if (k)
            cc_buf_puts(b, "\f\n");
        S_text_part(&o, doc, &doc->parts[k]);
    }
    cc_rule_count rc[64];
    size_t nr = S_fired(doc->in->findings, rc, 64);
    if (nr) {
        cc_buf_puts(b, "\nAPPENDIX: THE RULES THAT FIRED\n");
        for (size_t i = 0; i < nr; i++) {
            const cc_rule *r = cc_rule_find(rc[i].rule);
            cc_buf_putc(b, '\n');
            S_col(&o, S_BOLD);
            cc_buf_printf(b, "%s (%s)\n", rc[i].rule, cc_severity_name(rc[i].severity));
            S_col(&o, S_RESET);
            if (!r)
                continue;
            S_wrap(b, r->summary, 2, 2, S_WIDTH);
            S_wrap(b, r->why, 2, 2, S_WIDTH);
            cc_buf_puts(b, "  fires:\n");
            S_wrap(b, r->fires, 4, 4, S_WIDTH);
            cc_buf_puts(b, "  does not fire:\n");
            S_wrap(b, r->passes, 4, 4, S_WIDTH);
        }
    }
    cc_report_counts n;
    cc_report_count(doc->in->findings, &n);
    cc_buf s = CC_BUF_INIT;
    cc_report_summary(&s, doc->in->nledgers, &doc->in->cov, &n);
    cc_buf_putc(b, '\n');
    S_wrap(b, s.data, 0, 0, S_WIDTH);
    cc_buf_free(&s);
    fputs(b->data ? b->data : "", fp);
    cc_buf_free(b);
}

/* ------------------------------------------------------------------ */
/* Markdown                                                             */
/* ------------------------------------------------------------------ */

/* Inline text: Markdown punctuation backslash-escaped, HTML characters as
 * entities (GitHub renders raw HTML), on one line.  A list marker is
 * escaped only where it would start one: at the very start. */
static void S_md(cc_buf *b, const char *s)
{
    cc_buf t = CC_BUF_INIT;
    cc_render_clean(&t, s, 0);
    const char *v = t.data ? t.data : "";
    bool digits = true;
    for (const char *p = v; *p; p++) {
        bool lead = p == v;
        switch (*p) {
        case '&': cc_buf_puts(b, "&amp;"); break;
        case '<': cc_buf_puts(b, "&lt;"); break;
        case '>': cc_buf_puts(b, "&gt;"); break;
        case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '~':
            cc_buf_putc(b, '\\');
            cc_buf_putc(b, *p);
            break;
        case '-': case '+': case '=':
            if (lead)
                cc_buf_putc(b, '\\');
            cc_buf_putc(b, *p);
            break;
        case '.': case ')':
            if (digits && !lead)
                cc_buf_putc(b, '\\');
            cc_buf_putc(b, *p);
            break;
        default: cc_buf_putc(b, *p);
        }
        digits = digits && *p >= '0' && *p <= '9';
    }
    cc_buf_free(&t);
}

static void S_md_link(cc_buf *b, const char *url)
{
    if (!cc_report_link_ok(url)) {
        S_md(b, url);
        return;
    }
    cc_buf_putc(b, '[');
    S_md(b, url);
    cc_buf_puts(b, "](<");
    for (const char *p = url; *p; p++) {
        if (*p == '<' || *p == '>' || *p == '\\')
            cc_buf_printf(b, "%%%02X", (unsigned char)*p);
        else
            cc_buf_putc(b, *p);
    }
    cc_buf_puts(b, ">)");
}

static void S_md_row(cc_buf *b, const char *name, const char *value)
{
    if (!value || !*value)
        return;
    cc_buf_printf(b, "| %s | ", name);
    S_md(b, value);
    cc_buf_puts(b, " |\n");
}

/* A fenced block that no backtick run inside can close. */
static void S_md_code(cc_buf *b, const char *text)
{
    size_t run = 0, best = 0;
    for (const char *p = text; *p; p++) {
        run = *p == '`' ? run + 1 : 0;
        if (run > best)
            best = run;
    }
    size_t fence = best >= 3 ? best + 1 : 3;
    for (size_t i = 0; i < fence; i++)
        cc_buf_putc(b, '`');
    cc_buf_puts(b, "text\n");
    cc_buf_puts(b, text);
    for (size_t i = 0; i < fence; i++)
        cc_buf_putc(b, '`');
    cc_buf_putc(b, '\n');
}

static void S_md_finding(cc_buf *b, const cc_finding *f)
{
    cc_buf_printf(b, "- %s **%s** `%s`", S_mark(f->severity, f->suppressed),
                  f->suppressed ? "suppressed" : cc_severity_name(f->severity), f->rule);
    if (f->column) {
        cc_buf_puts(b, " (");
        S_md(b, f->column);
        cc_buf_putc(b, ')');
    }
    cc_buf_puts(b, ": ");
    S_md(b, f->message ? f->message : "");
    if (f->suppressed) {
        cc_buf_puts(b, " — suppressed: ");
        S_md(b, f->suppress_reason ? f->suppress_reason : "no reason given");
    }
    if (f->derivation && *f->derivation) {
        cc_buf_puts(b, "<br>\n  *");
        S_md(b, f->derivation);
        cc_buf_putc(b, '*');
    }
    cc_buf_putc(b, '\n');
}

static void S_md_part(cc_buf *b, const cc_report_doc *doc, const cc_report_part *p)
{
    const cc_ledger *lg = p->lg;
    const cc_sidecar *m = &lg->meta;
    const cc_config *cfg = doc->in->cfg;
    cc_buf_puts(b, "# Audit report: ");
    S_md(b, m->title && *m->title ? m->title : cc_report_basename(lg->path));
    cc_buf_puts(b, "\n\n| | |\n|---|---|\n");
    S_md_row(b, "publisher", m->publisher);
    S_md_row(b, "published", m->published);
    if (m->url && *m->url) {
        cc_buf_puts(b, "| URL | ");
        S_md_link(b, m->url);
        cc_buf_puts(b, " |\n");
    }
    if (p->article_path)
        S_md_row(b, "article", p->article_path);
    S_md_row(b, "ledger", lg->path);
    if (cfg && cfg->reviewer_name)
        S_md_row(b, "reviewed by", cfg->reviewer_name);
    S_md_row(b, "report date", doc->date);

    cc_buf_puts(b, "\n## Summary\n\n");
    cc_report_counts n;
    S_counts(p, &n);
    cc_buf s = CC_BUF_INIT;
    cc_report_summary(&s, 1, &p->cov, &n);
    S_md(b, s.data);
    cc_buf_free(&s);
    size_t st[CC_REPORT_NSTATUS];
    cc_report_status_counts(lg, st);
    cc_buf_puts(b, "\n\n| verdict | claims |\n|---|---:|\n");
    for (int i = 0; i < CC_REPORT_NSTATUS; i++)
        if (st[i] || i < CC_REPORT_NSTATUS - 1)
            cc_buf_printf(b, "| %s | %zu |\n", cc_report_statuses[i], st[i]);
    cc_rule_count rc[64];
    size_t nr = cc_report_rule_counts(p->f, p->nf, rc, 64);
    if (nr) {
        cc_buf_puts(b, "\n| rule | severity | findings |\n|---|---|---:|\n");
        for (size_t i = 0; i < nr; i++)
            cc_buf_printf(b, "| `%s` | %s %s | %zu |\n", rc[i].rule, S_mark(rc[i].severity, false),
                          cc_severity_name(rc[i].severity), rc[i].n);
    }
    bool head = false;
    for (size_t i = 0; i < p->nf; i++) {
        if (p->f[i]->claim && cc_report_claim(lg, p->f[i]))
            continue;
        if (!head)
            cc_buf_puts(b, "\n## The ledger as a whole\n\n");
        head = true;
        S_md_finding(b, p->f[i]);
    }

    cc_buf_puts(b, "\n## Claims\n");
    for (size_t i = 0; i < lg->nclaims; i++) {
        const cc_claim *c = &lg->claims[i];
        if (S_first_of_group(lg, i)) {
            cc_chart ch;
            const char *g = cc_claim_get(lg, c, "group");
            if (cc_chart_group(lg, g, cfg, &ch)) {
                cc_buf_puts(b, "\n### Group ");
                S_md(b, g);
                cc_buf_puts(b, "\n\n");
                cc_buf chart = CC_BUF_INIT;
                cc_chart_ascii(&chart, &ch, S_WIDTH);
                S_md_code(b, chart.data);
                cc_buf_free(&chart);
                cc_chart_free(&ch);
            }
        }
        const char *id = cc_claim_get(lg, c, "id");
        const char *status = cc_claim_get(lg, c, "status");
        cc_buf_puts(b, "\n### ");
        S_md(b, *id ? id : "(no id)");
        cc_buf_printf(b, " (line %zu) — verdict: ", c->line);
        S_md(b, *status ? status : "unchecked");
        cc_buf_puts(b, "\n\n> ");
        S_md(b, cc_claim_get(lg, c, "quote"));
        cc_buf_puts(b, "\n\n| | |\n|---|---|\n");
        cc_buf fig = CC_BUF_INIT;
        S_figures(&fig, lg, c);
        S_md_row(b, "figures", fig.data);
        cc_buf_free(&fig);
        static const char *const cols[] = {"subject", "metric", "better", "comparator", "conditions", "source",
                                           "source_kind", "date", "group", "part_of", "notes", NULL};
        for (int k = 0; cols[k]; k++)
            S_md_row(b, cols[k], cc_claim_get(lg, c, cols[k]));
        const char *url = cc_claim_get(lg, c, "source_url");
        if (*url) {
            cc_buf_puts(b, "| source_url | ");
            S_md_link(b, url);
            cc_buf_puts(b, " |\n");
        }
        if (p->article && *cc_claim_get(lg, c, "quote")) {
            size_t ln = cc_report_quote_line(p->article, cc_claim_get(lg, c, "quote"));
            if (ln)
                cc_buf_printf(b, "| in the article | line %zu |\n", ln);
            else
                cc_buf_puts(b, "| in the article | **not found** |\n");
        }
        cc_chart ch;
        for (int k = 0; cc_chart_claim(lg, c, cfg, k, &ch); k++) {
            cc_buf_putc(b, '\n');
            cc_buf chart = CC_BUF_INIT;
            cc_chart_ascii(&chart, &ch, S_WIDTH);
            S_md_code(b, chart.data);
            cc_buf_free(&chart);
            cc_chart_free(&ch);
        }
        bool any = false;
        for (size_t k = 0; k < p->nf; k++) {
            if (!S_claim_of(lg, p->f[k], c))
                continue;
            if (!any)
                cc_buf_putc(b, '\n');
            any = true;
            S_md_finding(b, p->f[k]);
        }
    }
}

void cc_report_md(FILE *fp, const cc_report_doc *doc)
{
    cc_buf b = CC_BUF_INIT;
    for (size_t k = 0; k < doc->in->nledgers; k++) {
        if (k)
            cc_buf_puts(&b, "\n---\n\n");
        S_md_part(&b, doc, &doc->parts[k]);
    }
    cc_rule_count rc[64];
    size_t nr = S_fired(doc->in->findings, rc, 64);
    if (nr)
        cc_buf_puts(&b, "\n## Appendix: the rules that fired\n");
    for (size_t i = 0; i < nr; i++) {
        const cc_rule *r = cc_rule_find(rc[i].rule);
        cc_buf_printf(&b, "\n### `%s` (%s)\n\n", rc[i].rule, cc_severity_name(rc[i].severity));
        if (!r)
            continue;
        S_md(&b, r->summary);
        cc_buf_puts(&b, "\n\n");
        S_md(&b, r->why);
        cc_buf_puts(&b, "\n\n- fires: ");
        S_md(&b, r->fires);
        cc_buf_puts(&b, "\n- does not fire: ");
        S_md(&b, r->passes);
        cc_buf_putc(&b, '\n');
    }
    cc_report_counts n;
    cc_report_count(doc->in->findings, &n);
    cc_buf s = CC_BUF_INIT;
    cc_report_summary(&s, doc->in->nledgers, &doc->in->cov, &n);
    cc_buf_puts(&b, "\n---\n\n*");
    S_md(&b, s.data);
    cc_buf_printf(&b, "* — claimcheck %s, %s\n", CC_VERSION, doc->date);
    cc_buf_free(&s);
    fputs(b.data, fp);
    cc_buf_free(&b);
}
