/* lexicon.c — word tables for reading figures, Chinese and English.
 * Data, not code: add a word here and both `parse` and `extract` know it. */
#include "lexicon.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define UP CC_DIR_UP
#define DOWN CC_DIR_DOWN
#define BY CC_WF_BY
#define LEVEL CC_WF_LEVEL
#define SPEED CC_WF_SPEED
#define EN CC_WF_ASCII
#define STEP CC_WF_STEP

/* A Chinese verb stem with the particles that decide its reading:
 * 了 and nothing read "by" (提升了3倍: 3x or 4x), 到 至 为 成 read "to". */
#define ZH_VERB(stem, dir, fl)                                                                     \
    {stem "了", CC_W_VERB, dir, BY | (fl)}, {stem "到", CC_W_VERB, dir, LEVEL | (fl)},               \
        {stem "至", CC_W_VERB, dir, LEVEL | (fl)}, {stem "为", CC_W_VERB, dir, LEVEL | (fl)},        \
        {stem "成", CC_W_VERB, dir, LEVEL | (fl)}, {stem, CC_W_VERB, dir, BY | (fl)}

/* The size of a change, 降幅 增幅, and its forms with 为 and 达 (still
 * the change: 增幅为20% is +20%). */
#define ZH_AMOUNT(stem, dir)                                                                       \
    {stem, CC_W_VERB, dir, BY}, {stem "为", CC_W_VERB, dir, BY}, {stem "达", CC_W_VERB, dir, BY},     \
        {stem "达到", CC_W_VERB, dir, BY}

/* 数十, 数百 … 数千亿: "several" before a power of ten. */
#define SEVERAL(pre)                                                                               \
    {pre "十", CC_W_SEVERAL, 1, 0}, {pre "百", CC_W_SEVERAL, 2, 0}, {pre "千", CC_W_SEVERAL, 3, 0},     \
        {pre "万", CC_W_SEVERAL, 4, 0}, {pre "十万", CC_W_SEVERAL, 5, 0}, {pre "百万", CC_W_SEVERAL, 6, 0}, \
        {pre "千万", CC_W_SEVERAL, 7, 0}, {pre "亿", CC_W_SEVERAL, 8, 0}, {pre "十亿", CC_W_SEVERAL, 9, 0}, \
        {pre "百亿", CC_W_SEVERAL, 10, 0}, {pre "千亿", CC_W_SEVERAL, 11, 0}

/* An English verb form: "by" and a bare verb state the change, "to" the new level. */
#define EN_VERB(word, dir) EN_VERB_F(word, dir, 0)
/* The same with flags: sped up, accelerated speak of speed (SPEED), as 加快 does. */
#define EN_VERB_F(word, dir, fl)                                                                   \
    {word " by", CC_W_VERB, dir, BY | EN | (fl)}, {word " to", CC_W_VERB, dir, LEVEL | EN | (fl)},  \
        {word, CC_W_VERB, dir, BY | EN | (fl)}
/* A verb that is a change only with "by" or "to", or with its object and
 * then "by" (raised rates by 25 basis points); right before a number it is
 * none (raised $150 million, an enhanced 5G, a lower 5% fee). */
#define EN_VERB_OBJ(word, dir)                                                                     \
    {word " by", CC_W_VERB, dir, BY | EN}, {word " to", CC_W_VERB, dir, LEVEL | EN},                \
        {word, CC_W_VERB, dir, BY | EN | CC_WF_OBJECT}

/* A verb of comparison: only with its object and then "by", the object
 * being what the figure is measured against (VERSUS). */
#define EN_VERB_VS(word, dir) {word, CC_W_VERB, dir, BY | EN | CC_WF_OBJECT | CC_WF_VERSUS}

