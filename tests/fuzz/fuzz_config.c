/* fuzz_config.c — libFuzzer: the same bytes as a .claimcheck.json
 * (cc_config_load) and as a ledger's sidecar NAME.json (cc_ledger_read).
 * Both read files, so the input is written to a scratch directory first. */
#include "fuzz.h"

#include <unistd.h>

static char S_dir[256];

static void S_write(const char *path, const void *data, size_t size)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        abort();
    if (size && fwrite(data, 1, size, fp) != size)
        abort();
    if (fclose(fp) != 0)
        abort();
}

static void S_setup(void)
{
    if (S_dir[0])
        return;
    const char *t = getenv("TMPDIR");
    snprintf(S_dir, sizeof S_dir, "%s/cc-fuzz-config.XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(S_dir))
        abort();
    char p[300];
    snprintf(p, sizeof p, "%s/l.csv", S_dir);
    static const char ledger[] = "id,quote,before,after,change\n"
                                 "a,从30%提升到90%,30%,90%,提升了3倍\n";
    S_write(p, ledger, sizeof ledger - 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    S_setup();
    char cpath[300], spath[300], lpath[300];
    snprintf(cpath, sizeof cpath, "%s/c.json", S_dir);
    snprintf(spath, sizeof spath, "%s/l.json", S_dir);
    snprintf(lpath, sizeof lpath, "%s/l.csv", S_dir);
    S_write(cpath, data, size);
    S_write(spath, data, size);

    cc_config cfg;
    cc_config_defaults(&cfg);
    char *err = NULL;
    if (cc_config_load(cpath, &cfg, &err)) {
        if (err)
            abort();
        size_t n;
        const cc_rule *r = cc_rules(&n);
        for (size_t i = 0; i < n; i++) {
            cc_severity s = cc_config_severity(&cfg, r[i].id);
            if (s < CC_SEV_OFF || s > CC_SEV_ERROR)
                abort();
        }
        if (cfg.fail_on < CC_SEV_INFO || cfg.fail_on > CC_FAIL_NEVER)
            abort();
        /* a config that loads must also check a ledger */
        cc_ledger lg;
        cc_findings fs = {NULL, 0, 0};
        cc_coverage cov;
        memset(&cov, 0, sizeof cov);
        if (!cc_ledger_read(lpath, &lg, &fs, &err))
            abort();
        cc_check_ledger(&lg, &cfg, &fs, &cov);
        cc_findings_free(&fs);
        cc_ledger_free(&lg);
    } else {
        if (!err || !strstr(err, cpath))
            abort(); /* the message names the file */
        free(err);
        err = NULL;
    }
    cc_config_free(&cfg);

    cc_ledger lg;
    cc_findings fs = {NULL, 0, 0};
    if (!cc_ledger_read(lpath, &lg, &fs, &err))
        abort();
    for (size_t i = 0; i < fs.n; i++)
        if (!fs.v[i].file || !fs.v[i].message)
            abort();
    cc_findings_free(&fs);
    cc_ledger_free(&lg);
    return 0;
}
