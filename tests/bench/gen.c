/* gen.c — a deterministic corpus for `make bench`: mixed Chinese and
 * English news-like text, with figures, things that look like figures and
 * are not (years, dates, versions, model names, 一些 …), and plain prose.
 *
 *   gen BYTES [SEED_ARTICLE [STREAM]] > corpus.txt
 *
 * The same BYTES give the same bytes on every machine (a 64-bit LCG, no
 * libc rand).  An empty SEED_ARTICLE is none.  STREAM (default 0) starts
 * the LCG elsewhere: the same kind of text, other sentences (the build
 * trains its profile on stream 1, never on the bench's own corpus).  About
 * one sentence in six states a figure, one in eight has a number that is
 * not one, the rest is prose: the density of a tech column. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long S_state = 0x2545F4914F6CDD1DULL;

static unsigned S_rand(unsigned n)
{
    S_state = S_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)((S_state >> 33) % n);
}

#define PICK(a) (a[S_rand(sizeof a / sizeof a[0])])

static const char *const S_zh_subject[] = {
    "昇腾集群的训练性能", "推理服务的吞吐量", "模型的端到端时延", "算子库的计算效率", "数据中心的能耗",
    "开发者社区的规模", "云平台的资源利用率", "检索系统的召回率", "编译器的优化效果", "存储系统的读写带宽",
};
static const char *const S_zh_prose[] = {
    "在大模型行业快速演进的当下，开放生态的价值正在被越来越多的企业认识到",
    "工程团队围绕真实业务场景持续打磨核心能力，并把经验沉淀为可复用的工具",
    "从单卡到集群，从算子到调度，每一次性能的跃迁背后都源自技术层面的极致打磨",
    "开发者从开放生态中汲取养分，又不断用实践经验反哺生态",
    "当科研理论到产业应用的链条被打通，创新的速度也随之加快",
    "围绕很多企业遇到的性能释放不足问题，团队进行了专项优化",
    "这些看不见的功夫，让模型跑得起、跑得快、跑得稳",
    "生态不只是技术堆叠，更是一群人共同选择走的路",
    "双方联合攻关，解决了训练场景中的卡脖子难题",
    "平台将开放给所有开发者，并提供完整的文档和示例",
};
static const char *const S_en_prose[] = {
    "The team spent the summer rewriting the scheduler and the results are encouraging",
    "Open ecosystems tend to attract developers who would otherwise build on closed platforms",
    "Engineers focused on the communication layer, where most of the time was lost",
    "The vendor did not say which competitor or which hardware the comparison used",
    "According to the company, the new release is available to all customers",
    "Analysts cautioned that benchmark numbers rarely survive contact with production workloads",
    "The library ships with examples, documentation and a test suite",
    "Several universities have joined the program and contributed operators",
};
static const char *const S_zh_verb[] = {"提升了", "提高了", "增长了", "下降了", "降低了", "缩短了", "提升到了", "压缩到了"};
static const char *const S_zh_qual_pre[] = {"", "", "", "约", "近", "超过", "不到", "最高达"};
static const char *const S_zh_qual_suf[] = {"", "", "", "以上", "以内", "左右", "多"};
static const char *const S_zh_unit[] = {"%", "倍", "分钟", "秒", "毫秒", "个百分点", "小时"};
static const char *const S_zh_count[] = {"个算子", "家企业", "位开发者", "名工程师", "个伙伴", "台服务器"};
static const char *const S_en_fig[] = {
    "%d%% faster", "up to %d%%", "%d.%dx faster", "more than %d,000 developers", "under %d minutes",
    "a %dx speedup", "about %d ms", "%d%% lower latency", "at least %d%%", "%d times faster",
};
static const char *const S_non_fig[] = {
    "该方案于%d年%d月发布，版本号为v%d.%d.%d",        "会议在2025-06-1%d 16:2%d:34举行",
    "测试平台为Atlas 800，精度为FP32、BF16和INT8",     "第%d个阶段是会用，一些厂商仍在观望",
    "The benchmark ran on H100 and A100 GPUs in %d",  "Version %d.%d of the SDK ships with Python 3",
    "同一时间，一场场联合攻坚在一线展开，进一步释放了潜力", "两位教授和三类开发者分享了四个阶段的经验",
    "0%d 以需求牵引生态",                             "Released on 2024-0%d-1%d, build 1.%d.%d",
};

static int S_num(void)
{
    static const int nums[] = {2, 3, 5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 90, 100, 120, 260, 1000, 6000};
    return nums[S_rand(sizeof nums / sizeof nums[0])];
}

/* One sentence, with its end mark, into buf; returns its length. */
static size_t S_sentence(char *buf, size_t cap)
{
    unsigned k = S_rand(100);
    int n;
    if (k < 42) {
        n = snprintf(buf, cap, "%s。", PICK(S_zh_prose));
    } else if (k < 58) {
        n = snprintf(buf, cap, "%s. ", PICK(S_en_prose));
    } else if (k < 68) {
        n = snprintf(buf, cap, "%s%s%s%d%s%s。", PICK(S_zh_subject), PICK(S_zh_verb), PICK(S_zh_qual_pre), S_num(),
                     PICK(S_zh_unit), PICK(S_zh_qual_suf));
    } else if (k < 72) {
        n = snprintf(buf, cap, "%s从%d%s提升到了%d%s。", PICK(S_zh_subject), S_num(), "%", S_num(), "%");
    } else if (k < 76) {
        n = snprintf(buf, cap, "目前已有%d%s%s。", S_num(), S_rand(2) ? "多" : "", PICK(S_zh_count));
    } else if (k < 82) {
        char fig[64];
        snprintf(fig, sizeof fig, PICK(S_en_fig), S_num(), S_rand(10));
        n = snprintf(buf, cap, "The new release is %s than the previous one. ", fig);
    } else {
        char tmp[160];
        snprintf(tmp, sizeof tmp, PICK(S_non_fig), 2000 + (int)S_rand(26), 1 + (int)S_rand(9), S_rand(9),
                 S_rand(9), S_rand(9));
        n = snprintf(buf, cap, "%s。", tmp);
    }
    return n > 0 && (size_t)n < cap ? (size_t)n : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: gen BYTES [SEED_ARTICLE [STREAM]] > corpus.txt\n", stderr);
        return 2;
    }
    if (argc > 3)
        for (unsigned long long k = strtoull(argv[3], NULL, 10); k > 0; k--)
            S_state = S_state * 0x9E3779B97F4A7C15ULL + k;
    unsigned long long want = strtoull(argv[1], NULL, 10), done = 0;
    if (argc > 2 && argv[2][0]) {
        FILE *f = fopen(argv[2], "rb");
        if (!f) {
            perror(argv[2]);
            return 2;
        }
        char chunk[65536];
        size_t got;
        while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
            fwrite(chunk, 1, got, stdout);
            done += got;
        }
        fclose(f);
        fputc('\n', stdout);
        done++;
    }
    char line[4096];
    while (done < want) {
        /* a paragraph: three to eight sentences, then a newline */
        size_t len = 0, m = 3 + S_rand(6);
        for (size_t i = 0; i < m; i++)
            len += S_sentence(line + len, sizeof line - len);
        line[len++] = '\n';
        fwrite(line, 1, len, stdout);
        done += len;
    }
    return ferror(stdout) ? 1 : 0;
}
