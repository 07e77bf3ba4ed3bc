/* lexends.c — the look-back of extract.c tries a word before a number only
 * when its first character starts, and its last ends, a qualifier, verb or
 * filler of the lexicon (S_word_starts, S_word_ends in extract.c).  This checks every such word of
 * lexicon.c against that list, so a word added there cannot be missed.
 * Built by tests/extract/run.sh against lexicon.c itself. */
#include "../../src/lexicon.c"
#include "extract.h"

#include <stdio.h>

int main(void)
{
    unsigned mask = CC_W_PREQUAL | CC_W_VERB | CC_W_LEVELPRE | CC_W_FILLER | CC_W_SEVERAL | CC_W_PREUNIT | CC_W_PER |
                    CC_W_MONEY;
    size_t pass = 0, fail = 0;
    for (size_t i = 0; i < sizeof S_words / sizeof S_words[0]; i++) {
        const cc_word *w = &S_words[i];
        if (!(w->cls & mask))
            continue;
        size_t n = strlen(w->text), k = n - 1;
        while (k > 0 && ((unsigned char)w->text[k] & 0xC0) == 0x80)
            k--;
        unsigned cp, first;
        if (cc_utf8_decode(w->text + k, n - k, &cp) && cc_extract_word_end(cp) &&
            cc_utf8_decode(w->text, n, &first) && cc_extract_word_start(first)) {
            pass++;
        } else {
            fail++;
            printf("lexends: '%s': its first or last character is missing from S_word_starts/S_word_ends in "
                   "src/extract.c\n", w->text);
        }
    }
    unsigned after = CC_W_SUFQUAL | CC_W_UNIT | CC_W_SUFDIR | CC_W_RANGE;
    for (size_t i = 0; i < sizeof S_words / sizeof S_words[0]; i++) {
        const cc_word *w = &S_words[i];
        unsigned first;
        if (!(w->cls & after))
            continue;
        if (cc_utf8_decode(w->text, strlen(w->text), &first) && cc_extract_after_start(first)) {
            pass++;
        } else {
            fail++;
            printf("lexends: '%s': its first character is missing from S_after_starts in src/extract.c\n", w->text);
        }
    }
    printf("extract-lexicon: %zu passed, %zu failed\n", pass, fail);
    return fail ? 1 : 0;
}