static const cc_word S_words[] = {
    /* qualifiers before the number */
    {"约", CC_W_PREQUAL, CC_QUAL_APPROX, 0},
    {"大约", CC_W_PREQUAL, CC_QUAL_APPROX, 0},
    {"大概", CC_W_PREQUAL, CC_QUAL_APPROX, 0},
    {"约为", CC_W_PREQUAL, CC_QUAL_APPROX, 0},
    {"约占", CC_W_PREQUAL, CC_QUAL_APPROX, 0}, /* 研发人员约占55% */
    {"约合", CC_W_PREQUAL, CC_QUAL_APPROX, 0}, /* 约合人民币5亿元 */
    {"~", CC_W_PREQUAL, CC_QUAL_APPROX, 0},
    {"≈", CC_W_PREQUAL, CC_QUAL_APPROX, 0},
    {"about", CC_W_PREQUAL, CC_QUAL_APPROX, EN},
    {"around", CC_W_PREQUAL, CC_QUAL_APPROX, EN},
    {"approximately", CC_W_PREQUAL, CC_QUAL_APPROX, EN},
    {"approx.", CC_W_PREQUAL, CC_QUAL_APPROX, 0},
    {"roughly", CC_W_PREQUAL, CC_QUAL_APPROX, EN},
    {"some", CC_W_PREQUAL, CC_QUAL_APPROX, EN},
    {"近", CC_W_PREQUAL, CC_QUAL_NEARLY, 0},
    {"接近", CC_W_PREQUAL, CC_QUAL_NEARLY, 0},
    {"将近", CC_W_PREQUAL, CC_QUAL_NEARLY, 0},
    {"逼近", CC_W_PREQUAL, CC_QUAL_NEARLY, 0},
    {"nearly", CC_W_PREQUAL, CC_QUAL_NEARLY, EN},
    {"almost", CC_W_PREQUAL, CC_QUAL_NEARLY, EN},
    {"close to", CC_W_PREQUAL, CC_QUAL_NEARLY, EN},
    {"超过", CC_W_PREQUAL, CC_QUAL_MORE_THAN, 0},
    {"超出", CC_W_PREQUAL, CC_QUAL_MORE_THAN, 0},
    {"超", CC_W_PREQUAL, CC_QUAL_MORE_THAN, 0},
    {"逾", CC_W_PREQUAL, CC_QUAL_MORE_THAN, 0},
    {"多于", CC_W_PREQUAL, CC_QUAL_MORE_THAN, 0},
    {"高于", CC_W_PREQUAL, CC_QUAL_MORE_THAN, 0},
    {"大于", CC_W_PREQUAL, CC_QUAL_MORE_THAN, 0},
    {"more than", CC_W_PREQUAL, CC_QUAL_MORE_THAN, EN},
    {"over", CC_W_PREQUAL, CC_QUAL_MORE_THAN, EN},
    {"above", CC_W_PREQUAL, CC_QUAL_MORE_THAN, EN},
    {"greater than", CC_W_PREQUAL, CC_QUAL_MORE_THAN, EN},
    {">", CC_W_PREQUAL, CC_QUAL_MORE_THAN, 0},
    {"不少于", CC_W_PREQUAL, CC_QUAL_AT_LEAST, 0},
    {"不低于", CC_W_PREQUAL, CC_QUAL_AT_LEAST, 0},
    {"至少", CC_W_PREQUAL, CC_QUAL_AT_LEAST, 0},
    {"突破", CC_W_PREQUAL, CC_QUAL_AT_LEAST, 0},
    {"起码", CC_W_PREQUAL, CC_QUAL_AT_LEAST, 0},
    {"at least", CC_W_PREQUAL, CC_QUAL_AT_LEAST, EN},
    {"no less than", CC_W_PREQUAL, CC_QUAL_AT_LEAST, EN},
    {"≥", CC_W_PREQUAL, CC_QUAL_AT_LEAST, 0},
    {">=", CC_W_PREQUAL, CC_QUAL_AT_LEAST, 0},
    {"不超过", CC_W_PREQUAL, CC_QUAL_AT_MOST, 0},
    {"不高于", CC_W_PREQUAL, CC_QUAL_AT_MOST, 0},
    {"不多于", CC_W_PREQUAL, CC_QUAL_AT_MOST, 0},
    {"at most", CC_W_PREQUAL, CC_QUAL_AT_MOST, EN},
    {"no more than", CC_W_PREQUAL, CC_QUAL_AT_MOST, EN},
    {"not more than", CC_W_PREQUAL, CC_QUAL_AT_MOST, EN},
    {"within", CC_W_PREQUAL, CC_QUAL_AT_MOST, EN},
    {"≤", CC_W_PREQUAL, CC_QUAL_AT_MOST, 0},
    {"<=", CC_W_PREQUAL, CC_QUAL_AT_MOST, 0},
    {"不到", CC_W_PREQUAL, CC_QUAL_LESS_THAN, 0},
    {"不足", CC_W_PREQUAL, CC_QUAL_LESS_THAN, 0},
    {"少于", CC_W_PREQUAL, CC_QUAL_LESS_THAN, 0},
    {"低于", CC_W_PREQUAL, CC_QUAL_LESS_THAN, 0},
    {"小于", CC_W_PREQUAL, CC_QUAL_LESS_THAN, 0},
    {"under", CC_W_PREQUAL, CC_QUAL_LESS_THAN, EN},
    {"less than", CC_W_PREQUAL, CC_QUAL_LESS_THAN, EN},
    {"fewer than", CC_W_PREQUAL, CC_QUAL_LESS_THAN, EN},
    {"below", CC_W_PREQUAL, CC_QUAL_LESS_THAN, EN},
    {"sub-", CC_W_PREQUAL, CC_QUAL_LESS_THAN, EN}, /* sub-10ms latency */
    {"<", CC_W_PREQUAL, CC_QUAL_LESS_THAN, 0},
    {"最高", CC_W_PREQUAL, CC_QUAL_UP_TO, 0},
    {"最高达", CC_W_PREQUAL, CC_QUAL_UP_TO, 0},
    {"最高达到", CC_W_PREQUAL, CC_QUAL_UP_TO, 0},
    {"最高可达", CC_W_PREQUAL, CC_QUAL_UP_TO, 0},
    {"最多", CC_W_PREQUAL, CC_QUAL_UP_TO, 0},
    {"最大", CC_W_PREQUAL, CC_QUAL_UP_TO, 0},
    {"高达", CC_W_PREQUAL, CC_QUAL_UP_TO, 0},
    {"可达", CC_W_PREQUAL, CC_QUAL_UP_TO, 0},
    {"up to", CC_W_PREQUAL, CC_QUAL_UP_TO, EN},
    {"as much as", CC_W_PREQUAL, CC_QUAL_UP_TO, EN},
    {"as many as", CC_W_PREQUAL, CC_QUAL_UP_TO, EN},
    {"as high as", CC_W_PREQUAL, CC_QUAL_UP_TO, EN},
    {"between", CC_W_PREQUAL, CC_QUAL_RANGE, EN},
    {"介于", CC_W_PREQUAL, CC_QUAL_RANGE, 0},
    {"在", CC_W_FILLER, 0, 0},

    /* qualifiers after the number */
    {"以上", CC_W_SUFQUAL, CC_QUAL_AT_LEAST, 0},
    {"及以上", CC_W_SUFQUAL, CC_QUAL_AT_LEAST, 0},
    {"or more", CC_W_SUFQUAL, CC_QUAL_AT_LEAST, EN},
    {"+", CC_W_SUFQUAL, CC_QUAL_AT_LEAST, 0},
    {"plus", CC_W_SUFQUAL, CC_QUAL_AT_LEAST, EN},
    {"以内", CC_W_SUFQUAL, CC_QUAL_AT_MOST, 0},
    {"之内", CC_W_SUFQUAL, CC_QUAL_AT_MOST, 0},
    {"以下", CC_W_SUFQUAL, CC_QUAL_AT_MOST, 0},
    {"or less", CC_W_SUFQUAL, CC_QUAL_AT_MOST, EN},
    {"or fewer", CC_W_SUFQUAL, CC_QUAL_AT_MOST, EN},
    {"左右", CC_W_SUFQUAL, CC_QUAL_APPROX, 0},
    {"上下", CC_W_SUFQUAL, CC_QUAL_APPROX, 0},
    {"前后", CC_W_SUFQUAL, CC_QUAL_APPROX, 0},
    {"or so", CC_W_SUFQUAL, CC_QUAL_APPROX, EN},
    {"多", CC_W_SUFQUAL, CC_QUAL_MORE_THAN, STEP},
    {"余", CC_W_SUFQUAL, CC_QUAL_MORE_THAN, STEP},
    {"有余", CC_W_SUFQUAL, CC_QUAL_MORE_THAN, STEP},
    {"几", CC_W_SUFQUAL, CC_QUAL_MORE_THAN, STEP},

    /* a vague count, read as a number (arg: the power of ten): 数十 is more
     * than ten and fewer than a hundred */
    SEVERAL("数"),
    SEVERAL("几"),
    SEVERAL("好几"),
    SEVERAL("上"), /* 上百个, 上千家: on the order of */
    /* 数倍, 好几倍, several times: more than once and fewer than ten
     * times, a multiplier only (figure.c) */
    {"数", CC_W_SEVERAL, 0, 0},
    {"几", CC_W_SEVERAL, 0, 0},
    {"好几", CC_W_SEVERAL, 0, 0},
    {"several", CC_W_SEVERAL, 0, EN},
    /* several hundred, several thousand: as 数百, 数千 */
    {"several hundred", CC_W_SEVERAL, 2, EN},
    {"several thousand", CC_W_SEVERAL, 3, EN},
    {"several million", CC_W_SEVERAL, 6, EN},
    {"several billion", CC_W_SEVERAL, 9, EN},
    {"dozens of", CC_W_SEVERAL, 1, EN},
    {"tens of", CC_W_SEVERAL, 1, EN},
    {"hundreds of", CC_W_SEVERAL, 2, EN},
    {"thousands of", CC_W_SEVERAL, 3, EN},
    {"tens of thousands of", CC_W_SEVERAL, 4, EN},
    {"hundreds of thousands of", CC_W_SEVERAL, 5, EN},
    {"millions of", CC_W_SEVERAL, 6, EN},

    /* verbs: their direction, and whether they state the change or the new level */
    ZH_VERB("提升", UP, 0),
    ZH_VERB("提高", UP, 0),
    ZH_VERB("增长", UP, 0),
    ZH_VERB("增加", UP, 0),
    ZH_VERB("上升", UP, 0),
    ZH_VERB("上涨", UP, 0),
    ZH_VERB("扩大", UP, 0),
    ZH_VERB("加快", UP, SPEED),
    ZH_VERB("加速", UP, SPEED),
    ZH_VERB("提速", UP, SPEED),
    ZH_VERB("下降", DOWN, 0),
    ZH_VERB("降低", DOWN, 0),
    ZH_VERB("减少", DOWN, 0),
    ZH_VERB("缩短", DOWN, 0),
    ZH_VERB("压缩", DOWN, 0),
    ZH_VERB("节省", DOWN, 0),
    ZH_VERB("节约", DOWN, 0),
    ZH_VERB("减低", DOWN, 0),
    ZH_VERB("下滑", DOWN, 0),
    ZH_VERB("缩减", DOWN, 0),
    ZH_VERB("缩小", DOWN, 0),
    ZH_VERB("下跌", DOWN, 0),
    ZH_VERB("攀升", UP, 0),
    ZH_VERB("飙升", UP, 0),
    ZH_VERB("跃升", UP, 0),
    ZH_VERB("激增", UP, 0),
    ZH_VERB("回落", DOWN, 0),
    ZH_VERB("锐减", DOWN, 0),
    ZH_VERB("骤降", DOWN, 0),
    ZH_VERB("上调", UP, 0),
    ZH_VERB("调高", UP, 0),
    ZH_VERB("下调", DOWN, 0),
    ZH_VERB("调低", DOWN, 0),
    ZH_VERB("降价", DOWN, 0),
    ZH_VERB("减小", DOWN, 0),
    ZH_VERB("增大", UP, 0),
    ZH_VERB("增多", UP, 0),
    ZH_VERB("放大", UP, 0),
    ZH_VERB("延长", UP, 0),
    ZH_VERB("上扬", UP, 0),
    ZH_VERB("走高", UP, 0),
    ZH_VERB("走低", DOWN, 0),
    ZH_VERB("大涨", UP, 0),
    ZH_VERB("大跌", DOWN, 0),
    ZH_VERB("暴涨", UP, 0),
    ZH_VERB("暴跌", DOWN, 0),
    ZH_VERB("猛增", UP, 0),
    ZH_VERB("骤增", UP, 0),
    ZH_VERB("缩水", DOWN, 0),
    ZH_VERB("成长", UP, 0), /* 营收成长了25% */
    ZH_VERB("扩展", UP, 0), /* 上下文从8K扩展到128K */
    ZH_VERB("减轻", DOWN, 0), /* 整车重量减轻了150公斤 */
    /* grown into (从一家发展到数百家): the new level only, as 发展 alone
     * before a number is no change (发展50年) */
    {"发展到", CC_W_VERB, UP, LEVEL},
    {"发展至", CC_W_VERB, UP, LEVEL},
    {"发展为", CC_W_VERB, UP, LEVEL},
    {"发展成", CC_W_VERB, UP, LEVEL},
    /* became, set to: a new level with no direction of its own
     * (从10人变为50人, 价格由100元调整为80元) */
    {"变为", CC_W_VERB, CC_DIR_NONE, LEVEL},
    {"变成", CC_W_VERB, CC_DIR_NONE, LEVEL},
    {"变成了", CC_W_VERB, CC_DIR_NONE, LEVEL},
    {"调整为", CC_W_VERB, CC_DIR_NONE, LEVEL},
    {"调整到", CC_W_VERB, CC_DIR_NONE, LEVEL},
    {"调整至", CC_W_VERB, CC_DIR_NONE, LEVEL},
    {"改为", CC_W_VERB, CC_DIR_NONE, LEVEL},
    /* cheaper by, saved: the change (便宜了30%, 省了40%; 省 alone is a province) */
    {"便宜了", CC_W_VERB, DOWN, BY},
    {"省了", CC_W_VERB, DOWN, BY},
    {"省下了", CC_W_VERB, DOWN, BY},
    /* the size of a change: 降幅达30%, 增幅为20% (by, not to) */
    ZH_AMOUNT("增幅", UP),
    ZH_AMOUNT("涨幅", UP),
    ZH_AMOUNT("升幅", UP),
    ZH_AMOUNT("降幅", DOWN),
    ZH_AMOUNT("跌幅", DOWN),
    ZH_AMOUNT("减幅", DOWN),
    ZH_AMOUNT("增速", UP), /* the rate of growth: 增速为15% is +15% */
    ZH_AMOUNT("增长率", UP),
    {"增", CC_W_VERB, UP, BY},
    {"涨", CC_W_VERB, UP, BY},
    {"降", CC_W_VERB, DOWN, BY},
    /* comparatives, 比A高20%: extract takes them only after 比 or 较 */
    {"高", CC_W_VERB, UP, BY},
    {"高了", CC_W_VERB, UP, BY},
    {"高出", CC_W_VERB, UP, BY},
    {"低", CC_W_VERB, DOWN, BY},
    /* as low as: where it went down to (PUE低至1.15, 低至99元) */
    {"低至", CC_W_VERB, DOWN, LEVEL},
    {"低了", CC_W_VERB, DOWN, BY},
    {"快", CC_W_VERB, UP, BY | SPEED},
    {"快了", CC_W_VERB, UP, BY | SPEED},
    {"慢", CC_W_VERB, DOWN, BY | SPEED},
    {"慢了", CC_W_VERB, DOWN, BY | SPEED},
    {"少", CC_W_VERB, DOWN, BY}, /* 比原来少三分之一 */
    {"少了", CC_W_VERB, DOWN, BY},
    {"多了", CC_W_VERB, UP, BY},
    {"增至", CC_W_VERB, UP, LEVEL},
    {"涨到", CC_W_VERB, UP, LEVEL},
    {"涨至", CC_W_VERB, UP, LEVEL},
    {"涨了", CC_W_VERB, UP, BY},
    {"降至", CC_W_VERB, DOWN, LEVEL},
    {"降到", CC_W_VERB, DOWN, LEVEL},
    {"升至", CC_W_VERB, UP, LEVEL},
    {"升到", CC_W_VERB, UP, LEVEL},
    {"跌至", CC_W_VERB, DOWN, LEVEL},
    {"跌到", CC_W_VERB, DOWN, LEVEL},
    {"减", CC_W_VERB, DOWN, BY},
    EN_VERB("increase", UP),
    EN_VERB("increased", UP),
    EN_VERB("increases", UP),
    EN_VERB("increasing", UP),
    EN_VERB("rise", UP),
    EN_VERB("rises", UP),
    EN_VERB("rising", UP),
    EN_VERB("rose", UP),
    EN_VERB("risen", UP),
    EN_VERB("grow", UP),
    EN_VERB("grows", UP),
    EN_VERB("growing", UP),
    EN_VERB("grew", UP),
    EN_VERB("grown", UP),
    EN_VERB("improve", UP),
    EN_VERB("improved", UP),
    EN_VERB("improves", UP),
    EN_VERB("improving", UP),
    EN_VERB("boost", UP),
    EN_VERB("boosted", UP),
    EN_VERB("boosts", UP),
    EN_VERB("boosting", UP),
    EN_VERB_F("sped up", UP, SPEED),
    EN_VERB_F("speed up", UP, SPEED),
    EN_VERB_F("speeds up", UP, SPEED),
    EN_VERB_F("speeding up", UP, SPEED),
    EN_VERB_F("accelerate", UP, SPEED),
    EN_VERB_F("accelerates", UP, SPEED),
    EN_VERB_F("accelerated", UP, SPEED),
    EN_VERB_F("accelerating", UP, SPEED),
    EN_VERB("jumped", UP),
    EN_VERB("jumps", UP),
    EN_VERB("jumping", UP),
    EN_VERB("climbed", UP),
    EN_VERB("climbs", UP),
    EN_VERB("climbing", UP),
    EN_VERB("surged", UP),
    EN_VERB("soared", UP),
    EN_VERB("gained", UP),
    EN_VERB("jump", UP),
    EN_VERB("climb", UP),
    EN_VERB("surge", UP),
    EN_VERB("surges", UP),
    EN_VERB("soar", UP),
    EN_VERB("soars", UP),
    EN_VERB("gain", UP),
    EN_VERB("gains", UP),
    EN_VERB("expand", UP),
    EN_VERB("expands", UP),
    EN_VERB("expanded", UP),
    EN_VERB("widened", UP),
    EN_VERB("decrease", DOWN),
    EN_VERB("decreased", DOWN),
    EN_VERB("decreases", DOWN),
    EN_VERB("decreasing", DOWN),
    EN_VERB("fall", DOWN),
    EN_VERB("falls", DOWN),
    EN_VERB("falling", DOWN),
    EN_VERB("fell", DOWN),
    EN_VERB("fallen", DOWN),
    EN_VERB("drop", DOWN),
    EN_VERB("drops", DOWN),
    EN_VERB("dropping", DOWN),
    EN_VERB("dropped", DOWN),
    EN_VERB("declined", DOWN),
    EN_VERB("declines", DOWN),
    EN_VERB("declining", DOWN),
    EN_VERB("plunged", DOWN),
    EN_VERB("slumped", DOWN),
    EN_VERB("tumbled", DOWN),
    EN_VERB("shrank", DOWN),
    EN_VERB("shrink", DOWN),
    EN_VERB("shrinks", DOWN),
    EN_VERB("shrunk", DOWN),
    EN_VERB("decline", DOWN),
    EN_VERB("plunge", DOWN),
    EN_VERB("plunges", DOWN),
    EN_VERB("slipped", DOWN),
    EN_VERB("dipped", DOWN),
    EN_VERB("narrowed", DOWN),
    EN_VERB("lowered", DOWN),
    EN_VERB("save", DOWN),
    EN_VERB("saves", DOWN),
    EN_VERB("saved", DOWN),
    EN_VERB("saving", DOWN),
    EN_VERB("slash", DOWN),
    EN_VERB("slashes", DOWN),
    EN_VERB("slashed", DOWN),
    EN_VERB("slashing", DOWN),
    EN_VERB("trim", DOWN),
    EN_VERB("trims", DOWN),
    EN_VERB("trimmed", DOWN),
    EN_VERB("trimming", DOWN),
    EN_VERB("reduce", DOWN),
    EN_VERB("reduced", DOWN),
    EN_VERB("reduces", DOWN),
    EN_VERB("reducing", DOWN),
    /* a verb of comparison, with its object and "by": outperforms GPT-4 by
     * 20%, beats the baseline by 4.2 points, trails it by 3 points */
    EN_VERB_VS("outperform", UP),
    EN_VERB_VS("outperforms", UP),
    EN_VERB_VS("outperformed", UP),
    EN_VERB_VS("outperforming", UP),
    EN_VERB_VS("beat", UP),
    EN_VERB_VS("beats", UP),
    EN_VERB_VS("beating", UP),
    EN_VERB_VS("surpass", UP),
    EN_VERB_VS("surpasses", UP),
    EN_VERB_VS("surpassed", UP),
    EN_VERB_VS("exceed", UP),
    EN_VERB_VS("exceeds", UP),
    EN_VERB_VS("exceeded", UP),
    EN_VERB_VS("trail", DOWN),
    EN_VERB_VS("trails", DOWN),
    EN_VERB_VS("trailed", DOWN),
    EN_VERB_VS("lags", DOWN),
    EN_VERB_VS("lagged", DOWN),
    EN_VERB_OBJ("raise", UP),
    EN_VERB_OBJ("raises", UP),
    EN_VERB_OBJ("raised", UP),
    EN_VERB_OBJ("raising", UP),
    EN_VERB_OBJ("hike", UP),
    EN_VERB_OBJ("hikes", UP),
    EN_VERB_OBJ("hiked", UP),
    EN_VERB_OBJ("lift", UP),
    EN_VERB_OBJ("lifts", UP),
    EN_VERB_OBJ("lifted", UP),
    EN_VERB_OBJ("extend", UP),
    EN_VERB_OBJ("extends", UP),
    EN_VERB_OBJ("extended", UP),
    EN_VERB_OBJ("enhance", UP),
    EN_VERB_OBJ("enhances", UP),
    EN_VERB_OBJ("enhanced", UP),
    EN_VERB_OBJ("lower", DOWN),
    EN_VERB_OBJ("lowers", DOWN),
    EN_VERB_OBJ("lowering", DOWN),
    EN_VERB("shed", DOWN),
    EN_VERB("sheds", DOWN),
    EN_VERB("lost", DOWN),
    EN_VERB("loses", DOWN),
    EN_VERB("slid", DOWN),
    EN_VERB("sank", DOWN),
    EN_VERB("plummeted", DOWN),
    EN_VERB("plummets", DOWN),
    EN_VERB("eased", DOWN),
    EN_VERB("rebounded", UP),
    EN_VERB("rallied", UP),
    EN_VERB("spiked", UP),
    EN_VERB("skyrocketed", UP),
    EN_VERB("edged up", UP),
    EN_VERB("ticked up", UP),
    EN_VERB("edged down", DOWN),
    EN_VERB("ticked down", DOWN),
    EN_VERB("slowed", DOWN), /* growth slowed to 5.2% */
    EN_VERB("slows", DOWN),
    EN_VERB("contracted", DOWN),
    EN_VERB("cut", DOWN),
    EN_VERB("cuts", DOWN),
    EN_VERB("cutting", DOWN),
    EN_VERB("shorten", DOWN),
    EN_VERB("shortened", DOWN),
    EN_VERB("shortens", DOWN),
    EN_VERB("shortening", DOWN),
    {"an increase of", CC_W_VERB, UP, BY | EN},
    {"a rise of", CC_W_VERB, UP, BY | EN},
    {"growth of", CC_W_VERB, UP, BY | EN},
    {"a jump of", CC_W_VERB, UP, BY | EN},
    {"a gain of", CC_W_VERB, UP, BY | EN},
    {"an improvement of", CC_W_VERB, UP, BY | EN},
    {"a decrease of", CC_W_VERB, DOWN, BY | EN},
    {"a drop of", CC_W_VERB, DOWN, BY | EN},
    {"a decline of", CC_W_VERB, DOWN, BY | EN},
    {"a fall of", CC_W_VERB, DOWN, BY | EN},
    {"a reduction of", CC_W_VERB, DOWN, BY | EN},
    {"a cut of", CC_W_VERB, DOWN, BY | EN},
    {"up", CC_W_VERB, UP, BY | EN},
    {"down", CC_W_VERB, DOWN, BY | EN},
    {"down to", CC_W_VERB, DOWN, LEVEL | EN}, /* from 30 minutes down to 5 */

    /* the figure is the new level */
    {"是原来的", CC_W_LEVELPRE, 0, LEVEL},
    {"为原来的", CC_W_LEVELPRE, 0, LEVEL},
    {"是之前的", CC_W_LEVELPRE, 0, LEVEL},
    {"是以前的", CC_W_LEVELPRE, 0, LEVEL},
    {"是过去的", CC_W_LEVELPRE, 0, LEVEL},
    {"达到原来的", CC_W_LEVELPRE, 0, LEVEL},
    {"原来的", CC_W_LEVELPRE, 0, LEVEL},
    {"原先的", CC_W_LEVELPRE, 0, LEVEL},

    /* units before the number */
    {"percent of", CC_W_PREUNIT, CC_U_PERCENT, EN},
    {"a factor of", CC_W_PREUNIT, CC_U_X, EN},
    {"×", CC_W_PREUNIT, CC_U_X, 0},
    /* the time of a rate before the number (arg: its unit) */
    {"每秒", CC_W_PER, CC_U_S, 0},
    {"每秒钟", CC_W_PER, CC_U_S, 0},
    {"每分钟", CC_W_PER, CC_U_MIN, 0},
    {"每小时", CC_W_PER, CC_U_H, 0},
    {"每天", CC_W_PER, CC_U_D, 0},
    {"每日", CC_W_PER, CC_U_D, 0},
    {"每周", CC_W_PER, CC_U_WK, 0},
    {"每月", CC_W_PER, CC_U_MO, 0},
    {"每个月", CC_W_PER, CC_U_MO, 0},
    /* a currency before the number: the counted noun of a sum of money */
    {"$", CC_W_MONEY, 0, 0},
    {"us$", CC_W_MONEY, 0, 0},
    {"hk$", CC_W_MONEY, 0, 0},
    {"nt$", CC_W_MONEY, 0, 0},
    {"¥", CC_W_MONEY, 0, 0},
    {"￥", CC_W_MONEY, 0, 0},
    {"€", CC_W_MONEY, 0, 0},
    {"£", CC_W_MONEY, 0, 0},
    {"￡", CC_W_MONEY, 0, 0},
    {"rmb", CC_W_MONEY, 0, EN},
    {"usd", CC_W_MONEY, 0, EN},
    {"cny", CC_W_MONEY, 0, EN},
    {"eur", CC_W_MONEY, 0, EN},
    {"₹", CC_W_MONEY, 0, 0},
    {"rs", CC_W_MONEY, 0, EN},
    {"rs.", CC_W_MONEY, 0, 0},
    {"inr", CC_W_MONEY, 0, EN},
    {"加速比", CC_W_PREUNIT, CC_U_X, 0},
    {"加速比为", CC_W_PREUNIT, CC_U_X, 0},
    {"加速比达", CC_W_PREUNIT, CC_U_X, 0},
    {"加速比达到", CC_W_PREUNIT, CC_U_X, 0},
    {"percents of", CC_W_PREUNIT, CC_U_PERCENT, EN},
    {"per cent of", CC_W_PREUNIT, CC_U_PERCENT, EN},
    {"percentage of", CC_W_PREUNIT, CC_U_PERCENT, EN},

    /* units */
    {"倍", CC_W_UNIT, CC_U_X, 0},
    {"x", CC_W_UNIT, CC_U_X, EN},
    {"×", CC_W_UNIT, CC_U_X, 0},
    {"times", CC_W_UNIT, CC_U_X, EN},
    {"fold", CC_W_UNIT, CC_U_X, EN},
    {"-fold", CC_W_UNIT, CC_U_X, EN},
    {"%", CC_W_UNIT, CC_U_PERCENT, 0},
    {"percent", CC_W_UNIT, CC_U_PERCENT, EN},
    {"pct", CC_W_UNIT, CC_U_PERCENT, EN},
    {"per cent", CC_W_UNIT, CC_U_PERCENT, EN},
    {"percents", CC_W_UNIT, CC_U_PERCENT, EN},
    {"percentage", CC_W_UNIT, CC_U_PERCENT, EN},
    {"pp", CC_W_UNIT, CC_U_PP, EN},
    {"p.p.", CC_W_UNIT, CC_U_PP, 0},
    {"percentage points", CC_W_UNIT, CC_U_PP, EN},
    {"percentage point", CC_W_UNIT, CC_U_PP, EN},
    {"percentage-points", CC_W_UNIT, CC_U_PP, EN},
    {"percentage-point", CC_W_UNIT, CC_U_PP, EN}, /* a 2.3-percentage-point rise */
    {"个数量级", CC_W_UNIT, CC_U_ORDER, 0},
    {"個數量級", CC_W_UNIT, CC_U_ORDER, 0},
    {"数量级", CC_W_UNIT, CC_U_ORDER, 0},
    {"數量級", CC_W_UNIT, CC_U_ORDER, 0},
    {"order of magnitude", CC_W_UNIT, CC_U_ORDER, EN},
    {"orders of magnitude", CC_W_UNIT, CC_U_ORDER, EN},
    {"个百分点", CC_W_UNIT, CC_U_PP, 0},
    /* 毛利率提升了3个点: 个百分点 said short, only after a verb of change
     * (5个点 alone counts places) */
    {"个点", CC_W_UNIT, CC_U_PP, CC_WF_OBJECT},
    {"個百分點", CC_W_UNIT, CC_U_PP, 0},
    {"百分点", CC_W_UNIT, CC_U_PP, 0},
    {"个基点", CC_W_UNIT, CC_U_BP, 0},
    {"個基點", CC_W_UNIT, CC_U_BP, 0},
    {"基点", CC_W_UNIT, CC_U_BP, 0},
    {"basis points", CC_W_UNIT, CC_U_BP, EN},
    {"basis point", CC_W_UNIT, CC_U_BP, EN},
    {"bps", CC_W_UNIT, CC_U_BP, EN},
    {"纳秒", CC_W_UNIT, CC_U_NS, 0},
    {"ns", CC_W_UNIT, CC_U_NS, EN},
    {"nanosecond", CC_W_UNIT, CC_U_NS, EN},
    {"nanoseconds", CC_W_UNIT, CC_U_NS, EN},
    {"微秒", CC_W_UNIT, CC_U_US, 0},
    {"us", CC_W_UNIT, CC_U_US, EN},
    {"μs", CC_W_UNIT, CC_U_US, EN},
    {"µs", CC_W_UNIT, CC_U_US, EN},
    {"microsecond", CC_W_UNIT, CC_U_US, EN},
    {"microseconds", CC_W_UNIT, CC_U_US, EN},
    {"毫秒", CC_W_UNIT, CC_U_MS, 0},
    {"ms", CC_W_UNIT, CC_U_MS, EN},
    {"msec", CC_W_UNIT, CC_U_MS, EN},
    {"millisecond", CC_W_UNIT, CC_U_MS, EN},
    {"milliseconds", CC_W_UNIT, CC_U_MS, EN},
    {"秒", CC_W_UNIT, CC_U_S, 0},
    {"秒钟", CC_W_UNIT, CC_U_S, 0},
    {"s", CC_W_UNIT, CC_U_S, EN},
    {"sec", CC_W_UNIT, CC_U_S, EN},
    {"secs", CC_W_UNIT, CC_U_S, EN},
    {"second", CC_W_UNIT, CC_U_S, EN},
    {"seconds", CC_W_UNIT, CC_U_S, EN},
    {"分钟", CC_W_UNIT, CC_U_MIN, 0},
    {"分", CC_W_UNIT, CC_U_MIN, 0},
    {"min", CC_W_UNIT, CC_U_MIN, EN},
    {"mins", CC_W_UNIT, CC_U_MIN, EN},
    {"minute", CC_W_UNIT, CC_U_MIN, EN},
    {"minutes", CC_W_UNIT, CC_U_MIN, EN},
    {"小时", CC_W_UNIT, CC_U_H, 0},
    {"个小时", CC_W_UNIT, CC_U_H, 0},
    {"个钟头", CC_W_UNIT, CC_U_H, 0},
    {"h", CC_W_UNIT, CC_U_H, EN},
    {"hr", CC_W_UNIT, CC_U_H, EN},
    {"hrs", CC_W_UNIT, CC_U_H, EN},
    {"hour", CC_W_UNIT, CC_U_H, EN},
    {"hours", CC_W_UNIT, CC_U_H, EN},
    {"天", CC_W_UNIT, CC_U_D, 0},
    {"d", CC_W_UNIT, CC_U_D, EN},
    {"day", CC_W_UNIT, CC_U_D, EN},
    {"days", CC_W_UNIT, CC_U_D, EN},
    /* 周 after a number is weeks (10周年, an anniversary, is not: figure.c) */
    {"周", CC_W_UNIT, CC_U_WK, 0},
    {"个星期", CC_W_UNIT, CC_U_WK, 0},
    {"星期", CC_W_UNIT, CC_U_WK, 0},
    {"個星期", CC_W_UNIT, CC_U_WK, 0},
    {"个礼拜", CC_W_UNIT, CC_U_WK, 0},
    {"礼拜", CC_W_UNIT, CC_U_WK, 0},
    {"wk", CC_W_UNIT, CC_U_WK, EN},
    {"wks", CC_W_UNIT, CC_U_WK, EN},
    {"week", CC_W_UNIT, CC_U_WK, EN},
    {"weeks", CC_W_UNIT, CC_U_WK, EN},
    /* months; 月 alone after a number is a month of the year (3月) */
    {"个月", CC_W_UNIT, CC_U_MO, 0},
    {"個月", CC_W_UNIT, CC_U_MO, 0},
    {"mo", CC_W_UNIT, CC_U_MO, EN},
    {"mos", CC_W_UNIT, CC_U_MO, EN},
    {"month", CC_W_UNIT, CC_U_MO, EN},
    {"months", CC_W_UNIT, CC_U_MO, EN},

    /* words after the unit that give a direction, and say whether the
     * figure is the change ("3x faster") or the new level ("3x speedup") */
    {"faster", CC_W_SUFDIR, UP, BY | SPEED | EN},
    {"quicker", CC_W_SUFDIR, UP, BY | SPEED | EN},
    {"slower", CC_W_SUFDIR, DOWN, BY | SPEED | EN},
    {"higher", CC_W_SUFDIR, UP, BY | EN},
    {"more", CC_W_SUFDIR, UP, BY | EN},
    {"larger", CC_W_SUFDIR, UP, BY | EN},
    {"greater", CC_W_SUFDIR, UP, BY | EN},
    {"better", CC_W_SUFDIR, UP, BY | EN},
    {"increase", CC_W_SUFDIR, UP, BY | EN},
    {"improvement", CC_W_SUFDIR, UP, BY | EN},
    {"gain", CC_W_SUFDIR, UP, BY | EN},
    {"boost", CC_W_SUFDIR, UP, BY | EN},
    {"growth", CC_W_SUFDIR, UP, BY | EN},
    {"rise", CC_W_SUFDIR, UP, BY | EN},
    {"jump", CC_W_SUFDIR, UP, BY | EN},
    {"lower", CC_W_SUFDIR, DOWN, BY | EN},
    {"less", CC_W_SUFDIR, DOWN, BY | EN},
    {"fewer", CC_W_SUFDIR, DOWN, BY | EN},
    {"smaller", CC_W_SUFDIR, DOWN, BY | EN},
    {"cheaper", CC_W_SUFDIR, DOWN, BY | EN},
    {"shorter", CC_W_SUFDIR, DOWN, BY | EN},
    {"longer", CC_W_SUFDIR, UP, BY | EN},     /* 5 hours longer than before */
    {"lighter", CC_W_SUFDIR, DOWN, BY | EN},
    {"heavier", CC_W_SUFDIR, UP, BY | EN},
    {"decrease", CC_W_SUFDIR, DOWN, BY | EN},
    {"reduction", CC_W_SUFDIR, DOWN, BY | EN},
    {"decline", CC_W_SUFDIR, DOWN, BY | EN},
    {"drop", CC_W_SUFDIR, DOWN, BY | EN},
    {"cut", CC_W_SUFDIR, DOWN, BY | EN},
    {"speedup", CC_W_SUFDIR, UP, LEVEL | SPEED | EN},
    {"speed-up", CC_W_SUFDIR, UP, LEVEL | SPEED | EN},
    {"as fast", CC_W_SUFDIR, UP, LEVEL | SPEED | EN | CC_WF_EQUAL},
    {"as much", CC_W_SUFDIR, UP, LEVEL | EN | CC_WF_EQUAL},
    {"as many", CC_W_SUFDIR, UP, LEVEL | EN | CC_WF_EQUAL},
    {"as high", CC_W_SUFDIR, UP, LEVEL | EN | CC_WF_EQUAL},
    {"的加速", CC_W_SUFDIR, UP, LEVEL | SPEED},
    {"的加速效率", CC_W_SUFDIR, UP, LEVEL | SPEED},
    {"的加速比", CC_W_SUFDIR, UP, LEVEL | SPEED},
    {"加速比", CC_W_SUFDIR, UP, LEVEL | SPEED},
    {"的性能", CC_W_SUFDIR, UP, LEVEL},
    {"的性能提升", CC_W_SUFDIR, UP, BY},
    {"的性能提高", CC_W_SUFDIR, UP, BY},
    {"的提升", CC_W_SUFDIR, UP, BY},
    {"的增长", CC_W_SUFDIR, UP, BY},
    {"的下降", CC_W_SUFDIR, DOWN, BY},

    /* idioms: a multiplier in one word (arg = factor x 10) */
    {"翻了一番", CC_W_IDIOM, 20, 0},
    {"翻一番", CC_W_IDIOM, 20, 0},
    {"翻番", CC_W_IDIOM, 20, 0},
    {"翻倍", CC_W_IDIOM, 20, 0},
    {"翻了一倍", CC_W_IDIOM, 20, 0},
    {"翻了两番", CC_W_IDIOM, 40, 0},
    {"翻两番", CC_W_IDIOM, 40, 0},
    {"翻了三番", CC_W_IDIOM, 80, 0},
    {"翻三番", CC_W_IDIOM, 80, 0},
    {"翻了近一番", CC_W_IDIOM, 20, CC_WF_NEARLY},
    {"翻了将近一番", CC_W_IDIOM, 20, CC_WF_NEARLY},
    {"翻了接近一番", CC_W_IDIOM, 20, CC_WF_NEARLY},
    {"翻了近两番", CC_W_IDIOM, 40, CC_WF_NEARLY},
    {"翻了将近两番", CC_W_IDIOM, 40, CC_WF_NEARLY},
    {"翻了接近两番", CC_W_IDIOM, 40, CC_WF_NEARLY},
    {"减半", CC_W_IDIOM, 5, 0},
    {"减少一半", CC_W_IDIOM, 5, 0},
    {"doubled", CC_W_IDIOM, 20, EN},
    {"tripled", CC_W_IDIOM, 30, EN},
    {"trebled", CC_W_IDIOM, 30, EN},
    {"quadrupled", CC_W_IDIOM, 40, EN},
    {"halved", CC_W_IDIOM, 5, EN},
    {"twice", CC_W_IDIOM, 20, EN},
    {"thrice", CC_W_IDIOM, 30, EN},
    {"double", CC_W_IDIOM, 20, EN | CC_WF_OBJECT},
    {"doubles", CC_W_IDIOM, 20, EN | CC_WF_OBJECT},
    {"triple", CC_W_IDIOM, 30, EN | CC_WF_OBJECT},
    {"triples", CC_W_IDIOM, 30, EN | CC_WF_OBJECT},
    {"quadruple", CC_W_IDIOM, 40, EN | CC_WF_OBJECT},
    {"quadruples", CC_W_IDIOM, 40, EN | CC_WF_OBJECT},

    /* between the two ends of a range */
    {"-", CC_W_RANGE, 0, 0},
    {"–", CC_W_RANGE, 0, 0},
    {"—", CC_W_RANGE, 0, 0},
    {"~", CC_W_RANGE, 0, 0},
    {"〜", CC_W_RANGE, 0, 0},
    {"～", CC_W_RANGE, 0, 0}, /* full width: the figure reader folds it to ~ */
    {"到", CC_W_RANGE, 0, 0},
    {"至", CC_W_RANGE, 0, 0},
    {"to", CC_W_RANGE, 0, EN},
    {"and", CC_W_RANGE, 0, EN},

    /* words that change nothing */
    {"达", CC_W_FILLER, 0, 0},
    {"达到", CC_W_FILLER, 0, 0},
    {"了", CC_W_FILLER, 0, 0},
    {"by", CC_W_FILLER, 0, EN},
    {"a", CC_W_FILLER, 0, EN},
    {"an", CC_W_FILLER, 0, EN},
    /* only: the figure itself, said to be small (仅需3天, just 9 hours) */
    {"仅", CC_W_FILLER, 0, 0},
    {"仅为", CC_W_FILLER, 0, 0},
    {"仅有", CC_W_FILLER, 0, 0},
    {"仅需", CC_W_FILLER, 0, 0},
    {"仅仅", CC_W_FILLER, 0, 0},
    {"只有", CC_W_FILLER, 0, 0},
    {"只需", CC_W_FILLER, 0, 0},
    {"only", CC_W_FILLER, 0, EN},
    {"just", CC_W_FILLER, 0, EN},
    /* the period compared against, after the number: up 40% YoY (同比
     * before a verb is read as its subject) */
    {"yoy", CC_W_PERIOD, 0, EN},
    {"y/y", CC_W_PERIOD, 0, EN},
    {"year-over-year", CC_W_PERIOD, 0, EN},
    {"year over year", CC_W_PERIOD, 0, EN},
    {"year-on-year", CC_W_PERIOD, 0, EN},
    {"year on year", CC_W_PERIOD, 0, EN},
    {"qoq", CC_W_PERIOD, 0, EN},
    {"q/q", CC_W_PERIOD, 0, EN},
    {"quarter-over-quarter", CC_W_PERIOD, 0, EN},
    {"quarter over quarter", CC_W_PERIOD, 0, EN},
    {"quarter-on-quarter", CC_W_PERIOD, 0, EN},
    {"quarter on quarter", CC_W_PERIOD, 0, EN},
    {"month-over-month", CC_W_PERIOD, 0, EN},
    {"month on month", CC_W_PERIOD, 0, EN},
};

