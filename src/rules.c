/* rules.c — the rule catalogue (DESIGN section 3), as data.
 *
 * One entry per rule, in the order of DESIGN 3 (errors, warnings, info),
 * then the rules used by other commands (suppressions, sidecar, vocabulary,
 * audit, baseline, limits).  Conventions for the text fields, checked by
 * tests/unit/test_rules.c:
 *   summary  one line, a full sentence that starts "Fires when " (audit rules:
 *            "Fires, in audit, when ");
 *   why      2-4 sentences: why a fact-checker or editor should care;
 *   fires    a small example that fires, ledger columns written as
 *            `col=value, col=value`, then "→" and the result;
 *   passes   a close example that does not fire, in the same form.
 * No field contains a newline; renderers wrap.  Intervals follow DESIGN 1.1:
 * an exact figure stands for ±half a unit of its last digit (30% is
 * [29.5, 30.5]), 提升了3倍 reads 3x [2.5, 3.5] or 4x [3.5, 4.5]. */
#include "claimcheck.h"

#include <string.h>

#define CC_STR_(x) #x
#define CC_STR(x) CC_STR_(x)

static const cc_rule RULES[] = {
    /* ---------------------------------------------------------------- */
    /* Errors: the ledger contradicts itself                            */
    /* ---------------------------------------------------------------- */
    {
        "ratio-mismatch", CC_SEV_ERROR,
        "Fires when the change derived from before and after shares no point with any reading "
        "of the stated change.",
        "The ledger states a change that its own before and after figures cannot produce, so "
        "either a figure was copied wrongly or the article's arithmetic is wrong. A reader who "
        "sees 30% to 90% described as 提升了5倍 is told of a five- or sixfold gain where the "
        "figures show threefold. This is the "
        "central check of the tool: it compares intervals, so rounding alone never fires it.",
        "before=30%, after=90%, change=提升了5倍 → after/before = [89.5, 90.5]/[29.5, 30.5] = "
        "[2.93, 3.07]; the readings 5x [4.5, 5.5] and 6x [5.5, 6.5] both miss it.",
        "before=30%, after=90%, change=提升了2倍 → the strict \"by\" reading 3x [2.5, 3.5] "
        "contains [2.93, 3.07], so the change fits (reading-resolved says which reading).",
    },
    {
        "direction-mismatch", CC_SEV_ERROR,
        "Fires when the verb of the change says up and the figures go down, or the reverse, "
        "taking the metric's better direction into account.",
        "A change whose verb points the wrong way turns a gain into a loss for the reader. It "
        "usually comes from a copying slip (下降 for 提升, fell for rose). The better column is "
        "respected: on a time metric, 缩短 and a falling number agree. Magnitudes can agree while the direction is "
        "wrong, so ratio checks alone do not catch it.",
        "metric=training throughput, before=30%, after=90%, change=下降了60个百分点 → the verb "
        "says down, the figures go up by [59, 61] points.",
        "metric=training throughput, before=30%, after=90%, change=提升了60个百分点 → up and up; "
        "60 points [59.5, 60.5] lies inside [59, 61].",
    },
    {
        "unit-mismatch", CC_SEV_ERROR,
        "Fires when figures that are compared have different dimensions, such as a time "
        "against a percentage.",
        "Minutes cannot be divided by percentages, so no ratio or change can be derived and "
        "the claim cannot be checked at all. The cause is usually a figure pasted into the "
        "wrong column or two clauses of one sentence merged into one claim. Time units of "
        "different sizes (分钟, s, h) are converted and do not fire.",
        "before=30分钟, after=90% → time against percent; nothing can be derived.",
        "before=30分钟, after=300秒以内 → both are times: 30 min against at most 5 min.",
    },
    {
        "figure-not-in-quote", CC_SEV_ERROR,
        "Fires when a figure in before, after, change or value does not occur in the quote, "
        "after normalising digits, full-width forms, Chinese numerals and thousands separators.",
        "Every figure in the ledger must be traceable to the words the article printed; a "
        "figure that is not in the quote was mistyped, recalculated by hand or taken from "
        "another sentence. Transposed digits such as 2.78 and 2.87 are easy to miss by eye and "
        "change every derived result.",
        "quote=和国外友商对比，CATLASS模板库在FP32精度下达到了2.78倍的加速效率, change=2.87倍 → "
        "2.87倍 does not occur in the quote.",
        "same quote, change=２.７８倍 → the full-width digits normalise to 2.78倍, which the "
        "quote contains.",
    },
    {
        "figure-conflict", CC_SEV_ERROR,
        "Fires when two claims about the same subject and metric state current figures whose "
        "intervals share no point.",
        "An article that gives two incompatible numbers for the same thing cannot be right "
        "both times, and the ledger should say which one the fact-checker relies on. Figures "
        "that differ only in wording or rounding share a point and do not fire; only a real "
        "contradiction does.",
        "subject=CANN, metric=contributing developers: cann-01 after=6000多人 (6000, 7000), "
        "cann-09 value=about 4500 [4050, 4950] → no common point.",
        "cann-09 value=6000位 [5999.5, 6000.5] → it shares (6000, 6000.5] with 6000多人, so the "
        "two agree.",
    },
    {
        "part-exceeds-whole", CC_SEV_ERROR,
        "Fires when a claim's lower bound exceeds the upper bound of the claim named in its "
        "part_of column.",
        "A part cannot be larger than the whole it belongs to: one team cannot have contributed "
        "more operators than all partners together. Either the part_of link is wrong or one of "
        "the two figures is. Bounds are compared, so a part that merely might be large does "
        "not fire.",
        "cann-03 value=260多个 (260, 270); cann-12 part_of=cann-03, value=300个 [299.5, 300.5] "
        "→ 299.5 exceeds 270.",
        "cann-12 part_of=cann-03, value=近30个 [27, 30) → 27 does not exceed 270.",
    },
    {
        "shares-over-100", CC_SEV_ERROR,
        "Fires when the value percentages of one group are shares of one whole and their lower "
        "bounds add up to more than 100%.",
        "Shares of one whole cannot add up to more than all of it, even with every figure taken "
        "at its smallest. A breakdown that does is wrong somewhere, or its parts overlap and "
        "are not shares of one whole at all, which the reader also needs to know.",
        "group=step-time: value=70%以上 (communication) [70, ∞), value=40% (compute) [39.5, 40.5] → "
        "70 + 39.5 = 109.5% > 100%.",
        "group=step-time: value=20%以内 (communication) [0, 20], value=75% (compute) [74.5, 75.5] → "
        "0 + 74.5 = 74.5% ≤ 100%.",
    },
    /* Errors: the input cannot be read */
    {
        "csv-syntax", CC_SEV_ERROR,
        "Fires when the ledger is not valid RFC 4180 CSV, for example an unterminated quoted "
        "field or a stray quote inside one.",
        "A syntax error shifts every later field into the wrong column, so the checks after it "
        "would report nonsense; the ledger is not checked past that point. Spreadsheet exports "
        "and hand edits of quotes that contain commas or quotation marks are the usual cause.",
        "a record cann-05,\"性能提升了3倍 whose quoted field is never closed → unterminated "
        "quoted field.",
        "cann-05,\"性能从30%提升到了90%, 训练性能提升了2倍\" → a quoted field may contain commas; "
        "a quote inside one is written twice (\"\").",
    },
    {
        "missing-column", CC_SEV_ERROR,
        "Fires when the header row lacks a required column (id or quote).",
        "Without an id no finding can name its claim, and without a quote no figure can be "
        "traced to the article. Optional columns may be left out and their order is free, so "
        "only these two fire.",
        "header id,before,after,change → no quote column.",
        "header quote,id,after → both required columns present, in any order.",
    },
    {
        "duplicate-id", CC_SEV_ERROR,
        "Fires when two records of one ledger have the same id.",
        "Ids tie findings, suppressions, baselines, part_of links and review verdicts to one "
        "claim. With two claims under one id these land on the wrong claim or on both, and a "
        "verdict of 'supported' may cover a figure nobody checked.",
        "line 4 id=cann-05, line 9 id=cann-05 → the second record repeats the id.",
        "line 4 id=cann-05, line 9 id=cann-06.",
    },
    {
        "bad-figure", CC_SEV_ERROR,
        "Fires when before, after, change or value holds text that cannot be read as a figure.",
        "A figure the parser cannot read cannot be checked, and a silent skip would make the "
        "ledger look checked when it is not. Words such as 大幅提升 or 'significantly' belong "
        "in the quote or notes; the figure columns hold numbers as printed.",
        "change=大幅提升 → no number.",
        "change=提升了3倍 → a multiplier with readings 3x and 4x.",
    },
    {
        "bad-reference", CC_SEV_ERROR,
        "Fires when part_of names an id that no claim in the ledger has.",
        "A broken link means the part-exceeds-whole check is silently not made. It usually "
        "follows a renamed or deleted claim, or a typo in the id.",
        "part_of=cann-99, and no claim has id cann-99.",
        "part_of=cann-03, and claim cann-03 exists.",
    },
    {
        "bad-date", CC_SEV_ERROR,
        "Fires when the date column holds something other than a real ISO 8601 date.",
        "Dates decide which statement is current and when a figure was made, and a date that "
        "is only plausible-looking sorts and compares wrongly. Dates written in local formats "
        "are ambiguous between readers (06/10 is June or October).",
        "date=2025-06-31 → June has 30 days; date=10 June 2025 → not ISO 8601.",
        "date=2025-06-10.",
    },
    {
        "invalid-utf8", CC_SEV_ERROR,
        "Fires when the ledger contains bytes that are not valid UTF-8.",
        "A ledger saved in a legacy encoding such as GBK reads as garbage, so quotes never match "
        "the article and Chinese figures cannot be parsed. The finding gives the line and "
        "column of the first bad byte so the file can be re-saved as UTF-8.",
        "quote=性能 saved as GBK, bytes D0 D4 C4 DC → D4 is not a UTF-8 continuation byte.",
        "the same text saved as UTF-8, bytes E6 80 A7 E8 83 BD, with or without a BOM.",
    },
    {
        "empty-claim", CC_SEV_ERROR,
        "Fires when a claim has none of before, after, change and value.",
        "A claim with no figure has nothing to check, yet it counts towards the ledger's "
        "coverage and can carry a verdict. Usually the figure columns were left for later and "
        "forgotten.",
        "id=cann-02, quote=来自互联网、运营商、金融等领域的30多个伙伴,开发了260多个高性能算子, "
        "before, after, change and value empty.",
        "the same claim with value=260多个.",
    },
    /* ---------------------------------------------------------------- */
    /* Warnings: the figure may mean something other than it seems      */
    /* ---------------------------------------------------------------- */
    {
        "ambiguous-multiplier", CC_SEV_WARNING,
        "Fires when a change has two established readings, such as 提升了3倍 (3x or 4x), and "
        "nothing in the ledger decides between them.",
        "Wordings like 提升了3倍 or '3 times faster' mean 3x to most readers and 4x under the "
        "strict 'by' reading, and 4x is a third more than 3x. Without before and after figures the "
        "checker cannot tell which the author meant, and neither can the reader. Asking the "
        "source, or recording before and after, settles it.",
        "quote=性能提升了3倍, change=提升了3倍, no before or after → 3x [2.5, 3.5] or 4x "
        "[3.5, 4.5].",
        "change=2.78倍的加速效率 → one reading, 2.78x [2.775, 2.785].",
    },
    {
        "percent-or-points", CC_SEV_WARNING,
        "Fires when a change between two percentages is stated in % but equals the difference "
        "in points, or could be read either way.",
        "Going from 30% to 90% is a rise of 60 percentage points but a relative rise of 200%; writing "
        "'+60%' understates the change more than threefold if read as a relative change. Readers cannot tell which "
        "the author meant unless the text says 百分点 or 'points'.",
        "before=30%, after=90%, change=+60% → the difference is [59, 61] points while the "
        "relative change is [193.4%, 206.8%]; 60% matches only the points.",
        "before=30%, after=90%, change=提升了60个百分点 → stated as points and [59.5, 60.5] lies "
        "in [59, 61].",
    },
    {
        "up-to", CC_SEV_WARNING,
        "Fires when a figure is a maximum (最高, 最多, up to, as much as): a best case, not a "
        "typical one.",
        "An 'up to' figure is often read as the typical result, but it promises only that no "
        "case did better; it reads [0, 20] for 最高达20%. Editors should check that the text "
        "does not present the best case as the normal one.",
        "change=提升最高达20% → up-to, [0, 20]%.",
        "change=提升了20% → exact, [19.5, 20.5]%.",
    },
    {
        "vague-comparator", CC_SEV_WARNING,
        "Fires when the comparator is unnamed or generic (业界, 行业平均, 友商, 国外友商, 竞品, "
        "industry, competitor, leading solution); the list is configurable.",
        "A speed-up against 'a foreign competitor' cannot be reproduced or verified, because "
        "nobody knows which product, version or configuration was measured. The figure may be "
        "accurate and still say little.",
        "change=2.78倍, comparator=国外友商 → the competitor is not named.",
        "change=2.78倍, comparator=NVIDIA A100 → a named product.",
    },
    {
        "no-comparator", CC_SEV_WARNING,
        "Fires when a relative figure (a change, a multiplier, a percent of something) names "
        "nothing to compare against.",
        "'Performance improved 3x' is meaningless until one knows 3x of what: the previous "
        "release, a competitor, or an untuned first run. The baseline often decides whether "
        "the figure is impressive or trivial.",
        "quote=性能提升了3倍, change=提升了3倍, comparator empty.",
        "the same claim with comparator=previous release.",
    },
    {
        "missing-conditions", CC_SEV_WARNING,
        "Fires when a speed-up against another system states no conditions (hardware, "
        "precision, workload).",
        "A speed-up holds for one setting; the same article gives 2.78x in FP32 but 1.17x in "
        "FP16 for the same library. Quoting the figure without its conditions invites the "
        "reader to apply the best case to every workload.",
        "change=2.78倍, comparator=国外友商, conditions empty.",
        "change=2.78倍, comparator=国外友商, conditions=FP32 precision.",
    },
    {
        "unsourced", CC_SEV_WARNING,
        "Fires when a claim has no source.",
        "A figure without a named source cannot be checked back, weighed for interest, or "
        "corrected later. Even when the article is the only source, the ledger should say who "
        "in the article states the figure.",
        "change=2.78倍, source empty.",
        "source=Lu Lu (South China University of Technology), talk at 鲲鹏昇腾开发者大会2025.",
    },
    /* ---------------------------------------------------------------- */
    /* Info: context a careful reader wants                             */
    /* ---------------------------------------------------------------- */
    {
        "reading-resolved", CC_SEV_INFO,
        "Fires when before and after decide which reading of an ambiguous change is meant.",
        "It records which meaning the article's own numbers support, so the ledger and any "
        "correction use the right one. It also shows the reader that the ambiguity was noticed "
        "and settled rather than ignored.",
        "before=30%, after=90%, change=提升了3倍 → after/before = [2.93, 3.07] fits 3x "
        "[2.5, 3.5], not 4x [3.5, 4.5]: 提升了3倍 means 3x here.",
        "before=30%, after=90%, change=提升到3倍 → one reading, nothing to resolve.",
    },
    {
        "open-bound", CC_SEV_INFO,
        "Fires when a derived ratio or change is one-sided because a figure is a bound.",
        "A figure such as 5分钟以内 gives only a limit, so the derived speed-up has a floor and "
        "no ceiling. The check can confirm 'at least', never 'exactly', and a reader should "
        "not see a precise factor in it.",
        "before=30分钟, after=5分钟以内 → before/after = [29.5, 30.5]/[0, 5] = at least 5.9x, "
        "no upper bound.",
        "before=30分钟, after=5分钟 → [29.5, 30.5]/[4.5, 5.5] = [5.36, 6.78].",
    },
    {
        "imprecise", CC_SEV_INFO,
        "Fires when the derived interval is wider than ±25% of its midpoint, so the check can "
        "say little.",
        "Loose figures such as 1000多 and 6000多 fit many ratios at once, so 'no mismatch' here "
        "is weak evidence. The reader should know the claim was checked only loosely.",
        "before=1000多人, after=6000多人 → (6000, 7000)/(1000, 2000) = (3, 7), midpoint 5, "
        "half-width 2 > 1.25.",
        "before=30%, after=90% → [2.93, 3.07], half-width 0.07 (2%) against a midpoint of 3.0.",
    },
    {
        "edge-of-rounding", CC_SEV_INFO,
        "Fires when the stated figure overlaps the derived interval but not the value derived "
        "from the printed numbers themselves.",
        "The claim fits only if the printed figures are rounded in its favour, which is "
        "possible but is not what the numbers say on their face. It is worth a look at the "
        "source's unrounded data before calling the claim supported.",
        "before=30%, after=90%, change=2.9x [2.85, 2.95] → derived [2.93, 3.07] overlaps it, "
        "but 90/30 = 3.0 lies outside.",
        "before=30%, after=90%, change=3x [2.5, 3.5] → contains 3.0.",
    },
    {
        "no-primary-source", CC_SEV_INFO,
        "Fires when a claim names a source but gives no source_url.",
        "A keynote or interview quoted second-hand cannot be checked without the slides, paper "
        "or benchmark log. A link lets an editor see the conditions and exact wording the "
        "article may have dropped.",
        "source=潘青华 (iFlytek VP), keynote, source_url empty.",
        "the same source with source_url=https://example.org/keynote-slides.pdf.",
    },
    {
        "self-reported", CC_SEV_INFO,
        "Fires when source_kind is first-party: the party that states the figure benefits "
        "from it.",
        "Vendors and partners choose the baseline, workload and conditions that flatter them. "
        "The figure may be accurate, but a reader should know that nobody independent "
        "measured it.",
        "change=提升了3倍, source=iFlytek, source_kind=first-party.",
        "source_kind=independent.",
    },
    {
        "undated", CC_SEV_INFO,
        "Fires when a claim has no date.",
        "Performance figures age quickly: a 3x gain stated in 2023 may describe a release that "
        "has since been replaced. Without a date a reader cannot tell whether the claim is "
        "current.",
        "date empty.",
        "date=2025-06-10.",
    },
    /* ---------------------------------------------------------------- */
    /* Used by other commands                                           */
    /* ---------------------------------------------------------------- */
    {
        "suppression-without-reason", CC_SEV_WARNING,
        "Fires when an ignore entry names a rule but gives no reason.",
        "A suppression hides a finding from the CI gate, so the next reader needs to know why "
        "it was judged harmless. Without a reason a suppression cannot be reviewed and tends "
        "to outlive the situation that justified it.",
        "ignore=vague-comparator → no reason after the rule id.",
        "ignore=vague-comparator: the article names no competitor; recorded as printed.",
    },
    {
        "bad-sidecar", CC_SEV_ERROR,
        "Fires when the sidecar NAME.json cannot be read or parsed, or one of its fields has "
        "the wrong type.",
        "The sidecar gives the article's title, date and path; when it is broken the audit "
        "cannot find the article and reports lose their metadata. Reporting it beats "
        "silently falling back to defaults.",
        "cann-2025-06-10.json with \"published\": 20250610 → a number where a string is "
        "expected.",
        "\"published\": \"2025-06-10\".",
    },
    {
        "bad-value", CC_SEV_ERROR,
        "Fires when a column with a fixed vocabulary (better, source_kind, status) holds "
        "something else.",
        "These columns drive the checks and the published verdicts: a misspelt better "
        "reverses direction checks, and an unknown status cannot become a ClaimReview rating. "
        "Guessing what was meant would hide the mistake.",
        "better=up; status=verified; source_kind=vendor.",
        "better=higher; status=supported; source_kind=first-party.",
    },
    {
        "quote-not-found", CC_SEV_ERROR,
        "Fires, in audit, when a claim's quote does not occur in the article.",
        "Either the article was edited after the ledger was written or the quote was "
        "mistyped; in both cases the ledger no longer documents what readers see. A changed "
        "figure in a published article is itself news to the desk.",
        "quote=性能从开箱只有业界的30%提升到了95%, the article says 提升到了90% → not found.",
        "quote=性能从开箱只有业界的30%提升到了90% → found.",
    },
    {
        "unregistered-figure", CC_SEV_WARNING,
        "Fires, in audit, when the article contains a figure that no claim's quote covers.",
        "An uncovered figure was never checked, and the coverage count shows how much of the "
        "article the ledger really vouches for. Years, dates, version numbers and model names "
        "such as FP32 or Atlas 800 are not figures and do not fire.",
        "the article says 将端到端通信压缩到了20%以内 and no claim quotes that clause.",
        "a claim with quote=将端到端通信压缩到了20%以内, value=20%以内.",
    },
    {
        "stale-baseline", CC_SEV_WARNING,
        "Fires when a baseline entry no longer matches any finding.",
        "A baseline lets a repo accept known findings, but an entry whose finding is gone will "
        "silently accept a new finding that happens to match it later. Removing stale entries "
        "keeps the gate honest.",
        "the baseline accepts vague-comparator on cann-14, but its comparator was changed from "
        "国外友商 to NVIDIA A100, so the finding no longer occurs.",
        "the baseline accepts vague-comparator on cann-14 and comparator is still 国外友商.",
    },
    {
        "limit-exceeded", CC_SEV_ERROR,
        "Fires when an input exceeds a stated limit: field size, number of columns or records, "
        "or figure length (" CC_STR(CC_FIGURE_MAX) " bytes).",
        "Limits keep a malformed or hostile file from exhausting memory or time in CI. The "
        "record is not checked, and the finding says which limit was hit so a genuine ledger "
        "can be split or fixed.",
        "change=<a whole paragraph pasted into the column, more than " CC_STR(CC_FIGURE_MAX)
        " bytes> → figure too long.",
        "change=提升了3倍.",
    },
};

const cc_rule *cc_rules(size_t *count)
{
    if (count)
        *count = sizeof RULES / sizeof RULES[0];
    return RULES;
}

const cc_rule *cc_rule_find(const char *id)
{
    if (!id)
        return NULL;
    for (size_t i = 0; i < sizeof RULES / sizeof RULES[0]; i++)
        if (strcmp(RULES[i].id, id) == 0)
            return &RULES[i];
    return NULL;
}
