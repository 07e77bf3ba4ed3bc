/* cmd_common.c — output files, colour and messages for every command. */
#include "cli.h"

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
