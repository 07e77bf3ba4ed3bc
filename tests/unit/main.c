/* main.c — runs every Check suite listed in build/unit/suites.h. */
#include "unit.h"

#include <stdlib.h>

#define SUITE(fn) Suite *fn(void);
#include "suites.h"
#undef SUITE

int main(void)
{
    cc_mem_init();
    SRunner *sr = NULL;
#define SUITE(fn)                                                                                  \
    if (!sr)                                                                                       \
        sr = srunner_create(fn());                                                                 \
    else                                                                                           \
        srunner_add_suite(sr, fn());
#include "suites.h"
#undef SUITE
    if (!sr)
        return 1;
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
