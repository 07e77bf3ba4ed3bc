/* fuzz_ledger.c — libFuzzer: a ledger from memory (cc_ledger_parse).
 * Every record keeps one value per column, every finding has a rule,
 * a file and a message. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cc_ledger lg;
    cc_findings fs = {NULL, 0, 0};
    memset(&lg, 0, sizeof lg);
    cc_ledger_parse("fuzz.csv", (const char *)data, size, &lg, &fs);
    for (size_t i = 0; i < lg.ncols; i++)
        if (!lg.cols[i])
            abort();
    for (size_t i = 0; i < lg.nclaims; i++) {
        if (lg.claims[i].line == 0)
            abort();
        for (size_t j = 0; j < lg.ncols; j++)
            if (!lg.claims[i].values[j])
                abort();
        (void)cc_claim_get(&lg, &lg.claims[i], "id");
        (void)cc_claim_get(&lg, &lg.claims[i], "no-such-column");
    }
    for (size_t i = 0; i < fs.n; i++)
        if (!fs.v[i].rule || !fs.v[i].file || !fs.v[i].message || !cc_rule_find(fs.v[i].rule))
            abort();
    cc_findings_sort(&fs);
    cc_findings_free(&fs);
    cc_ledger_free(&lg);
    return 0;
}