static int S_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static bool S_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t S_prefix(const char *s, size_t n, const cc_word *w, size_t k)
{
    if (k > n)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (S_lower((unsigned char)s[i]) != (unsigned char)w->text[i])
            return 0;
    /* an English word ends at a word boundary: "x" must not match "xyz" */
    if ((w->flags & CC_WF_ASCII) && k < n && S_alpha((unsigned char)s[k]) && S_alpha((unsigned char)w->text[k - 1]))
        return 0;
    return k;
}

/* Words are looked up many times a second by extract, so they are indexed
 * by their first character (S_key); each bucket lists its words longest
 * first, so the first word that matches is the longest. */
#define S_NWORDS (sizeof S_words / sizeof S_words[0])
#define S_ZH_BUCKETS 2048 /* a power of two */
#define S_NBUCKETS (256 + S_ZH_BUCKETS)

static unsigned short S_bucket_at[S_NBUCKETS + 1];
static uint64_t S_bucket_lens[S_NBUCKETS];  /* bit k: the bucket has a word of k bytes (k < 64) */
static unsigned short S_bucket_cls[S_NBUCKETS]; /* the classes of its words, or'ed */
/* The words of each bucket, one after the other, with what a look-up
 * tests first (so that it reads one run of memory).  A word with no ASCII
 * letter matches its bytes exactly (S_prefix folds case for nothing
 * else): its first eight bytes as one number and a mask of its length
 * compare in one step. */
