/* numbers.c — conformance of the figure reader against the number specs of
 * Microsoft Recognizers-Text (../shared/conformance/recognizers-text, MIT;
 * see SOURCE.md there).
 *
 * Only the cases whose whole input is one number are used: exactly one
 * expected result spanning the whole Input.  Cases that every upstream
 * platform lists as unsupported are skipped as dubious.  Each input goes
 * through cc_figure_parse; the figure's value (signed by its direction) is
 * compared with the expected one to a relative 1e-6.
 *
 * Usage: numbers DIR    (exit 1 below a 95% pass rate) */
#include "claimcheck.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define S_PASS_RATE 95.0

static const struct {
    const char *file;
    bool percent; /* expected values are "N%" */
} S_files[] = {
    {"Chinese-NumberModel.json", false},
    {"Chinese-PercentModel.json", true},
    {"English-NumberModel.json", false},
    {"English-PercentModel.json", true},
};

static const char *const S_platforms[] = {"dotnet", "javascript", "java", "python"};

static char *S_slurp(const char *path)
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
    return cc_buf_detach(&b);
}

/* Adds the platforms listed in a "dotnet, javascript" string to *mask. */
static void S_platform_mask(const cJSON *item, unsigned *mask)
{
    if (!cJSON_IsString(item))
        return;
    const char *s = item->valuestring;
    while (*s) {
        while (*s == ',' || *s == ' ' || *s == '\t')
            s++;
        size_t len = strcspn(s, ",");
        size_t end = len;
        while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
            end--;
        for (size_t i = 0; i < sizeof S_platforms / sizeof S_platforms[0]; i++)
            if (strlen(S_platforms[i]) == end && strncasecmp(s, S_platforms[i], end) == 0)
                *mask |= 1u << i;
        s += len;
    }
}

static size_t S_codepoints(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

/* Reads one figure and gives its number: a change or points going down is
 * negative, a quantity keeps its own sign.  *percent tells whether the
 * figure is in percent.  Returns NULL or an error message (caller frees). */
static char *S_read(const char *in, double *value, bool *percent)
{
    cc_figure fig;
    char *err = NULL;
    if (!cc_figure_parse(in, strlen(in), NULL, &fig, &err))
        return err ? err : cc_xstrdup("rejected");
    double v = fig.value;
    if ((fig.kind == CC_KIND_CHANGE || fig.kind == CC_KIND_POINTS) && fig.direction == CC_DIR_DOWN)
        v = -fabs(v);
    *value = v;
    *percent = fig.dimension == CC_DIM_PERCENT;
    cc_figure_free(&fig);
    return NULL;
}

static bool S_close(double got, double want)
{
    return fabs(got - want) <= 1e-6 * fmax(fabs(want), 1e-300) || got == want;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "../shared/conformance/recognizers-text";
    size_t pass_all = 0, total_all = 0;
    cc_mem_init();

    for (size_t fi = 0; fi < sizeof S_files / sizeof S_files[0]; fi++) {
        char *path = cc_xasprintf("%s/%s", dir, S_files[fi].file);
        char *text = S_slurp(path);
        if (!text) {
            fprintf(stderr, "numbers: cannot read %s\n", path);
            free(path);
            return 2;
        }
        cJSON *root = cJSON_Parse(text);
        free(text);
        if (!cJSON_IsArray(root)) {
            fprintf(stderr, "numbers: %s is not a JSON array\n", path);
            free(path);
            cJSON_Delete(root);
            return 2;
        }
        size_t pass = 0, total = 0;
        const cJSON *kase;
        cJSON_ArrayForEach(kase, root)
        {
            const cJSON *input = cJSON_GetObjectItemCaseSensitive(kase, "Input");
            const cJSON *results = cJSON_GetObjectItemCaseSensitive(kase, "Results");
            if (!cJSON_IsString(input) || !cJSON_IsArray(results) || cJSON_GetArraySize(results) != 1)
                continue;
            unsigned mask = 0;
            S_platform_mask(cJSON_GetObjectItemCaseSensitive(kase, "NotSupported"), &mask);
            S_platform_mask(cJSON_GetObjectItemCaseSensitive(kase, "NotSupportedByDesign"), &mask);
            if (mask == (1u << (sizeof S_platforms / sizeof S_platforms[0])) - 1)
                continue;
            const cJSON *res = cJSON_GetArrayItem(results, 0);
            const cJSON *start = cJSON_GetObjectItemCaseSensitive(res, "Start");
            const cJSON *end = cJSON_GetObjectItemCaseSensitive(res, "End");
            const cJSON *resol = cJSON_GetObjectItemCaseSensitive(res, "Resolution");
            const cJSON *val = cJSON_GetObjectItemCaseSensitive(resol, "value");
            size_t cps = S_codepoints(input->valuestring);
            if (!cJSON_IsNumber(start) || !cJSON_IsNumber(end) || !cJSON_IsString(val) || start->valueint != 0 ||
                cps == 0 || end->valueint != (int)cps - 1)
                continue;
            char *stop;
            double want = strtod(val->valuestring, &stop);
            if (stop == val->valuestring || (S_files[fi].percent ? strcmp(stop, "%") != 0 : *stop != '\0'))
                continue;
            total++;
            double got = 0;
            bool percent = false;
            char *err = S_read(input->valuestring, &got, &percent);
            /* a plain number read as a share (三分之一 = 33.3%) is value/100 */
            if (!err && !S_files[fi].percent && percent)
                got /= 100;
            if (!err && S_close(got, want)) {
                pass++;
            } else if (err) {
                printf("FAIL %s: %s: expected %s, got error: %s\n", S_files[fi].file, input->valuestring,
                       val->valuestring, err);
            } else {
                printf("FAIL %s: %s: expected %s, got %.15g\n", S_files[fi].file, input->valuestring,
                       val->valuestring, got);
            }
            free(err);
        }
        printf("%s: %zu/%zu passed\n", S_files[fi].file, pass, total);
        pass_all += pass;
        total_all += total;
        cJSON_Delete(root);
        free(path);
    }
    double rate = total_all ? 100.0 * (double)pass_all / (double)total_all : 0;
    printf("conformance: %zu/%zu passed (%.1f%%)\n", pass_all, total_all, rate);
    printf("conformance: %zu passed, %zu failed\n", pass_all, total_all - pass_all);
    return rate < S_PASS_RATE ? 1 : 0;
}
