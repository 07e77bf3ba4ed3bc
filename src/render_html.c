/* render_html.c — the printed audit report as one self-contained HTML page:
 * inline CSS (A4 print styles) and inline SVG charts, no scripts, nothing
 * fetched.  Every text from a ledger, sidecar, article or config goes
 * through cc_html_escape; only http(s) URLs become links. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

void cc_html_escape(cc_buf *b, const char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0x80) {
            switch (ch) {
            case '&': cc_buf_puts(b, "&amp;"); break;
            case '<': cc_buf_puts(b, "&lt;"); break;
            case '>': cc_buf_puts(b, "&gt;"); break;
            case '"': cc_buf_puts(b, "&quot;"); break;
            case '\'': cc_buf_puts(b, "&#39;"); break;
            default:
                if ((ch >= 0x20 && ch != 0x7F) || ch == '\t' || ch == '\n')
                    cc_buf_putc(b, (char)ch);
            }
            i++;
            continue;
        }
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            cc_buf_puts(b, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        if (cp > 0x9F)
            cc_buf_put(b, s + i, k);
        i += k;
    }
}

/* A CSS string literal: everything but letters, digits and a few safe
 * characters as a hex escape, so no value can end the string or the sheet. */
static void S_css_string(cc_buf *b, const char *s)
{
    cc_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == ' ' ||
            *p == '.' || *p == '-' || *p == '_' || *p >= 0x80)
            cc_buf_putc(b, (char)*p);
        else
            cc_buf_printf(b, "\\%x ", *p);
    }
    cc_buf_putc(b, '"');
}

/* Text in an element that says its language: Chinese needs a CJK font. */
static void S_el(cc_buf *b, const char *tag, const char *cls, const char *s)
{
    cc_buf_printf(b, "<%s", tag);
    if (cls)
        cc_buf_printf(b, " class=\"%s\"", cls);
    cc_buf_printf(b, " lang=\"%s\">", cc_report_has_cjk(s) ? "zh" : "en");
    cc_html_escape(b, s);
    cc_buf_printf(b, "</%s>", tag);
}

static void S_link(cc_buf *b, const char *url)
{
    if (cc_report_link_ok(url)) {
        cc_buf_puts(b, "<a href=\"");
        cc_html_escape(b, url);
        cc_buf_puts(b, "\">");
        cc_html_escape(b, url);
        cc_buf_puts(b, "</a>");
    } else {
        cc_buf_puts(b, "<span class=\"url\">");
        cc_html_escape(b, url);
        cc_buf_puts(b, "</span>");
    }
}

/* Severity as a shape as well as a colour: square, triangle, circle. */
static void S_icon(cc_buf *b, cc_severity s, bool suppressed)
{
    cc_buf_puts(b, "<svg class=\"icon\" viewBox=\"0 0 12 12\" width=\"11\" height=\"11\" aria-hidden=\"true\">");
    if (suppressed)
        cc_buf_puts(b, "<circle cx=\"6\" cy=\"6\" r=\"4.8\" fill=\"none\" stroke=\"#666666\" stroke-width=\"1.4\"/>"
                       "<path d=\"M2.6 9.4 9.4 2.6\" stroke=\"#666666\" stroke-width=\"1.4\"/>");
    else if (s == CC_SEV_ERROR)
        cc_buf_puts(b, "<rect x=\"0.8\" y=\"0.8\" width=\"10.4\" height=\"10.4\" fill=\"#b91c1c\"/>"
                       "<path d=\"M3.4 3.4 8.6 8.6M8.6 3.4 3.4 8.6\" stroke=\"#ffffff\" stroke-width=\"1.7\"/>");
    else if (s == CC_SEV_WARNING)
        cc_buf_puts(b, "<path d=\"M6 0.6 11.6 11.2H0.4Z\" fill=\"#b45309\"/>"
                       "<path d=\"M6 4.2V7.8\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
                       "<circle cx=\"6\" cy=\"9.4\" r=\"0.85\" fill=\"#ffffff\"/>");
    else
        cc_buf_puts(b, "<circle cx=\"6\" cy=\"6\" r=\"5.4\" fill=\"#1d4f91\"/>"
                       "<path d=\"M6 5.2V9.2\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
                       "<circle cx=\"6\" cy=\"3.3\" r=\"0.85\" fill=\"#ffffff\"/>");
    cc_buf_puts(b, "</svg>");
}