typedef struct {
    uint64_t head8, mask8;
    unsigned short word;  /* its index in S_words */
    unsigned short cls;
    unsigned char len;
    bool exact;
} S_slot;
static S_slot S_slots[S_NWORDS];
static bool S_indexed;

/* The words once more, each read from its last character back: a trie
 * of the reversed words, which a look-back before a number (cc_lex_ends)
 * walks once, a character at a time to the left, instead of trying each
 * length.  Node 0 is the root (no child is 0, so a child of 0 is "none"). */
#define S_RNODES_MAX 4096
#define S_REDGES 8192 /* a power of two, at least twice S_RNODES_MAX */
typedef struct {
    unsigned short word;   /* 1 + the first word (in S_words order) that is the characters read so far, or 0 */
    unsigned short cls;    /* the classes of the words here and in its children, or'ed */
} S_rnode;
static S_rnode S_rnodes[S_RNODES_MAX];
/* The edges: the child reached from node p by a character (its bytes in
 * one number, S_rchar), found from their hash by linear probing (an empty
 * slot has child 0). */
typedef struct {
    uint32_t ch;
    unsigned short parent, child;
} S_redge;
static S_redge S_redges[S_REDGES];
static unsigned short S_rnext_word[S_NWORDS]; /* 1 + the next word of the same text, or 0 */

