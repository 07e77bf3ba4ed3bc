/* config.c — .claimcheck.json (DESIGN 8): defaults, loading, lookup. */
#include "claimcheck.h"
#include "internal.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CC_CONFIG_MAX_DEPTH 64
#define CC_SHOW_MAX 40 /* bytes of a bad value quoted in a message */

/* Shared with ledger.c (declared there too); no header of their own. */

static const char *const S_default_vague[] = {
    "业界",     "业界平均",          "行业平均",   "行业",      "友商",
    "国外友商", "竞品",              "同类产品",   "industry",  "industry average",
    "competitor", "competitors",     "leading solution", "a leading competitor", "rivals",
};

/* ------------------------------------------------------------------ */
/* Helpers shared with ledger.c                                         */
/* ------------------------------------------------------------------ */

/* Reads a whole file, NUL-terminated; "-" is standard input when
 * stdin_ok.  On failure errno is that of the failing call, so a caller
 * can tell a missing file from an unreadable one. */
static bool S_read_whole(const char *path, bool stdin_ok, char **data, size_t *len, char **err)
{
    bool std = stdin_ok && strcmp(path, "-") == 0;
    FILE *fp = std ? stdin : fopen(path, "rb");
    if (!fp) {
        int e = errno;
        *err = cc_xasprintf("cannot read %s: %s", path, strerror(e));
        errno = e;
        return false;
    }
    cc_buf b = CC_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        cc_buf_put(&b, chunk, n);
    bool failed = ferror(fp);
    int e = errno;
    if (!std)
        fclose(fp);
    if (failed) {
        *err = cc_xasprintf("cannot read %s: %s", std ? "standard input" : path, strerror(e));
        cc_buf_free(&b);
        errno = e;
        return false;
    }
    *len = b.len;
    *data = cc_buf_detach(&b);
    return true;
}

bool cc_cfg_read_file(const char *path, char **data, size_t *len, char **err)
{
    return S_read_whole(path, false, data, len, err);
}

bool cc_read_input(const char *path, char **data, size_t *len, char **err)
{
    return S_read_whole(path, true, data, len, err);
}

void cc_cfg_line_col(const char *s, size_t off, size_t *line, size_t *col)
{
    size_t l = 1, start = 0;
    for (size_t i = 0; i < off; i++)
        if (s[i] == '\n') {
            l++;
            start = i + 1;
        }
    *line = l;
    *col = off - start + 1;
}

/* A JSON value as the message shows it: compact and cut short. */
char *cc_cfg_json_show(const cJSON *item)
{
    char *p = cJSON_PrintUnformatted(item);
    if (!p)
        return cc_xstrdup("?");
    size_t n = strlen(p), cut = n;
    if (n > CC_SHOW_MAX) {
        cut = CC_SHOW_MAX;
        while (cut > 0 && ((unsigned char)p[cut] & 0xC0) == 0x80)
            cut--;
    }
    char *s = cc_xasprintf("%.*s%s", (int)cut, p, cut < n ? "…" : "");
    cJSON_free(p);
    return s;
}

static char *S_got(const char *s, size_t n, size_t i, const char *expected)
{
    if (i >= n)
        return cc_xasprintf("malformed JSON: %s, got the end of the file", expected);
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7F)
        return cc_xasprintf("malformed JSON: %s, got '%c'", expected, c);
    return cc_xasprintf("malformed JSON: %s, got byte 0x%02X", expected, c);
}

