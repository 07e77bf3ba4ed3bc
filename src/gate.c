/* gate.c — what the CI-gate formats share: where a finding is, as a
 * repository sees it (a path relative to the repository root, a character
 * column), valid UTF-8, and the date a review is stamped with. */
#include "gate.h"
#include "internal.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

char *cc_repo_path(const char *path, bool *in_repo)
{
    if (in_repo)
        *in_repo = false;
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    char *dir = slash ? cc_xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : cc_xstrdup(".");
    /* Only the directory is resolved: a ledger that is a symlink keeps its
     * own name, as git records it. */
    char *real = realpath(dir, NULL);
    free(dir);
    if (!real || !*base) {
        free(real);
        return cc_xstrdup(path);
    }
    size_t n = strlen(real);
    cc_buf probe = CC_BUF_INIT;
    for (;;) {
        struct stat st;
        cc_buf_clear(&probe);
        cc_buf_put(&probe, real, n);
        cc_buf_puts(&probe, n == 1 ? ".git" : "/.git");
        if (lstat(probe.data, &st) == 0)
            break;
        if (n <= 1) {
            n = 0;
            break;
        }
        while (n > 1 && real[n - 1] != '/')
            n--;
        if (n > 1)
            n--; /* the slash itself, unless it is the root */
    }
    cc_buf_free(&probe);
    if (n == 0) {
        free(real);
        return cc_xstrdup(path);
    }
    const char *rest = real + n;
    while (*rest == '/')
        rest++;
    char *out = cc_xasprintf("%s%s%s", rest, *rest ? "/" : "", base);
    free(real);
    if (in_repo)
        *in_repo = true;
    return out;
}

typedef struct {
    size_t fields;   /* fields ended so far */
    bool ended;      /* the record ended */
} S_probe;

static void S_probe_field(void *s, size_t n, void *data)
{
    (void)s;
    (void)n;
    ((S_probe *)data)->fields++;
}

static void S_probe_record(int c, void *data)
{
    (void)c;
    ((S_probe *)data)->ended = true;
}

/* Offset where physical line `line` starts (lines end at LF, CRLF or CR,
 * as the ledger reader counts them), or len when there is no such line. */
static size_t S_line_start(const char *data, size_t len, size_t line)
{
    size_t off = 0;
    for (size_t l = 1; l < line; l++) {
        while (off < len && data[off] != '\n' && data[off] != '\r')
            off++;
        if (off >= len)
            return len;
        if (data[off] == '\r' && off + 1 < len && data[off + 1] == '\n')
            off++;
        off++;
    }
    return off;
}

bool cc_field_position(const char *data, size_t len, size_t line, size_t col, size_t *out_line,
                       size_t *out_col)
{
    if (!line || !col)
        return false;
    size_t start = S_line_start(data, len, line);
    if (start >= len && line > 1)
        return false;
    size_t pos = start;
    if (col > 1) {
        struct csv_parser p;
        csv_init(&p, CSV_STRICT | CSV_APPEND_NULL);
        csv_set_realloc_func(&p, cc_xrealloc);
        csv_set_free_func(&p, free);
        S_probe pr = {0, false};
        bool found = false;
        /* One byte at a time, so the byte that ends field col-1 is known. */
        for (size_t i = start; i < len && !pr.ended; i++) {
            if (csv_parse(&p, data + i, 1, S_probe_field, S_probe_record, &pr) != 1)
                break;
            if (pr.fields == col - 1 && !pr.ended) {
                pos = i + 1;
                found = true;
                break;
            }
        }
        csv_free(&p);
        if (!found)
            return false;
    }
    while (pos < len && (data[pos] == ' ' || data[pos] == '\t'))
        pos++;
    /* The field may begin on a later line than the record. */
    size_t l = line, ls = start;
    for (size_t i = start; i < pos; i++) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= len || data[i + 1] != '\n'))) {
            l++;
            ls = i + 1;
        }
    }
    if (ls == 0 && len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        ls = 3;
    size_t c = 1;
    for (size_t i = ls; i < pos;) {
        unsigned cp;
        size_t k = cc_utf8_decode(data + i, pos - i, &cp);
        i += k ? k : 1;
        c++;
    }
    *out_line = l;
    *out_col = c;
    return true;
}

char *cc_utf8_fix(const char *s)
{
    size_t n = strlen(s);
    if (cc_utf8_check(s, n) == n)
        return cc_xstrdup(s);
    cc_buf b = CC_BUF_INIT;
    for (size_t i = 0; i < n;) {
        unsigned cp;
        size_t k = cc_utf8_decode(s + i, n - i, &cp);
        if (k) {
            cc_buf_put(&b, s + i, k);
            i += k;
        } else {
            cc_buf_puts(&b, "\xEF\xBF\xBD");
            i++;
        }
    }
    return cc_buf_detach(&b);
}

const cc_ledger *cc_gate_ledger(const cc_report_in *in, const cc_finding *f)
{
    if (!f->file)
        return NULL;
    for (size_t i = 0; i < in->nledgers; i++) {
        const cc_ledger *lg = &in->ledgers[i];
        if ((lg->path && strcmp(lg->path, f->file) == 0) || (lg->meta.path && strcmp(lg->meta.path, f->file) == 0))
            return lg;
    }
    return NULL;
}

cc_gate_file *cc_gate_file_get(cc_gate_files *fs, const char *file)
{
    for (size_t i = 0; i < fs->n; i++)
        if (strcmp(fs->v[i].file, file) == 0)
            return &fs->v[i];
    if (fs->n == fs->cap) {
        fs->cap = fs->cap ? 2 * fs->cap : 8;
        fs->v = cc_xrealloc(fs->v, fs->cap * sizeof *fs->v);
    }
    cc_gate_file *f = &fs->v[fs->n++];
    memset(f, 0, sizeof *f);
    f->file = cc_xstrdup(file);
    f->rel = cc_repo_path(file, &f->in_repo);
    return f;
}

void cc_gate_position(cc_gate_files *fs, const cc_report_in *in, const cc_finding *f, size_t *line, size_t *col)
{
    *line = f->line ? f->line : 1;
    *col = 0;
    const cc_ledger *lg = cc_gate_ledger(in, f);
    if (!f->line || !f->col || !lg || !lg->path || strcmp(lg->path, f->file) != 0)
        return;
    /* The CSV column index is not a character column: the field is found
     * in the file itself, read once. */
    cc_gate_file *gf = cc_gate_file_get(fs, f->file);
    if (!gf->tried) {
        gf->tried = true;
        char *err = NULL;
        if (!cc_cfg_read_file(gf->file, &gf->data, &gf->len, &err))
            free(err);
    }
    size_t fl, fc;
    if (gf->data && cc_field_position(gf->data, gf->len, f->line, f->col, &fl, &fc)) {
        *line = fl;
        *col = fc;
    }
}

void cc_gate_files_free(cc_gate_files *fs)
{
    for (size_t i = 0; i < fs->n; i++) {
        free(fs->v[i].file);
        free(fs->v[i].rel);
        free(fs->v[i].data);
    }
    free(fs->v);
    memset(fs, 0, sizeof *fs);
}

bool cc_gate_today(char out[11])
{
    time_t t = time(NULL);
    bool ok = true;
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long v = strtoll(sde, &end, 10);
        if (errno || *end || v < 0 || (long long)(time_t)v != v)
            ok = false;
        else
            t = (time_t)v;
    }
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(out, 11, "%Y-%m-%d", &tm) != 10)
        strcpy(out, "1970-01-01");
    return ok;
}