/* The bucket of a word or text: an ASCII byte (lower case), or the first
 * character's code point folded into S_ZH_BUCKETS (a CJK block shares no
 * bucket with its neighbours, so a look-up tries the words of its own first
 * character).  A text too short for its first character gets a bucket
 * whose words are all longer than it. */
static unsigned S_key(const char *s, size_t n)
{
    unsigned c0 = (unsigned char)s[0];
    if (c0 < 0x80 || n < 2)
        return (unsigned)S_lower((int)c0);
    unsigned cp = ((c0 & 0x0F) << 6) | ((unsigned char)s[1] & 0x3F);
    if (c0 >= 0xE0 && n >= 3)
        cp = (cp << 6) | ((unsigned char)s[2] & 0x3F);
    return 256 + (cp & (S_ZH_BUCKETS - 1));
}

static unsigned S_redge_slot(unsigned parent, uint32_t ch)
{
    return ((ch ^ parent * 0x9E3779B9u) * 2654435761u) >> (32 - 13) & (S_REDGES - 1);
}

/* The child of node p by the character ch, or 0. */
static inline unsigned S_rchild(unsigned p, uint32_t ch)
{
    for (unsigned at = S_redge_slot(p, ch);; at = (at + 1) & (S_REDGES - 1)) {
        const S_redge *e = &S_redges[at];
        if (!e->child || (e->ch == ch && e->parent == p))
            return e->child;
    }
}