static const char S_css[] =
    "*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "html{font-family:\"Noto Sans CJK SC\",\"Noto Serif CJK SC\",sans-serif;font-size:10pt;line-height:1.42;"
    "color:#111}\n"
    ":lang(zh){font-family:\"Noto Sans CJK SC\",\"Noto Serif CJK SC\",sans-serif}\n"
    "body{margin:0 auto;max-width:178mm}\n"
    "@media screen{body{padding:10mm 4mm}}\n"
    "a{color:#1d4f91;overflow-wrap:anywhere}\n"
    "h1{font-size:16pt;line-height:1.3;margin:2pt 0 6pt}\n"
    "h2{font-size:12.5pt;margin:14pt 0 6pt;border-bottom:1.5px solid #111;padding-bottom:2pt;break-after:avoid}\n"
    "h3{font-size:10.5pt;margin:10pt 0 4pt;break-after:avoid}\n"
    ".kicker{font-size:8.5pt;letter-spacing:.08em;text-transform:uppercase;color:#555;margin:0}\n"
    ".ledger+.ledger{break-before:page}\n"
    ".appendix{break-before:page}\n"
    "dl.meta{display:grid;grid-template-columns:7em 1fr;gap:1pt 8pt;margin:0 0 6pt;font-size:9pt}\n"
    "dl.meta dt,dl.fields dt{color:#555}\n"
    "dd{margin:0;overflow-wrap:anywhere}\n"
    ".tiles{display:flex;flex-wrap:wrap;gap:5pt;margin:6pt 0}\n"
    ".tile{border:1px solid #999;border-radius:3px;padding:3pt 7pt;min-width:20mm}\n"
    ".tile b{display:block;font-size:14pt}\n"
    ".tile span{font-size:8pt;color:#444}\n"
    ".coverage{font-size:9pt;color:#333}\n"
    "table{border-collapse:collapse;width:100%;font-size:8.5pt;margin:4pt 0 8pt}\n"
    "th,td{text-align:left;border-bottom:1px solid #ccc;padding:1.5pt 4pt;vertical-align:top}\n"
    "th{border-bottom:1.5px solid #333}\n"
    ".nw,td.rule{white-space:nowrap}\n"
    "p.verdicts{font-size:9pt;margin:4pt 0}\n"
    "th.n,td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    "tr{break-inside:avoid}\n"
    ".icon{vertical-align:-1px;margin-right:3pt}\n"
    ".sev{font-weight:bold;font-size:8pt;text-transform:uppercase;letter-spacing:.04em}\n"
    ".sev-error{color:#b91c1c}.sev-warning{color:#b45309}.sev-info{color:#1d4f91}.sev-none{color:#555}\n"
    ".card{border:1px solid #888;border-radius:4px;padding:6pt 9pt 3pt;margin:0 0 9pt;break-inside:avoid;"
    "page-break-inside:avoid}\n"
    ".card>header{display:flex;justify-content:space-between;align-items:baseline;gap:8pt;"
    "border-bottom:1px solid #ddd;padding-bottom:2pt}\n"
    ".cid{font-weight:bold;font-size:10.5pt}\n"
    ".line{color:#555;font-size:8.5pt}\n"
    ".verdict{font-size:8pt;border:1px solid #555;border-radius:8pt;padding:0 5pt;white-space:nowrap}\n"
    "blockquote{margin:5pt 0;padding:3pt 8pt;border-left:3px solid #444;background:#f4f4f4;font-size:10.5pt}\n"
    ".found{font-size:8pt;color:#444;margin:0 0 3pt}\n"
    ".found.missing{color:#b91c1c;font-weight:bold}\n"
    "dl.fields{display:grid;grid-template-columns:6.5em 1fr;gap:0 8pt;margin:3pt 0;font-size:8.5pt}\n"
    ".figs{font-weight:bold}\n"
    ".notes{font-size:8pt;color:#333}\n"
    "svg.chart{display:block;width:100%;height:auto;margin:4pt 0 2pt}\n"
    "ul.findings{list-style:none;padding:0;margin:4pt 0 0}\n"
    "li.f{padding:1pt 0 1pt 7pt;margin:0 0 3pt;border-left:4px solid #888;break-inside:avoid;font-size:9pt}\n"
    "li.f-error{border-left-color:#b91c1c;border-left-style:solid}\n"
    "li.f-warning{border-left-color:#b45309;border-left-style:dashed}\n"
    "li.f-info{border-left-color:#1d4f91;border-left-style:dotted}\n"
    "li.f-suppressed{border-left-color:#888;border-left-style:double;color:#555}\n"
    ".rule{font-family:\"DejaVu Sans Mono\",monospace;font-size:8pt}\n"
    ".deriv{font-family:\"DejaVu Sans Mono\",\"Noto Sans Mono CJK SC\",monospace;font-size:7.8pt;color:#333;"
    "overflow-wrap:anywhere}\n"
    ".end{font-size:6pt;color:#999;text-align:right;margin:2pt 0 0}\n"
    ".legend{font-size:8pt;color:#333}\n"
    ".overview{break-inside:avoid}\n"
    ".rulecard{break-inside:avoid;margin:0 0 8pt}\n"
    ".rulecard p{margin:2pt 0}\n"
    ".ex{font-family:\"DejaVu Sans Mono\",\"Noto Sans Mono CJK SC\",monospace;font-size:8pt;white-space:pre-wrap;"
    "background:#f4f4f4;padding:2pt 5pt;margin:2pt 0}\n"
    ".colophon{font-size:8pt;color:#555;border-top:1px solid #999;margin-top:12pt;padding-top:4pt}\n"
    ".url{overflow-wrap:anywhere}\n";

typedef struct {
    cc_buf b;
    const cc_report_doc *doc;
} S_html;

static cc_severity S_worst(const cc_finding *const *f, size_t n, bool *any)
{
    cc_severity w = CC_SEV_INFO;
    *any = false;
    for (size_t i = 0; i < n; i++)
        if (!f[i]->suppressed) {
            if (!*any || f[i]->severity > w)
                w = f[i]->severity;
            *any = true;
        }
    return w;
}

static void S_sev(cc_buf *b, cc_severity s, bool suppressed)
{
    S_icon(b, s, suppressed);
    cc_buf_printf(b, "<span class=\"sev sev-%s\">%s</span>", suppressed ? "none" : cc_severity_name(s),
                  suppressed ? "suppressed" : cc_severity_name(s));
}

static void S_meta_row(cc_buf *b, const char *name, const char *value)
{
    if (!value || !*value)
        return;
    cc_buf_printf(b, "<dt>%s</dt>", name);
    S_el(b, "dd", NULL, value);
}

static void S_header(S_html *h, const cc_report_part *p)
{
    cc_buf *b = &h->b;
    const cc_sidecar *m = &p->lg->meta;
    const cc_config *cfg = h->doc->in->cfg;
    cc_buf_puts(b, "<header class=\"doc\"><p class=\"kicker\">claimcheck audit report</p>");
    S_el(b, "h1", NULL, m->title && *m->title ? m->title : cc_report_basename(p->lg->path));
    cc_buf_puts(b, "<dl class=\"meta\">");
    S_meta_row(b, "publisher", m->publisher);
    S_meta_row(b, "published", m->published);
    if (m->url && *m->url) {
        cc_buf_puts(b, "<dt>URL</dt><dd>");
        S_link(b, m->url);
        cc_buf_puts(b, "</dd>");
    }
    if (p->article_path) {
        size_t found = 0, quotes = 0;
        for (size_t i = 0; p->article && i < p->lg->nclaims; i++) {
            const char *q = cc_claim_get(p->lg, &p->lg->claims[i], "quote");
            if (*q) {
                quotes++;
                found += cc_report_quote_line(p->article, q) > 0;
            }
        }
        cc_buf_puts(b, "<dt>article</dt><dd>");
        cc_html_escape(b, p->article_path);
        if (p->article)
            cc_buf_printf(b, " (%zu of %zu quotes found in it)", found, quotes);
        else
            cc_buf_puts(b, " (could not be read)");
        cc_buf_puts(b, "</dd>");
    }
    S_meta_row(b, "ledger", p->lg->path);
    if (cfg && cfg->reviewer_name) {
        cc_buf_puts(b, "<dt>reviewed by</dt><dd>");
        cc_html_escape(b, cfg->reviewer_name);
        if (cfg->reviewer_url && *cfg->reviewer_url) {
            cc_buf_puts(b, " \xC2\xB7 ");
            S_link(b, cfg->reviewer_url);
        }
        cc_buf_puts(b, "</dd>");
    }
    cc_buf_printf(b, "<dt>report date</dt><dd>%s</dd></dl></header>", h->doc->date);
}

static void S_tile(cc_buf *b, size_t n, const char *what, int sev)
{
    cc_buf_printf(b, "<div class=\"tile\"><b>%zu</b><span>", n);
    if (sev >= 0)
        S_icon(b, (cc_severity)sev, false);
    cc_buf_printf(b, "%s</span></div>", what);
}

static bool S_claim_of(const cc_ledger *lg, const cc_finding *f, const cc_claim *c)
{
    return f->claim && cc_report_claim(lg, f) == c;
}

static void S_summary(S_html *h, const cc_report_part *p)
{
    cc_buf *b = &h->b;
    cc_report_counts n = {0, 0, 0, 0};
    for (size_t i = 0; i < p->nf; i++) {
        const cc_finding *f = p->f[i];
        if (f->suppressed)
            n.suppressed++;
        else if (f->severity == CC_SEV_ERROR)
            n.error++;
        else if (f->severity == CC_SEV_WARNING)
            n.warning++;
        else
            n.info++;
    }
    cc_buf_puts(b, "<section class=\"summary\"><h2>Summary</h2><div class=\"tiles\">");
    S_tile(b, p->cov.claims, "claims", -1);
    S_tile(b, p->cov.figures, "figures read", -1);
    S_tile(b, p->cov.checkable, "checkable", -1);
    S_tile(b, n.error, "errors", CC_SEV_ERROR);
    S_tile(b, n.warning, "warnings", CC_SEV_WARNING);
    S_tile(b, n.info, "info", CC_SEV_INFO);
    S_tile(b, n.suppressed, "suppressed", -1);
    cc_buf_puts(b, "</div><p class=\"coverage\">");
    cc_buf s = CC_BUF_INIT;
    cc_report_summary(&s, 1, &p->cov, &n);
    cc_html_escape(b, s.data);
    cc_buf_free(&s);
    cc_buf_puts(b, ". A claim is checkable when its before and after can be compared: only then is there arithmetic "
                   "to redo.</p>");

    size_t st[CC_REPORT_NSTATUS];
    cc_report_status_counts(p->lg, st);
    cc_buf_puts(b, "<p class=\"verdicts\"><b>Verdicts</b> ");
    for (int i = 0; i < CC_REPORT_NSTATUS; i++)
        if (st[i] || i < CC_REPORT_NSTATUS - 1)
            cc_buf_printf(b, "%s<span class=\"verdict\">%s %zu</span>", i ? " " : "", cc_report_statuses[i], st[i]);
    cc_buf_puts(b, "</p>");

    cc_chart ov;
    if (cc_chart_overview(p->lg, h->doc->in->cfg, &ov)) {
        cc_buf_puts(b, "<div class=\"overview\"><h3>The changes that can be checked</h3><p class=\"legend\">"
                       "What each claim states (blue; dashed: its other reading) against what its before and after "
                       "give (green band). A bar that misses its band is a contradiction.</p>");
        cc_chart_svg(&h->b, &ov, "the changes that can be checked");
        cc_buf_puts(b, "</div>");
        cc_chart_free(&ov);
    }

    cc_rule_count rc[64];
    size_t nr = cc_report_rule_counts(p->f, p->nf, rc, 64);
    if (nr) {
        cc_buf_puts(b, "<h3>Findings by rule</h3><table class=\"rules\"><tr><th>rule</th><th>severity</th>"
                       "<th class=\"n\">count</th><th>fires when</th></tr>");
        for (size_t i = 0; i < nr; i++) {
            const cc_rule *r = cc_rule_find(rc[i].rule);
            cc_buf_printf(b, "<tr><td class=\"rule\">%s</td><td class=\"nw\">", rc[i].rule);
            S_sev(b, rc[i].severity, false);
            cc_buf_printf(b, "</td><td class=\"n\">%zu</td><td>", rc[i].n);
            if (r) {
                const char *sum = r->summary;
                if (strncmp(sum, "Fires when ", 11) == 0)
                    sum += 11;
                cc_html_escape(b, sum);
            }
            cc_buf_puts(b, "</td></tr>");
        }
        cc_buf_puts(b, "</table>");
    }

    cc_buf_puts(b, "</section>");
}

/* The claims on one table, after the cards: where an editor goes back to. */
static void S_index(S_html *h, const cc_report_part *p)
{
    cc_buf *b = &h->b;
    cc_buf_puts(b, "<section class=\"index\"><h2>Index of claims</h2><table class=\"index\"><tr><th>claim</th><th>figures</th>"
                   "<th class=\"n\">err</th><th class=\"n\">warn</th><th class=\"n\">info</th><th>verdict</th></tr>");
    for (size_t i = 0; i < p->lg->nclaims; i++) {
        const cc_claim *c = &p->lg->claims[i];
        size_t e = 0, w = 0, in = 0;
        for (size_t k = 0; k < p->nf; k++) {
            const cc_finding *f = p->f[k];
            if (f->suppressed || !S_claim_of(p->lg, f, c))
                continue;
            if (f->severity == CC_SEV_ERROR)
                e++;
            else if (f->severity == CC_SEV_WARNING)
                w++;
            else
                in++;
        }
        const char *id = cc_claim_get(p->lg, c, "id");
        cc_buf_puts(b, "<tr><td>");
        cc_html_escape(b, *id ? id : "(no id)");
        cc_buf_puts(b, "</td>");
        cc_buf fig = CC_BUF_INIT;
        const char *bef = cc_claim_get(p->lg, c, "before"), *aft = cc_claim_get(p->lg, c, "after");
        const char *chg = cc_claim_get(p->lg, c, "change"), *val = cc_claim_get(p->lg, c, "value");
        if (*bef || *aft)
            cc_buf_printf(&fig, "%s \xE2\x86\x92 %s", *bef ? bef : "?", *aft ? aft : "?");
        if (*chg)
            cc_buf_printf(&fig, "%s%s", fig.len ? " \xC2\xB7 " : "", chg);
        if (*val)
            cc_buf_printf(&fig, "%s%s", fig.len ? " \xC2\xB7 " : "", val);
        S_el(b, "td", NULL, fig.data ? fig.data : "");
        cc_buf_free(&fig);
        cc_buf_printf(b, "<td class=\"n\">%zu</td><td class=\"n\">%zu</td><td class=\"n\">%zu</td><td>", e, w, in);
        const char *status = cc_claim_get(p->lg, c, "status");
        cc_html_escape(b, *status ? status : "unchecked");
        cc_buf_puts(b, "</td></tr>");
    }
    cc_buf_puts(b, "</table></section>");
}

static void S_finding(cc_buf *b, const cc_finding *f)
{
    cc_buf_printf(b, "<li class=\"f f-%s\">", f->suppressed ? "suppressed" : cc_severity_name(f->severity));
    S_sev(b, f->severity, f->suppressed);
    cc_buf_printf(b, " <span class=\"rule\">%s</span> ", f->rule);
    if (f->column) {
        cc_buf_puts(b, "<span class=\"line\">(");
        cc_html_escape(b, f->column);
        cc_buf_puts(b, ")</span> ");
    }
    S_el(b, "span", "msg", f->message ? f->message : "");
    if (f->suppressed) {
        cc_buf_puts(b, "<br><span class=\"line\">suppressed: </span>");
        S_el(b, "span", NULL, f->suppress_reason ? f->suppress_reason : "no reason given");
    }
    if (f->derivation && *f->derivation)
        S_el(b, "div", "deriv", f->derivation);
    cc_buf_puts(b, "</li>");
}

static void S_card(S_html *h, const cc_report_part *p, const cc_claim *c)
{
    cc_buf *b = &h->b;
    const cc_ledger *lg = p->lg;
    const char *id = cc_claim_get(lg, c, "id");
    cc_buf idb = CC_BUF_INIT;
    if (*id)
        cc_buf_puts(&idb, id);
    else
        cc_buf_printf(&idb, "line %zu", c->line);

    const cc_finding **mine = cc_xcalloc(p->nf ? p->nf : 1, sizeof *mine);
    size_t nm = 0;
    for (size_t i = 0; i < p->nf; i++)
        if (S_claim_of(lg, p->f[i], c))
            mine[nm++] = p->f[i];
    bool any;
    cc_severity worst = S_worst(mine, nm, &any);

    cc_buf_puts(b, "<section class=\"card\"><header><span><span class=\"cid\">Claim ");
    cc_html_escape(b, idb.data);
    cc_buf_printf(b, " \xC2\xB7</span> <span class=\"line\">line %zu</span></span><span>", c->line);
    if (any)
        S_sev(b, worst, false);
    else
        cc_buf_puts(b, "<span class=\"sev sev-none\">no findings</span>");
    const char *status = cc_claim_get(lg, c, "status");
    cc_buf_puts(b, " <span class=\"verdict\">verdict: ");
    cc_html_escape(b, *status ? status : "unchecked");
    cc_buf_puts(b, "</span></span></header>");

    const char *quote = cc_claim_get(lg, c, "quote");
    S_el(b, "blockquote", NULL, *quote ? quote : "(no quote)");
    if (p->article && *quote) {
        size_t ln = cc_report_quote_line(p->article, quote);
        if (ln)
            cc_buf_printf(b, "<p class=\"found\">quote found in the article, line %zu</p>", ln);
        else
            cc_buf_puts(b, "<p class=\"found missing\">quote not found in the article</p>");
    }

    cc_buf_puts(b, "<dl class=\"fields\">");
    cc_buf fig = CC_BUF_INIT;
    const char *bef = cc_claim_get(lg, c, "before"), *aft = cc_claim_get(lg, c, "after");
    const char *chg = cc_claim_get(lg, c, "change"), *val = cc_claim_get(lg, c, "value");
    if (*bef || *aft)
        cc_buf_printf(&fig, "before %s \xE2\x86\x92 after %s", *bef ? bef : "\xE2\x80\x94", *aft ? aft : "\xE2\x80\x94");
    if (*chg)
        cc_buf_printf(&fig, "%schange %s", fig.len ? " \xC2\xB7 " : "", chg);
    if (*val)
        cc_buf_printf(&fig, "%svalue %s", fig.len ? " \xC2\xB7 " : "", val);
    if (fig.len) {
        cc_buf_puts(b, "<dt>figures</dt>");
        S_el(b, "dd", "figs", fig.data);
    }
    cc_buf_free(&fig);
    static const char *const plain[] = {"subject", "metric", "better", "comparator", "conditions", NULL};
    for (int i = 0; plain[i]; i++)
        S_meta_row(b, plain[i], cc_claim_get(lg, c, plain[i]));
    const char *src = cc_claim_get(lg, c, "source"), *url = cc_claim_get(lg, c, "source_url");
    const char *kind = cc_claim_get(lg, c, "source_kind");
    if (*src || *url || *kind) {
        cc_buf_puts(b, "<dt>source</dt><dd>");
        if (*src)
            S_el(b, "span", NULL, src);
        if (*kind) {
            cc_buf_puts(b, " <span class=\"line\">(");
            cc_html_escape(b, kind);
            cc_buf_puts(b, ")</span>");
        }
        if (*url) {
            cc_buf_puts(b, "<br>");
            S_link(b, url);
        }
        cc_buf_puts(b, "</dd>");
    }
    static const char *const more[] = {"date", "group", "part_of", NULL};
    for (int i = 0; more[i]; i++)
        S_meta_row(b, more[i], cc_claim_get(lg, c, more[i]));
    const char *notes = cc_claim_get(lg, c, "notes");
    if (*notes) {
        cc_buf_puts(b, "<dt>notes</dt>");
        S_el(b, "dd", "notes", notes);
    }
    cc_buf_puts(b, "</dl>");

    cc_chart ch;
    for (int k = 0; cc_chart_claim(lg, c, h->doc->in->cfg, k, &ch); k++) {
        cc_buf t = CC_BUF_INIT;
        cc_buf_printf(&t, "chart of claim %s", idb.data);
        cc_chart_svg(&h->b, &ch, t.data);
        cc_buf_free(&t);
        cc_chart_free(&ch);
    }

    if (nm) {
        cc_buf_puts(b, "<ul class=\"findings\">");
        for (size_t i = 0; i < nm; i++)
            S_finding(b, mine[i]);
        cc_buf_puts(b, "</ul>");
    }
    cc_buf_puts(b, "<p class=\"end\">end of ");
    cc_html_escape(b, idb.data);
    cc_buf_puts(b, "</p></section>\n");
    free(mine);
    cc_buf_free(&idb);
}

static void S_group(S_html *h, const cc_report_part *p, const char *name)
{
    cc_chart ch;
    if (!cc_chart_group(p->lg, name, h->doc->in->cfg, &ch))
        return;
    cc_buf *b = &h->b;
    size_t nclaims = 0;
    for (size_t i = 0; i < ch.n; i++)
        nclaims += i == 0 || strcmp(ch.rows[i].claim, ch.rows[i - 1].claim) != 0;
    cc_buf_puts(b, "<section class=\"card group\"><header><span class=\"cid\">Group ");
    cc_html_escape(b, name);
    cc_buf_printf(b, "</span><span class=\"line\">%zu claims on one axis</span></header>", nclaims);
    cc_buf t = CC_BUF_INIT;
    cc_buf_puts(&t, "chart of group ");
    cc_buf_puts(&t, name);
    cc_chart_svg(&h->b, &ch, t.data);
    cc_buf_free(&t);
    cc_buf_puts(b, "<p class=\"end\">end of group ");
    cc_html_escape(b, name);
    cc_buf_puts(b, "</p></section>\n");
    cc_chart_free(&ch);
}

/* A small picture of what the charts' marks mean. */
static void S_legend(cc_buf *b)
{
    cc_buf_puts(
        b,
        "<p class=\"legend\"><svg viewBox=\"0 0 640 30\" width=\"100%\" role=\"img\"><title>chart legend</title>"
        "<g font-size=\"10\" fill=\"#111111\">"
        "<line x1=\"6\" x2=\"46\" y1=\"10\" y2=\"10\" stroke=\"#1d4f91\" stroke-width=\"5\"/>"
        "<circle cx=\"6\" cy=\"10\" r=\"4\" fill=\"#1d4f91\" stroke=\"#1d4f91\"/>"
        "<circle cx=\"46\" cy=\"10\" r=\"4\" fill=\"#ffffff\" stroke=\"#1d4f91\" stroke-width=\"1.6\"/>"
        "<text x=\"54\" y=\"14\">stated</text>"
        "<line x1=\"110\" x2=\"150\" y1=\"10\" y2=\"10\" stroke=\"#a84300\" stroke-width=\"5\" "
        "stroke-dasharray=\"7 4\"/><text x=\"158\" y=\"14\">other reading</text>"
        "<rect x=\"246\" y=\"2\" width=\"40\" height=\"16\" fill=\"#24692a\" fill-opacity=\"0.12\" "
        "stroke=\"#24692a\" stroke-opacity=\"0.5\" stroke-dasharray=\"3 3\"/>"
        "<line x1=\"250\" x2=\"282\" y1=\"10\" y2=\"10\" stroke=\"#24692a\" stroke-width=\"8\"/>"
        "<line x1=\"252\" x2=\"280\" y1=\"10\" y2=\"10\" stroke=\"#ffffff\" stroke-width=\"3\"/>"
        "<text x=\"294\" y=\"14\">derived from before/after</text>"
        "<line x1=\"436\" x2=\"476\" y1=\"10\" y2=\"10\" stroke=\"#555555\" stroke-width=\"4\" "
        "stroke-dasharray=\"2 3\"/><text x=\"484\" y=\"14\">level as printed</text>"
        "<text x=\"6\" y=\"28\" font-size=\"9\" fill=\"#444444\">filled end: included \xC2\xB7 hollow end: excluded "
        "\xC2\xB7 arrow: no bound on that side \xC2\xB7 stated and derived meet where a bar crosses the band</text>"
        "</g></svg></p>");
}

static void S_part(S_html *h, const cc_report_part *p, size_t k)
{
    cc_buf *b = &h->b;
    const cc_ledger *lg = p->lg;
    cc_buf_printf(b, "<article class=\"ledger\" id=\"ledger-%zu\">", k + 1);
    S_header(h, p);
    S_summary(h, p);

    bool head = false;
    for (size_t i = 0; i < p->nf; i++) {
        const cc_finding *f = p->f[i];
        if (f->claim && cc_report_claim(lg, f))
            continue;
        if (!head) {
            cc_buf_puts(b, "<section class=\"card\"><header><span class=\"cid\">The ledger as a whole</span></header>"
                           "<ul class=\"findings\">");
            head = true;
        }
        S_finding(b, f);
        if (f->line)
            cc_buf_printf(b, "<p class=\"line\">line %zu</p>", f->line);
    }
    if (head)
        cc_buf_puts(b, "</ul><p class=\"end\">end of ledger findings</p></section>");

    cc_buf_puts(b, "<section class=\"claims\"><h2>Claims</h2>");
    S_legend(b);
    for (size_t i = 0; i < lg->nclaims; i++) {
        const cc_claim *c = &lg->claims[i];
        const char *g = cc_claim_get(lg, c, "group");
        bool first = *g;
        for (size_t j = 0; first && j < i; j++)
            if (strcmp(cc_claim_get(lg, &lg->claims[j], "group"), g) == 0)
                first = false;
        if (first)
            S_group(h, p, g);
        S_card(h, p, c);
    }
    cc_buf_puts(b, "</section>");
    S_index(h, p);
    cc_buf_puts(b, "</article>\n");
}

static void S_appendix(S_html *h)
{
    cc_buf *b = &h->b;
    const cc_findings *fs = h->doc->in->findings;
    cc_rule_count rc[64];
    const cc_finding **all = cc_xcalloc(fs->n ? fs->n : 1, sizeof *all);
    for (size_t i = 0; i < fs->n; i++)
        all[i] = &fs->v[i];
    /* suppressed findings too: their rule is explained like any other */
    size_t nr = 0;
    for (size_t i = 0; i < fs->n; i++) {
        size_t k = 0;
        while (k < nr && strcmp(rc[k].rule, fs->v[i].rule) != 0)
            k++;
        if (k == nr && nr < 64) {
            rc[nr].rule = fs->v[i].rule;
            rc[nr].severity = fs->v[i].severity;
            rc[nr].n = 0;
            nr++;
        }
    }
    free(all);
    if (!nr)
        return;
    for (size_t i = 1; i < nr; i++)
        for (size_t j = i; j > 0 && strcmp(rc[j - 1].rule, rc[j].rule) > 0; j--) {
            cc_rule_count t = rc[j];
            rc[j] = rc[j - 1];
            rc[j - 1] = t;
        }
    cc_buf_puts(b, "<section class=\"appendix\"><h2>Appendix: the rules that fired</h2>");
    for (size_t i = 0; i < nr; i++) {
        const cc_rule *r = cc_rule_find(rc[i].rule);
        cc_buf_puts(b, "<div class=\"rulecard\"><h3>");
        S_sev(b, rc[i].severity, false);
        cc_buf_printf(b, " <span class=\"rule\">%s</span></h3>", rc[i].rule);
        if (r) {
            S_el(b, "p", NULL, r->summary);
            S_el(b, "p", NULL, r->why);
            cc_buf_puts(b, "<p class=\"line\">fires:</p>");
            S_el(b, "div", "ex", r->fires);
            cc_buf_puts(b, "<p class=\"line\">does not fire:</p>");
            S_el(b, "div", "ex", r->passes);
        }
        cc_buf_puts(b, "</div>");
    }
    cc_buf_puts(b, "</section>\n");
}

void cc_report_html(FILE *fp, const cc_report_doc *doc)
{
    S_html h = {CC_BUF_INIT, doc};
    cc_buf *b = &h.b;
    const cc_report_in *in = doc->in;
    cc_buf title = CC_BUF_INIT;
    if (in->nledgers == 1) {
        const cc_ledger *lg = &in->ledgers[0];
        cc_buf_printf(&title, "Audit report: %s (%s)",
                      lg->meta.title && *lg->meta.title ? lg->meta.title : cc_report_basename(lg->path),
                      cc_report_basename(lg->path));
    } else {
        cc_buf_printf(&title, "Audit report: %zu ledgers", in->nledgers);
    }
    cc_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   "style-src 'unsafe-inline'; img-src data:\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    cc_buf_printf(b, "<meta name=\"generator\" content=\"claimcheck %s\">\n<title>", CC_VERSION);
    cc_html_escape(b, title.data);
    cc_buf_puts(b, "</title>\n<style>\n");
    /* Chromium (131 and later) draws @page margin boxes: the page numbers. */
    cc_buf_puts(b, "@page{size:A4;margin:18mm 16mm 20mm;"
                   "@top-left{content:");
    cc_buf t = CC_BUF_INIT;
    cc_buf_printf(&t, "claimcheck audit report \xC2\xB7 %s",
                  in->nledgers == 1 ? cc_report_basename(in->ledgers[0].path) : "several ledgers");
    S_css_string(b, t.data);
    cc_buf_free(&t);
    cc_buf_puts(b, ";font-size:7.5pt;color:#666}"
                   "@top-right{content:");
    S_css_string(b, doc->date);
    cc_buf_puts(b, ";font-size:7.5pt;color:#666}"
                   "@bottom-center{content:\"page \" counter(page) \" / \" counter(pages);font-size:8pt;color:#333}}\n");
    cc_buf_puts(b, S_css);
    cc_buf_puts(b, "</style>\n</head>\n<body>\n");
    for (size_t k = 0; k < in->nledgers; k++)
        S_part(&h, &doc->parts[k], k);
    S_appendix(&h);
    cc_buf_printf(b,
                  "<footer class=\"colophon\">Made by claimcheck %s on %s. Figures are read as printed: an exact "
                  "number stands for half a unit of its last digit either side; bounds (以上, 以内, up to) are "
                  "one-sided. See the appendix for what each rule means.</footer>\n</body>\n</html>\n",
                  CC_VERSION, doc->date);
    fputs(b->data, fp);
    cc_buf_free(b);
    cc_buf_free(&title);
}
