/* mem.c — the one allocator policy: out of memory aborts, so callers never test for NULL. */
#include "claimcheck.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void S_oom(size_t n)
{
    fprintf(stderr, "claimcheck: out of memory (%zu bytes)\n", n);
    abort();
}

void *cc_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        S_oom(n);
    return p;
}

void *cc_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        S_oom(count * size);
    return p;
}

void *cc_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        S_oom(n);
    return q;
}

char *cc_xstrndup(const char *s, size_t n)
{
    char *p = cc_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *cc_xstrdup(const char *s)
{
    return cc_xstrndup(s, strlen(s));
}

char *cc_xvasprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    char *p = cc_xmalloc((size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *cc_xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = cc_xvasprintf(fmt, ap);
    va_end(ap);
    return p;
}

static void *S_cjson_malloc(size_t n)
{
    return cc_xmalloc(n);
}

void cc_mem_init(void)
{
    cJSON_Hooks hooks = {S_cjson_malloc, free};
    cJSON_InitHooks(&hooks);
}