/* The character that ends s[0, e) (e > 0): where it starts, and its bytes
 * (ASCII in lower case) in one number.  A character is a byte that is no
 * continuation byte and up to three continuation bytes after it; in text
 * that is no UTF-8 it may be some other run of bytes, which no word has. */
static inline size_t S_rchar(const char *s, size_t e, uint32_t *ch)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[e - 1] < 0x80) {
        *ch = (uint32_t)S_lower(u[e - 1]);
        return e - 1;
    }
    /* a Chinese character, most often: three bytes, a lead and two more */
    if (e >= 3 && (u[e - 3] & 0xF0) == 0xE0 && (u[e - 2] & 0xC0) == 0x80 && (u[e - 1] & 0xC0) == 0x80) {
        *ch = (uint32_t)u[e - 3] | (uint32_t)u[e - 2] << 8 | (uint32_t)u[e - 1] << 16;
        return e - 3;
    }
    size_t j = e - 1;
    while (j > 0 && e - j < 4 && (u[j] & 0xC0) == 0x80)
        j--;
    uint32_t v = 0;
    for (size_t k = j; k < e; k++)
        v |= (uint32_t)u[k] << (8 * (k - j));
    *ch = v;
    return j;
}

/* S_rnodes: each word of fewer than 64 bytes with no capital letter (one
 * that no look-up can match), from its last character back. */
