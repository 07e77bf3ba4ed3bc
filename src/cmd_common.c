/* cmd_common.c — what every command shares: output files, colour, messages,
 * the shared options, and the ledger arguments. */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void cc_die_msg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("claimcheck: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

bool cc_out_open(cc_out *o, const char *path)
{
    memset(o, 0, sizeof *o);
    if (!path || strcmp(path, "-") == 0) {
        o->fp = stdout;
        return true;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* a device or a pipe (/dev/null, /dev/stdout, a FIFO) is written
         * as it is: a rename would put a regular file in its place */
        o->fp = fopen(path, "w");
        if (!o->fp) {
            cc_die_msg("cannot write %s: %s", path, strerror(errno));
            return false;
        }
        o->path = cc_xstrdup(path);
        return true;
    }
    o->path = cc_xstrdup(path);
    o->tmp = cc_xasprintf("%s.tmpXXXXXX", path);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        cc_die_msg("cannot write %s: %s", path, strerror(errno));
        free(o->path);
        free(o->tmp);
        memset(o, 0, sizeof *o);
        return false;
    }
    /* mkstemp makes the file 0600; the output gets what a new file gets */
    mode_t um = umask(0);
    umask(um);
    (void)fchmod(fd, 0666 & ~um);
    o->fp = fdopen(fd, "w");
    if (!o->fp) {
        cc_die_msg("cannot write %s: %s", path, strerror(errno));
        close(fd);
        unlink(o->tmp);
        free(o->path);
        free(o->tmp);
        memset(o, 0, sizeof *o);
        return false;
    }
    return true;
}

bool cc_out_close(cc_out *o, bool commit)
{
    if (!o->fp)
        return false;
    bool ok = fflush(o->fp) == 0 && !ferror(o->fp);
    int err = errno;
    if (!o->path) {
        if (!ok)
            cc_die_msg("cannot write to standard output: %s", strerror(err));
        o->fp = NULL;
        return ok;
    }
    if (!o->tmp) {
        if (fclose(o->fp) != 0 && ok) {
            ok = false;
            err = errno;
        }
        if (!ok)
            cc_die_msg("cannot write %s: %s", o->path, strerror(err));
        o->fp = NULL;
        free(o->path);
        o->path = NULL;
        return ok;
    }
    if (ok && fsync(fileno(o->fp)) != 0) {
        ok = false;
        err = errno;
    }
    if (fclose(o->fp) != 0 && ok) {
        ok = false;
        err = errno;
    }
    o->fp = NULL;
    if (ok && commit) {
        if (rename(o->tmp, o->path) != 0) {
            ok = false;
            err = errno;
        }
    }
    if (!ok)
        cc_die_msg("cannot write %s: %s (the previous file, if any, is left as it was)", o->path, strerror(err));
    if (!ok || !commit)
        unlink(o->tmp);
    free(o->path);
    free(o->tmp);
    o->path = o->tmp = NULL;
    return ok;
}

bool cc_use_color(const char *mode, FILE *fp)
{
    if (mode && strcmp(mode, "always") == 0)
        return true;
    if (mode && strcmp(mode, "never") == 0)
        return false;
    const char *nc = getenv("NO_COLOR");
    if (nc && *nc)
        return false;
    return isatty(fileno(fp));
}

bool cc_cli_fail_on(const char *cmd, const char *arg, int *out)
{
    cc_severity sev;
    if (strcmp(arg, "never") == 0) {
        *out = CC_FAIL_NEVER;
        return true;
    }
    if (cc_severity_parse(arg, &sev) && sev != CC_SEV_OFF) {
        *out = sev;
        return true;
    }
    cc_die_msg("%s: unknown --fail-on '%s': expected error, warning, info or never", cmd, arg);
    return false;
}

bool cc_cli_color(const char *cmd, const char *arg)
{
    if (strcmp(arg, "auto") == 0 || strcmp(arg, "always") == 0 || strcmp(arg, "never") == 0)
        return true;
    cc_die_msg("%s: unknown --color '%s': expected auto, always or never", cmd, arg);
    return false;
}

bool cc_cli_config(const char *file, cc_config *cfg)
{
    cc_config_defaults(cfg);
    char *found = file ? NULL : cc_config_find(".");
    const char *path = file ? file : found;
    bool ok = true;
    if (path) {
        char *err = NULL;
        if (!cc_config_load(path, cfg, &err)) {
            cc_die_msg("bad config: %s", err);
            free(err);
            ok = false;
        }
    }
    free(found);
    return ok;
}

static void S_paths_push(cc_paths *p, char *s)
{
    for (size_t i = 0; i < p->n; i++)
        if (strcmp(p->v[i], s) == 0) {
            free(s);
            return;
        }
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 16;
        p->v = cc_xrealloc(p->v, p->cap * sizeof *p->v);
    }
    p->v[p->n++] = s;
}

static int S_bytewise(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool cc_paths_add_arg(cc_paths *p, const char *arg)
{
    struct stat st;
    if (stat(arg, &st) != 0 || !S_ISDIR(st.st_mode)) {
        S_paths_push(p, cc_xstrdup(arg));
        return true;
    }
    DIR *d = opendir(arg);
    if (!d) {
        cc_die_msg("cannot read %s: %s", arg, strerror(errno));
        return false;
    }
    cc_paths found = CC_PATHS_INIT;
    size_t dl = strlen(arg);
    bool slash = dl > 0 && arg[dl - 1] == '/';
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.' || n <= 4 || strcmp(e->d_name + n - 4, ".csv") != 0)
            continue;
        char *path = cc_xasprintf("%s%s%s", arg, slash ? "" : "/", e->d_name);
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
            S_paths_push(&found, path);
        else
            free(path);
    }
    closedir(d);
    if (found.n == 0)
        cc_die_msg("%s: no *.csv ledger in this directory", arg);
    if (found.n) /* qsort(NULL, 0, ...) is undefined */
        qsort(found.v, found.n, sizeof *found.v, S_bytewise);
    for (size_t i = 0; i < found.n; i++)
        S_paths_push(p, found.v[i]);
    free(found.v);
    return true;
}

void cc_paths_free(cc_paths *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->v[i]);
    free(p->v);
    memset(p, 0, sizeof *p);
}

char *cc_sidecar_article(const cc_ledger *lg)
{
    const char *a = lg->meta.article;
    if (!a || !*a)
        return NULL;
    if (a[0] == '/' || !lg->meta.path)
        return cc_xstrdup(a);
    const char *slash = strrchr(lg->meta.path, '/');
    if (!slash)
        return cc_xstrdup(a);
    return cc_xasprintf("%.*s/%s", (int)(slash - lg->meta.path), lg->meta.path, a);
}
