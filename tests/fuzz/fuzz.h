/* fuzz.h — what the libFuzzer harnesses share: the allocator set up once,
 * and the one output property every harness asserts (no inf or NaN
 * printed as a number). */
#ifndef CC_FUZZ_H
#define CC_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimcheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    cc_mem_init();
    return 0;
}

static inline bool S_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Whether s[0..n) has one of the words inf, nan, NaN, infinity that printf
 * or cc_buf_num writes for a non-finite double (case-insensitive). */
static inline bool S_has_nonfinite_word(const char *s, size_t n)
{
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && S_word_char(s[i - 1]))
            continue;
        for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
            size_t k = strlen(words[w]);
            if (i + k > n || strncasecmp(s + i, words[w], k) != 0)
                continue;
            if (i + k < n && S_word_char(s[i + k]))
                continue;
            return true;
        }
    }
    return false;
}

/* Aborts (a finding for libFuzzer) when out has a non-finite number that
 * the input did not bring in itself. */
static inline void S_assert_finite_text(const char *what, const uint8_t *in, size_t in_n, const char *out, size_t out_n)
{
    /* the input may bring the letters in itself (a unit "3inf", a quote):
     * then nothing can be told apart */
    for (size_t i = 0; i + 3 <= in_n; i++)
        if (strncasecmp((const char *)in + i, "inf", 3) == 0 || strncasecmp((const char *)in + i, "nan", 3) == 0)
            return;
    if (S_has_nonfinite_word(out, out_n)) {
        fprintf(stderr, "fuzz: %s printed inf or NaN:\n%.*s\n", what, (int)(out_n > 4000 ? 4000 : out_n), out);
        abort();
    }
}

#endif