static void S_index_ends(void)
{
    _Static_assert(S_REDGES >= 2 * S_RNODES_MAX && (S_REDGES & (S_REDGES - 1)) == 0, "S_REDGES: a power of two");
    _Static_assert(S_RNODES_MAX <= 65536, "S_rnodes are numbered in 16 bits");
    size_t nodes = 1;
    unsigned short last_word[S_RNODES_MAX] = {0};
    for (size_t i = 0; i < S_NWORDS; i++) {
        const char *t = S_words[i].text;
        size_t len = strlen(t);
        bool capital = false;
        for (size_t k = 0; k < len; k++)
            capital |= t[k] >= 'A' && t[k] <= 'Z';
        if (len == 0 || len >= 64 || capital)
            continue;
        unsigned node = 0;
        for (size_t e = len; e > 0;) {
            uint32_t ch;
            e = S_rchar(t, e, &ch);
            unsigned at = S_rchild(node, ch);
            if (!at) {
                if (nodes >= S_RNODES_MAX)
                    abort(); /* the table of words outgrew S_RNODES_MAX: raise it */
                at = (unsigned)nodes++;
                unsigned slot = S_redge_slot(node, ch);
                while (S_redges[slot].child)
                    slot = (slot + 1) & (S_REDGES - 1);
                S_redges[slot] = (S_redge){ch, (unsigned short)node, (unsigned short)at};
            }
            S_rnodes[at].cls |= S_words[i].cls;
            node = at;
        }
        /* the words of one text stay in S_words order: the first whose
         * class a look-up asks for is the one cc_lex_match_all gives */
        if (!S_rnodes[node].word)
            S_rnodes[node].word = (unsigned short)(i + 1);
        else
            S_rnext_word[last_word[node] - 1] = (unsigned short)(i + 1);
        last_word[node] = (unsigned short)(i + 1);
    }
}

