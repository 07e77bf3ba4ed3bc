/* fingerprint.c — what identifies a finding from one run to the next, for
 * SARIF's partialFingerprints.primaryLocationLineHash and for baselines.
 *
 * A finding must keep its fingerprint when unrelated lines move (a claim
 * inserted above it, rows reordered, a column added), and lose it when the
 * claim it is about changes.  So the line number is never hashed.  The
 * scheme, version 1:
 *
 *   key     = "claimcheck-fp/1" US rule US claim-id US column US content
 *   content = for each column of the claim's record, sorted by name
 *             (bytewise), whose normalised value is not empty, except id
 *             (hashed already) and the bookkeeping columns status, ignore
 *             and notes (a verdict or a note changes nothing the claim
 *             says):  name "=" value RS
 *             where a value is normalised by collapsing each run of
 *             whitespace (space, tab, CR, LF) to one space and trimming.
 *             A finding on no claim (a CSV syntax error, the sidecar) uses
 *             its message with every run of digits replaced by "#", since
 *             its numbers are mostly line numbers.
 *   h       = FNV-1a 64 of key
 *   k       = how many earlier findings in the list have the same file
 *             and the same h (0 for the first): identical keys stay apart
 *   print   = FNV-1a 64 of key US decimal(k), as 16 lowercase hex digits
 *
 * US is byte 0x1F and RS 0x1E; absent fields hash as empty strings. */
#include "gate.h"

#include <stdlib.h>
#include <string.h>

#define S_FNV_OFFSET 0xcbf29ce484222325ULL
#define S_FNV_PRIME 0x100000001b3ULL

static unsigned long long S_fnv(unsigned long long h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= S_FNV_PRIME;
    }
    return h;
}

static bool S_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void S_put_norm(cc_buf *b, const char *s)
{
    bool gap = false, any = false;
    for (; *s; s++) {
        if (S_space(*s)) {
            gap = true;
            continue;
        }
        if (gap && any)
            cc_buf_putc(b, ' ');
        gap = false;
        any = true;
        cc_buf_putc(b, *s);
    }
}

static bool S_blank(const char *s)
{
    for (; *s; s++)
        if (!S_space(*s))
            return false;
    return true;
}

static const char *const S_skipped[] = {"id", "status", "ignore", "notes"};

static bool S_hashed_column(const char *name)
{
    for (size_t i = 0; i < sizeof S_skipped / sizeof S_skipped[0]; i++)
        if (strcmp(name, S_skipped[i]) == 0)
            return false;
    return true;
}

static const cc_ledger *S_ledger_of(const cc_ledger *ledgers, size_t n, const cc_finding *f)
{
    if (!f->file)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if ((ledgers[i].path && strcmp(ledgers[i].path, f->file) == 0) ||
            (ledgers[i].meta.path && strcmp(ledgers[i].meta.path, f->file) == 0))
            return &ledgers[i];
    return NULL;
}

static void S_key(cc_buf *b, const cc_ledger *lg, const cc_finding *f)
{
    static const char us = 0x1F, rs = 0x1E;
    cc_buf_puts(b, "claimcheck-fp/1");
    cc_buf_putc(b, us);
    cc_buf_puts(b, f->rule);
    cc_buf_putc(b, us);
    cc_buf_puts(b, f->claim ? f->claim : "");
    cc_buf_putc(b, us);
    cc_buf_puts(b, f->column ? f->column : "");
    cc_buf_putc(b, us);
    const cc_claim *cl = lg && f->claim ? cc_report_claim(lg, f) : NULL;
    if (!cl) {
        const char *m = f->message ? f->message : "";
        for (size_t i = 0; m[i]; i++) {
            if (m[i] >= '0' && m[i] <= '9') {
                while (m[i + 1] >= '0' && m[i + 1] <= '9')
                    i++;
                cc_buf_putc(b, '#');
            } else {
                cc_buf_putc(b, m[i]);
            }
        }
        return;
    }
    size_t *order = cc_xmalloc((lg->ncols ? lg->ncols : 1) * sizeof *order);
    /* insertion sort by name: a header has at most a few hundred columns */
    for (size_t i = 0; i < lg->ncols; i++) {
        size_t j = i;
        for (; j > 0 && strcmp(lg->cols[order[j - 1]], lg->cols[i]) > 0; j--)
            order[j] = order[j - 1];
        order[j] = i;
    }
    for (size_t i = 0; i < lg->ncols; i++) {
        const char *name = lg->cols[order[i]], *v = cl->values[order[i]];
        if (!S_hashed_column(name) || S_blank(v))
            continue;
        cc_buf_puts(b, name);
        cc_buf_putc(b, '=');
        S_put_norm(b, v);
        cc_buf_putc(b, rs);
    }
    free(order);
}

typedef struct {
    const char *file;
    unsigned long long h;
    size_t idx;
} S_item;

static int S_item_cmp(const void *a, const void *b)
{
    const S_item *x = a, *y = b;
    int c = strcmp(x->file, y->file);
    if (c)
        return c;
    if (x->h != y->h)
        return x->h < y->h ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

void cc_fingerprints(const cc_ledger *ledgers, size_t nledgers, const cc_findings *fs, char (*out)[CC_FP_LEN])
{
    if (fs->n == 0)
        return;
    cc_buf *keys = cc_xcalloc(fs->n, sizeof *keys);
    S_item *items = cc_xmalloc(fs->n * sizeof *items);
    for (size_t i = 0; i < fs->n; i++) {
        const cc_finding *f = &fs->v[i];
        S_key(&keys[i], S_ledger_of(ledgers, nledgers, f), f);
        items[i].file = f->file ? f->file : "";
        items[i].h = S_fnv(S_FNV_OFFSET, keys[i].data, keys[i].len);
        items[i].idx = i;
    }
    qsort(items, fs->n, sizeof *items, S_item_cmp);
    size_t k = 0;
    for (size_t j = 0; j < fs->n; j++) {
        if (j > 0 && items[j].h == items[j - 1].h && strcmp(items[j].file, items[j - 1].file) == 0)
            k++;
        else
            k = 0;
        cc_buf *key = &keys[items[j].idx];
        cc_buf_printf(key, "%c%zu", 0x1F, k);
        unsigned long long h = S_fnv(S_FNV_OFFSET, key->data, key->len);
        snprintf(out[items[j].idx], CC_FP_LEN, "%016llx", h);
    }
    for (size_t i = 0; i < fs->n; i++)
        cc_buf_free(&keys[i]);
    free(keys);
    free(items);
}
