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
#include "recognizers.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define S_PASS_RATE 95.0


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

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "../shared/conformance/recognizers-text";
    size_t pass_all = 0, total_all = 0;
    cc_mem_init();

    for (size_t fi = 0; fi < RT_NFILES; fi++) {
        cJSON *root = rt_load("numbers", dir, rt_files[fi].file);
        if (!root)
            return 2;
        size_t pass = 0, total = 0;
        const cJSON *kase;
        cJSON_ArrayForEach(kase, root)
        {
            const cJSON *input = cJSON_GetObjectItemCaseSensitive(kase, "Input");
            const cJSON *results = cJSON_GetObjectItemCaseSensitive(kase, "Results");
            if (!cJSON_IsString(input) || !cJSON_IsArray(results) || cJSON_GetArraySize(results) != 1)
                continue;
            if (rt_dubious(kase))
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
            if (stop == val->valuestring || (rt_files[fi].percent ? strcmp(stop, "%") != 0 : *stop != '\0'))
                continue;
            total++;
            double got = 0;
            bool percent = false;
            char *err = S_read(input->valuestring, &got, &percent);
            /* a plain number read as a share (三分之一 = 33.3%) is value/100 */
            if (!err && !rt_files[fi].percent && percent)
                got /= 100;
            if (!err && rt_close(got, want)) {
                pass++;
            } else if (err) {
                printf("FAIL %s: %s: expected %s, got error: %s\n", rt_files[fi].file, input->valuestring,
                       val->valuestring, err);
            } else {
                printf("FAIL %s: %s: expected %s, got %.15g\n", rt_files[fi].file, input->valuestring,
                       val->valuestring, got);
            }
            free(err);
        }
        printf("%s: %zu/%zu passed\n", rt_files[fi].file, pass, total);
        pass_all += pass;
        total_all += total;
        cJSON_Delete(root);
    }
    double rate = total_all ? 100.0 * (double)pass_all / (double)total_all : 0;
    printf("conformance: %zu/%zu passed (%.1f%%)\n", pass_all, total_all, rate);
    printf("conformance: %zu passed, %zu failed\n", pass_all, total_all - pass_all);
    return rate < S_PASS_RATE ? 1 : 0;
}