static bool S_is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool S_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool S_is_hex(char c)
{
    return S_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static unsigned S_hex4(const char *s)
{
    unsigned u = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        u = u * 16 + (unsigned)(S_is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return u;
}

/* Scans a string at s[*i] == '"'; returns NULL or the problem, *i at it. */
static char *S_lint_string(const char *s, size_t n, size_t *i)
{
    size_t j = *i + 1;
    while (j < n && s[j] != '"') {
        unsigned char c = (unsigned char)s[j];
        if (c < 0x20) {
            *i = j;
            return S_got(s, n, j, "expected a closing \" (control characters must be escaped, e.g. \\n)");
        }
        if (c == '\\') {
            j++;
            if (j < n && s[j] && strchr("\"\\/bfnrt", s[j])) {
                j++;
            } else if (j < n && s[j] == 'u') {
                for (int k = 1; k <= 4; k++)
                    if (j + (size_t)k >= n || !S_is_hex(s[j + (size_t)k])) {
                        *i = j + (size_t)k;
                        return S_got(s, n, j + (size_t)k, "expected four hex digits after \\u");
                    }
                unsigned u = S_hex4(s + j + 1);
                j += 5;
                if (u >= 0xDC00 && u <= 0xDFFF) {
                    *i = j - 6;
                    return cc_xstrdup("malformed JSON: expected a high surrogate before this \\u escape "
                                      "(a low surrogate cannot stand alone)");
                }
                if (u >= 0xD800 && u <= 0xDBFF) {
                    unsigned lo = n - j >= 6 && s[j] == '\\' && s[j + 1] == 'u' && S_is_hex(s[j + 2]) &&
                                          S_is_hex(s[j + 3]) && S_is_hex(s[j + 4]) && S_is_hex(s[j + 5])
                                      ? S_hex4(s + j + 2)
                                      : 0;
                    if (lo < 0xDC00 || lo > 0xDFFF) {
                        *i = j;
                        return S_got(s, n, j, "expected a low surrogate \\uDC00-\\uDFFF after a high one");
                    }
                    j += 6;
                }
            } else {
                *i = j;
                return S_got(s, n, j, "expected an escape: \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX");
            }
        } else {
            j++;
        }
    }
    if (j >= n) {
        return S_got(s, n, n, "expected a closing \" for the string starting here");
    }
    *i = j + 1;
    return NULL;
}

static char *S_lint_number(const char *s, size_t n, size_t *i)
{
    size_t j = *i;
    if (s[j] == '-')
        j++;
    if (j < n && s[j] == '0') {
        j++;
    } else if (j < n && S_is_digit(s[j])) {
        while (j < n && S_is_digit(s[j]))
            j++;
    } else {
        *i = j;
        return S_got(s, n, j, "expected a digit");
    }
    if (j < n && s[j] == '.') {
        j++;
        if (j >= n || !S_is_digit(s[j])) {
            *i = j;
            return S_got(s, n, j, "expected a digit after the decimal point");
        }
        while (j < n && S_is_digit(s[j]))
            j++;
    }
    if (j < n && (s[j] == 'e' || s[j] == 'E')) {
        j++;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            j++;
        if (j >= n || !S_is_digit(s[j])) {
            *i = j;
            return S_got(s, n, j, "expected a digit in the exponent");
        }
        while (j < n && S_is_digit(s[j]))
            j++;
    }
    *i = j;
    return NULL;
}

/* Checks that s[0..n) is one JSON value (RFC 8259) nested at most maxdepth
 * deep, without recursion.  Returns NULL, or a message saying what was
 * expected with *off the byte offset where it was not found.  cJSON gives
 * only a position; this gives the reason, and bounds the depth before
 * cJSON's recursive parser sees the text. */
char *cc_cfg_json_lint(const char *s, size_t n, int maxdepth, size_t *off)
{
    enum { VALUE, FIRST_VALUE, KEY, FIRST_KEY, COLON, AFTER } st = VALUE;
    char stack[256];
    int depth = 0;
    size_t i = 0;
    char *msg = NULL;
    if (maxdepth > (int)sizeof stack)
        maxdepth = (int)sizeof stack;
    for (;;) {
        while (i < n && S_is_ws(s[i]))
            i++;
        if (i >= n && st == AFTER && depth == 0)
            return NULL;
        char c = i < n ? s[i] : '\0';
        bool more = i < n;
        switch (st) {
        case VALUE:
        case FIRST_VALUE:
            if (st == FIRST_VALUE && more && c == ']') {
                depth--;
                st = AFTER;
                i++;
            } else if (more && (c == '{' || c == '[')) {
                if (depth == maxdepth) {
                    msg = cc_xasprintf("JSON nested deeper than %d levels", maxdepth);
                    goto fail;
                }
                stack[depth++] = c;
                st = c == '{' ? FIRST_KEY : FIRST_VALUE;
                i++;
            } else if (more && c == '"') {
                if ((msg = S_lint_string(s, n, &i)))
                    goto fail;
                st = AFTER;
            } else if (more && (c == '-' || S_is_digit(c))) {
                if ((msg = S_lint_number(s, n, &i)))
                    goto fail;
                st = AFTER;
            } else if (more && (c == 't' || c == 'f' || c == 'n')) {
                const char *w = c == 't' ? "true" : c == 'f' ? "false" : "null";
                size_t wl = strlen(w);
                if (n - i < wl || memcmp(s + i, w, wl) != 0) {
                    msg = S_got(s, n, i, "expected a value (a string, number, object, array, true, false or null)");
                    goto fail;
                }
                i += wl;
                st = AFTER;
            } else if (more && (c == ']' || c == '}') && depth > 0) {
                msg = S_got(s, n, i, "expected a value after the comma (a trailing comma is not allowed)");
                goto fail;
            } else {
                msg = S_got(s, n, i, "expected a value (a string, number, object, array, true, false or null)");
                goto fail;
            }
            break;
        case KEY:
        case FIRST_KEY:
            if (st == FIRST_KEY && more && c == '}') {
                depth--;
                st = AFTER;
                i++;
            } else if (more && c == '"') {
                if ((msg = S_lint_string(s, n, &i)))
                    goto fail;
                st = COLON;
            } else if (st == KEY && more && c == '}') {
                msg = S_got(s, n, i, "expected a key after the comma (a trailing comma is not allowed)");
                goto fail;
            } else {
                msg = S_got(s, n, i, "expected a key in double quotes");
                goto fail;
            }
            break;
        case COLON:
            if (!more || c != ':') {
                msg = S_got(s, n, i, "expected ':' after the key");
                goto fail;
            }
            st = VALUE;
            i++;
            break;
        case AFTER:
            if (depth == 0) {
                msg = S_got(s, n, i, "expected the end of the file after the value");
                goto fail;
            }
            if (more && c == ',') {
                st = stack[depth - 1] == '{' ? KEY : VALUE;
                i++;
            } else if (more && c == (stack[depth - 1] == '{' ? '}' : ']')) {
                depth--;
                i++;
            } else {
                msg = S_got(s, n, i, stack[depth - 1] == '{' ? "expected ',' or '}' after the value"
                                                            : "expected ',' or ']' after the value");
                goto fail;
            }
            break;
        }
    }
fail:
    *off = i < n ? i : n;
    return msg;
}

/* ------------------------------------------------------------------ */
/* The configuration                                                    */
/* ------------------------------------------------------------------ */

void cc_config_defaults(cc_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->fail_on = CC_SEV_ERROR;
    cfg->tol.approx = 0.10;
    cfg->tol.nearly = 0.10;
    cfg->n_vague = sizeof S_default_vague / sizeof S_default_vague[0];
    cfg->vague = cc_xcalloc(cfg->n_vague, sizeof *cfg->vague);
    for (size_t i = 0; i < cfg->n_vague; i++)
        cfg->vague[i] = cc_xstrdup(S_default_vague[i]);
}

void cc_config_free(cc_config *cfg)
{
    free(cfg->path);
    for (size_t i = 0; i < cfg->n_vague; i++)
        free(cfg->vague[i]);
    free(cfg->vague);
    for (size_t i = 0; i < cfg->n_overrides; i++)
        free(cfg->overrides[i].rule);
    free(cfg->overrides);
    free(cfg->reviewer_name);
    free(cfg->reviewer_url);
    memset(cfg, 0, sizeof *cfg);
}

static char *S_dup(const char *s)
{
    return s ? cc_xstrdup(s) : NULL;
}

static void S_copy(cc_config *dst, const cc_config *src)
{
    *dst = *src;
    dst->path = S_dup(src->path);
    dst->vague = cc_xcalloc(src->n_vague ? src->n_vague : 1, sizeof *dst->vague);
    for (size_t i = 0; i < src->n_vague; i++)
        dst->vague[i] = cc_xstrdup(src->vague[i]);
    dst->overrides = cc_xcalloc(src->n_overrides ? src->n_overrides : 1, sizeof *dst->overrides);
    for (size_t i = 0; i < src->n_overrides; i++) {
        dst->overrides[i].rule = cc_xstrdup(src->overrides[i].rule);
        dst->overrides[i].severity = src->overrides[i].severity;
    }
    dst->reviewer_name = S_dup(src->reviewer_name);
    dst->reviewer_url = S_dup(src->reviewer_url);
}

static char *S_type_error(const char *path, const char *key, const cJSON *it, const char *expected)
{
    char *got = cc_cfg_json_show(it);
    char *m = cc_xasprintf("%s: %s: expected %s, got %s", path, key, expected, got);
    free(got);
    return m;
}

static bool S_utf8_ok(const char *s)
{
    size_t n = strlen(s);
    return cc_utf8_check(s, n) == n;
}

static char *S_set_override(cc_config *cfg, const char *path, const cJSON *it)
{
    char *key = cc_xasprintf("rules.%s", it->string);
    char *err = NULL;
    cc_severity sev = CC_SEV_ERROR;
    if (!cc_rule_find(it->string))
        err = cc_xasprintf("%s: %s: unknown rule (`claimcheck rules` lists them)", path, key);
    else if (!cJSON_IsString(it) || !cc_severity_parse(it->valuestring, &sev))
        err = S_type_error(path, key, it, "\"error\", \"warning\", \"info\" or \"off\"");
    free(key);
    if (err)
        return err;
    for (size_t i = 0; i < cfg->n_overrides; i++)
        if (strcmp(cfg->overrides[i].rule, it->string) == 0) {
            cfg->overrides[i].severity = sev;
            return NULL;
        }
    cfg->overrides = cc_xrealloc(cfg->overrides, (cfg->n_overrides + 1) * sizeof *cfg->overrides);
    cfg->overrides[cfg->n_overrides].rule = cc_xstrdup(it->string);
    cfg->overrides[cfg->n_overrides].severity = sev;
    cfg->n_overrides++;
    return NULL;
}

static char *S_apply(cc_config *cfg, const char *path, const cJSON *root)
{
    if (!cJSON_IsObject(root))
        return S_type_error(path, "the top level", root, "a JSON object");
    for (const cJSON *it = root->child; it; it = it->next) {
        const char *k = it->string;
        if (strcmp(k, "fail_on") == 0) {
            const char *v = cJSON_IsString(it) ? it->valuestring : "";
            cc_severity sev;
            if (strcmp(v, "never") == 0)
                cfg->fail_on = CC_FAIL_NEVER;
            else if (cc_severity_parse(v, &sev) && sev != CC_SEV_OFF)
                cfg->fail_on = sev;
            else
                return S_type_error(path, "fail_on", it, "\"error\", \"warning\", \"info\" or \"never\"");
        } else if (strcmp(k, "rules") == 0) {
            if (!cJSON_IsObject(it))
                return S_type_error(path, "rules", it,
                                    "an object of rule ids to \"error\", \"warning\", \"info\" or \"off\"");
            for (const cJSON *r = it->child; r; r = r->next) {
                char *err = S_set_override(cfg, path, r);
                if (err)
                    return err;
            }
        } else if (strcmp(k, "tolerance") == 0) {
            if (!cJSON_IsObject(it))
                return S_type_error(path, "tolerance", it, "an object with approx and nearly");
            for (const cJSON *t = it->child; t; t = t->next) {
                double *slot = strcmp(t->string, "approx") == 0   ? &cfg->tol.approx
                               : strcmp(t->string, "nearly") == 0 ? &cfg->tol.nearly
                                                                  : NULL;
                if (!slot)
                    return cc_xasprintf("%s: tolerance.%s: unknown key: expected approx or nearly", path,
                                        t->string);
                if (!cJSON_IsNumber(t) || !(t->valuedouble >= 0 && t->valuedouble <= 1)) {
                    char *got = cc_cfg_json_show(t);
                    char *m = cc_xasprintf("%s: tolerance.%s must be a number between 0 and 1, got %s", path,
                                           t->string, got);
                    free(got);
                    return m;
                }
                *slot = t->valuedouble;
            }
        } else if (strcmp(k, "vague_comparators") == 0) {
            if (!cJSON_IsArray(it))
                return S_type_error(path, "vague_comparators", it, "an array of strings");
            size_t n = (size_t)cJSON_GetArraySize(it), i = 0;
            char **v = cc_xcalloc(n ? n : 1, sizeof *v);
            for (const cJSON *w = it->child; w; w = w->next, i++) {
                if (!cJSON_IsString(w) || !w->valuestring[0] || !S_utf8_ok(w->valuestring)) {
                    char key[64];
                    snprintf(key, sizeof key, "vague_comparators[%zu]", i);
                    for (size_t j = 0; j < i; j++)
                        free(v[j]);
                    free(v);
                    return S_type_error(path, key, w, "a non-empty UTF-8 string");
                }
                v[i] = cc_xstrdup(w->valuestring);
            }
            for (size_t j = 0; j < cfg->n_vague; j++)
                free(cfg->vague[j]);
            free(cfg->vague);
            cfg->vague = v;
            cfg->n_vague = i;
        } else if (strcmp(k, "reviewer") == 0) {
            if (!cJSON_IsObject(it))
                return S_type_error(path, "reviewer", it, "an object with name and url");
            for (const cJSON *t = it->child; t; t = t->next) {
                char **slot = strcmp(t->string, "name") == 0  ? &cfg->reviewer_name
                              : strcmp(t->string, "url") == 0 ? &cfg->reviewer_url
                                                              : NULL;
                if (!slot)
                    return cc_xasprintf("%s: reviewer.%s: unknown key: expected name or url", path, t->string);
                if (!cJSON_IsString(t) || !S_utf8_ok(t->valuestring)) {
                    char key[32];
                    snprintf(key, sizeof key, "reviewer.%s", t->string);
                    return S_type_error(path, key, t, "a string");
                }
                free(*slot);
                *slot = cc_xstrdup(t->valuestring);
            }
        } else {
            return cc_xasprintf("%s: unknown key \"%s\": the known keys are fail_on, rules, tolerance, "
                                "vague_comparators, reviewer",
                                path, k);
        }
    }
    return NULL;
}

void cc_cfg_blank_bom(char *data, size_t len)
{
    /* editors on Windows save UTF-8 with a BOM; as spaces it keeps the
     * offsets of messages right */
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        memset(data, ' ', 3);
}

bool cc_config_load(const char *path, cc_config *cfg, char **err)
{
    char *data = NULL;
    size_t len = 0, off, line, col;
    if (!cc_cfg_read_file(path, &data, &len, err))
        return false;
    cc_cfg_blank_bom(data, len);
    char *msg = cc_cfg_json_lint(data, len, CC_CONFIG_MAX_DEPTH, &off);
    if (!msg && cc_utf8_check(data, len) < len) {
        off = cc_utf8_check(data, len);
        msg = cc_xstrdup("invalid UTF-8: expected a UTF-8 encoded file");
    }
    cJSON *root = NULL;
    if (!msg) {
        const char *end = NULL;
        root = cJSON_ParseWithLengthOpts(data, len, &end, 0);
        if (!root) {
            off = end ? (size_t)(end - data) : 0;
            msg = cc_xstrdup("malformed JSON: expected a valid value here");
        }
    }
    if (msg) {
        cc_cfg_line_col(data, off, &line, &col);
        *err = cc_xasprintf("%s:%zu:%zu: %s", path, line, col, msg);
        free(msg);
        free(data);
        return false;
    }
    free(data);
    cc_config tmp;
    S_copy(&tmp, cfg);
    *err = S_apply(&tmp, path, root);
    cJSON_Delete(root);
    if (*err) {
        cc_config_free(&tmp);
        return false;
    }
    free(tmp.path);
    tmp.path = cc_xstrdup(path);
    cc_config_free(cfg);
    *cfg = tmp;
    return true;
}

char *cc_config_find(const char *dir)
{
    char *real = realpath(dir, NULL);
    if (!real)
        return NULL;
    char *d = cc_xstrdup(real);
    free(real); /* realpath allocates with malloc, not cc_xmalloc */
    for (;;) {
        char *cand = cc_xasprintf("%s%s.claimcheck.json", d, strcmp(d, "/") == 0 ? "" : "/");
        struct stat st;
        if (stat(cand, &st) == 0 && S_ISREG(st.st_mode)) {
            free(d);
            return cand;
        }
        free(cand);
        char *slash = strrchr(d, '/');
        if (!slash || strcmp(d, "/") == 0)
            break;
        if (slash == d)
            slash[1] = '\0';
        else
            *slash = '\0';
    }
    free(d);
    return NULL;
}

cc_severity cc_config_severity(const cc_config *cfg, const char *rule)
{
    if (cfg)
        for (size_t i = 0; i < cfg->n_overrides; i++)
            if (strcmp(cfg->overrides[i].rule, rule) == 0)
                return cfg->overrides[i].severity;
    const cc_rule *r = cc_rule_find(rule);
    return r ? r->severity : CC_SEV_ERROR;
}