static void S_index(void)
{
    unsigned count[S_NBUCKETS] = {0};
    static S_slot word[S_NWORDS];
    for (size_t i = 0; i < S_NWORDS; i++) {
        S_slot *w = &word[i];
        w->word = (unsigned short)i;
        w->cls = S_words[i].cls;
        w->len = (unsigned char)strlen(S_words[i].text);
        count[S_key(S_words[i].text, w->len)]++;
        w->exact = !(S_words[i].flags & CC_WF_ASCII);
        for (size_t k = 0; k < w->len; k++)
            if (S_alpha((unsigned char)S_words[i].text[k]))
                w->exact = false;
        size_t h = w->len < 8 ? w->len : 8;
        memcpy(&w->head8, S_words[i].text, h);
        w->mask8 = h == 8 ? ~0ull : (1ull << (8 * h)) - 1;
    }
    S_bucket_at[0] = 0;
    for (size_t b = 0; b < S_NBUCKETS; b++)
        S_bucket_at[b + 1] = (unsigned short)(S_bucket_at[b] + count[b]);
    unsigned fill[S_NBUCKETS];
    for (size_t b = 0; b < S_NBUCKETS; b++)
        fill[b] = S_bucket_at[b];
    for (size_t i = 0; i < S_NWORDS; i++) {
        const S_slot *w = &word[i];
        unsigned b = S_key(S_words[i].text, w->len);
        /* insertion keeps each bucket longest first */
        unsigned at = fill[b]++;
        while (at > S_bucket_at[b] && S_slots[at - 1].len < w->len) {
            S_slots[at] = S_slots[at - 1];
            at--;
        }
        S_slots[at] = *w;
        S_bucket_cls[b] |= w->cls;
        if (w->len < 64)
            S_bucket_lens[b] |= 1ull << w->len;
    }
    S_index_ends();
    S_indexed = true;
}

/* S_prefix for a word of S_exact. */
static size_t S_prefix_exact(const char *s, size_t n, const S_slot *w)
{
    size_t k = w->len;
    if (k > n)
        return 0;
    if (n >= 8) {
        uint64_t v;
        memcpy(&v, s, 8);
        if ((v & w->mask8) != w->head8)
            return 0;
        return k <= 8 || memcmp(s + 8, S_words[w->word].text + 8, k - 8) == 0 ? k : 0;
    }
    return memcmp(s, S_words[w->word].text, k) == 0 ? k : 0;
}

const cc_word *cc_lex_match(const char *s, size_t n, unsigned mask, size_t *len)
{
    *len = 0;
    if (n == 0)
        return NULL;
    if (!S_indexed)
        S_index();
    unsigned b = S_key(s, n);
    if (!(S_bucket_cls[b] & mask))
        return NULL;
    for (const S_slot *w = &S_slots[S_bucket_at[b]], *end = &S_slots[S_bucket_at[b + 1]]; w < end; w++) {
        if (!(w->cls & mask) || w->len > n)
            continue;
        size_t k = w->exact ? S_prefix_exact(s, n, w) : S_prefix(s, n, &S_words[w->word], w->len);
        if (k) {
            *len = k;
            return &S_words[w->word];
        }
    }
    return NULL;
}

const cc_word *cc_lex_match_all(const char *s, size_t n, unsigned mask)
{
    if (n == 0)
        return NULL;
    if (!S_indexed)
        S_index();
    unsigned b = S_key(s, n);
    if (n >= 64 || !((S_bucket_lens[b] >> n) & 1u) || !(S_bucket_cls[b] & mask))
        return NULL;
    /* the bucket is longest first: the first word of n bytes that matches
     * is the one cc_lex_match returns */
    for (const S_slot *w = &S_slots[S_bucket_at[b]], *end = &S_slots[S_bucket_at[b + 1]]; w < end; w++) {
        if (w->len > n)
            continue;
        if (w->len < n)
            break;
        if ((w->cls & mask) && (w->exact ? S_prefix_exact(s, n, w) : S_prefix(s, n, &S_words[w->word], n)))
            return &S_words[w->word];
    }
    return NULL;
}

bool cc_lex_takes_object(const cc_word *w)
{
    if (w->cls != CC_W_VERB || !(w->flags & CC_WF_ASCII))
        return false;
    const char *sp = strrchr(w->text, ' ');
    return !sp || !(strcmp(sp, " by") == 0 || strcmp(sp, " to") == 0 || strcmp(sp, " of") == 0);
}

const cc_word *cc_lex_time_unit(const char *s, size_t n, size_t *len)
{
    const cc_word *w = cc_lex_match(s, n, CC_W_UNIT, len);
    return w && cc_unit_is_time(w->arg) ? w : NULL;
}

size_t cc_lex_duration_rest(const char *s, size_t n, cc_unit_id first, cc_numeral *m, cc_unit_id *unit)
{
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i > 0 && n - i >= 4 && memcmp(s + i, "and ", 4) == 0) {
        i += 4;
        while (i < n && s[i] == ' ')
            i++;
    }
    /* most units are followed by no number: say no before reading one */
    static const unsigned zh_digits[] = {0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D,
                                         0x4E03, 0x516B, 0x4E5D, 0x5341, 0x4E24}; /* 零一二三四五六七八九十两 */
    unsigned char c = i < n ? (unsigned char)s[i] : 0;
    bool digit = c >= '0' && c <= '9';
    if (!digit && c >= 0xE0 && c < 0xF0 && n - i >= 3) {
        unsigned cp = ((c & 0x0Fu) << 12) | (((unsigned char)s[i + 1] & 0x3Fu) << 6) | ((unsigned char)s[i + 2] & 0x3Fu);
        for (size_t k = 0; !digit && k < sizeof zh_digits / sizeof zh_digits[0]; k++)
            digit = cp == zh_digits[k];
    }
    const char *err = NULL;
    if (!digit || !cc_numeral_scan(s + i, n - i, m, &err) || m->len == 0 || m->value < 0 ||
        (m->flags & (CC_NUM_PERCENT | CC_NUM_FRACTION | CC_NUM_APPROX)))
        return 0;
    size_t j = i + m->len, len;
    while (j < n && s[j] == ' ')
        j++;
    const cc_word *w = cc_lex_time_unit(s + j, n - j, &len);
    /* a month has no fixed number of days: 3个月15天 is no one duration */
    if (!w || first == CC_U_MO || w->arg == CC_U_MO ||
        cc_unit_seconds(cc_unit_name(w->arg)) >= cc_unit_seconds(cc_unit_name(first)))
        return 0;
    *unit = (cc_unit_id)w->arg;
    return j + len;
}

size_t cc_lex_per_time(const char *s, size_t n)
{
    size_t k = 0;
    if (n >= 1 && s[0] == '/')
        k = 1;
    else if (n >= 5 && memcmp(s, " per ", 5) == 0)
        k = 5;
    else
        return 0;
    size_t len;
    return cc_lex_time_unit(s + k, n - k, &len) ? k + len : 0;
}

size_t cc_lex_ends(const char *s, size_t n, unsigned mask, cc_lex_end *out)
{
    if (!S_indexed)
        S_index();
    size_t count = 0;
    unsigned node = 0;
    for (size_t e = n; e > 0;) {
        uint32_t ch;
        e = S_rchar(s, e, &ch);
        node = S_rchild(node, ch);
        if (!node || !(S_rnodes[node].cls & mask))
            break;
        for (unsigned w = S_rnodes[node].word; w; w = S_rnext_word[w - 1])
            if (S_words[w - 1].cls & mask) {
                out[count].len = n - e;
                out[count].word = &S_words[w - 1];
                count++;
                break;
            }
    }
    return count;
}

const char *cc_unit_name(cc_unit_id u)
{
    static const char *names[] = {"",  "x",  "%",  "pp", "ns", "us", "ms", "s", "min", "h", "d",
                                  "wk", "mo", "orders of magnitude", "bp"};
    return (unsigned)u < sizeof names / sizeof names[0] ? names[u] : "";
}
