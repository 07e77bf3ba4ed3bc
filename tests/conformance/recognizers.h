/* recognizers.h — what the two conformance programs (numbers.c, extract.c)
 * share about the Recognizers-Text spec files: which files, how a file is
 * read, which cases are dubious, and when two numbers agree. */
#ifndef CC_RECOGNIZERS_H
#define CC_RECOGNIZERS_H

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claimcheck.h"

static const struct {
    const char *file;
    bool percent; /* expected values are "N%" */
} rt_files[] = {
    {"Chinese-NumberModel.json", false},
    {"Chinese-PercentModel.json", true},
    {"English-NumberModel.json", false},
    {"English-PercentModel.json", true},
};

#define RT_NFILES (sizeof rt_files / sizeof rt_files[0])

/* A whole file, or NULL; *n (if n) gets its length. */
static inline char *rt_slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    cc_buf b = CC_BUF_INIT;
    char chunk[8192];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        cc_buf_put(&b, chunk, got);
    fclose(f);
    if (n)
        *n = b.len;
    return b.data ? cc_buf_detach(&b) : cc_xstrdup("");
}

/* The cases of dir/file as a JSON array, or NULL after a message naming prog. */
static inline cJSON *rt_load(const char *prog, const char *dir, const char *file)
{
    char *path = cc_xasprintf("%s/%s", dir, file);
    char *text = rt_slurp(path, NULL);
    if (!text) {
        fprintf(stderr, "%s: cannot read %s\n", prog, path);
        free(path);
        return NULL;
    }
    cJSON *root = cJSON_Parse(text);
    free(text);
    if (!cJSON_IsArray(root)) {
        fprintf(stderr, "%s: %s is not a JSON array\n", prog, path);
        cJSON_Delete(root);
        root = NULL;
    }
    free(path);
    return root;
}

/* Adds the platforms listed in a "dotnet, javascript" string to *mask. */
static inline void rt_platform_mask(const cJSON *item, unsigned *mask)
{
    static const char *const platforms[] = {"dotnet", "javascript", "java", "python"};
    if (!cJSON_IsString(item))
        return;
    const char *s = item->valuestring;
    while (*s) {
        while (*s == ',' || *s == ' ' || *s == '\t')
            s++;
        size_t len = strcspn(s, ","), end = len;
        while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
            end--;
        for (size_t i = 0; i < sizeof platforms / sizeof platforms[0]; i++)
            if (strlen(platforms[i]) == end && strncasecmp(s, platforms[i], end) == 0)
                *mask |= 1u << i;
        s += len;
    }
}

/* A case that all four upstream platforms mark unsupported fails
 * everywhere upstream: dubious, so skipped (SOURCE.md). */
static inline bool rt_dubious(const cJSON *kase)
{
    unsigned mask = 0;
    rt_platform_mask(cJSON_GetObjectItemCaseSensitive(kase, "NotSupported"), &mask);
    rt_platform_mask(cJSON_GetObjectItemCaseSensitive(kase, "NotSupportedByDesign"), &mask);
    return mask == 0xFu;
}

/* Equal to a relative 1e-6 (upstream prints 15 significant digits). */
static inline bool rt_close(double got, double want)
{
    return got == want || fabs(got - want) <= 1e-6 * fmax(fabs(want), 1e-300);
}

#endif
