/* render_figure.c — a Figure as JSON (DESIGN 1 field names) and as a line a person reads. */
#include "claimcheck.h"
#include "internal.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>

/* An unbounded side is null in JSON. */
static void S_add_bound(cJSON *o, const char *name, double x)
{
    if (isfinite(x))
        cJSON_AddNumberToObject(o, name, x);
    else
        cJSON_AddNullToObject(o, name);
}

static void S_add_interval(cJSON *o, cc_interval iv)
{
    S_add_bound(o, "lo", iv.lo);
    S_add_bound(o, "hi", iv.hi);
    cJSON_AddBoolToObject(o, "lo_open", iv.lo_open);
    cJSON_AddBoolToObject(o, "hi_open", iv.hi_open);
}

void cc_figure_add_fields(cJSON *o, const cc_figure *f)
{
    cJSON_AddStringToObject(o, "input", f->input);
    cJSON_AddStringToObject(o, "kind", cc_kind_name(f->kind));
    cJSON_AddNumberToObject(o, "value", f->value);
    S_add_interval(o, f->iv);
    cJSON_AddStringToObject(o, "qualifier", cc_qualifier_name(f->qualifier));
    cJSON_AddStringToObject(o, "unit", f->unit);
    cJSON_AddStringToObject(o, "dimension", cc_dimension_name(f->dimension));
    if (f->direction == CC_DIR_NONE)
        cJSON_AddNullToObject(o, "direction");
    else
        cJSON_AddStringToObject(o, "direction", cc_direction_name(f->direction));
    cJSON *rd = cJSON_AddArrayToObject(o, "readings");
    for (int i = 0; i < f->n_readings; i++) {
        cJSON *r = cJSON_CreateObject();
        S_add_interval(r, f->readings[i].iv);
        cJSON_AddStringToObject(r, "label", f->readings[i].label);
        cJSON_AddItemToArray(rd, r);
    }
}

/* The printing of cc_figure_add_fields, member by member (json_piece.c):
 * the same names in the same order, each value through cJSON. */
static void S_print_bound(cc_jpiece *p, cc_buf *out, double x)
{
    if (isfinite(x))
        cc_jpiece_num(p, out, x);
    else
        CC_JPIECE_LIT(out, "null");
}

/* The members of S_add_interval, after a ",". */
static void S_print_interval(cc_jpiece *p, cc_buf *out, cc_interval iv)
{
    CC_JPIECE_LIT(out, "\"lo\":");
    S_print_bound(p, out, iv.lo);
    CC_JPIECE_LIT(out, ",\"hi\":");
    S_print_bound(p, out, iv.hi);
    if (iv.lo_open)
        CC_JPIECE_LIT(out, ",\"lo_open\":true");
    else
        CC_JPIECE_LIT(out, ",\"lo_open\":false");
    if (iv.hi_open)
        CC_JPIECE_LIT(out, ",\"hi_open\":true");
    else
        CC_JPIECE_LIT(out, ",\"hi_open\":false");
}

void cc_figure_print_fields(const cc_figure *f, cc_jpiece *p, cc_buf *out, size_t input_at, size_t input_len)
{
    CC_JPIECE_LIT(out, "\"input\":");
    if (input_at != CC_JPIECE_NONE) {
        /* room first: growing out moves what is copied */
        char *to = cc_buf_room(out, input_len);
        memcpy(to, out->data + input_at, input_len);
        out->len += input_len;
        out->data[out->len] = '\0';
    } else {
        cc_jpiece_strz(p, out, f->input);
    }
    CC_JPIECE_LIT(out, ",\"kind\":");
    cc_jpiece_static(p, out, cc_kind_name(f->kind));
    CC_JPIECE_LIT(out, ",\"value\":");
    cc_jpiece_num(p, out, f->value);
    cc_buf_addc(out, ',');
    S_print_interval(p, out, f->iv);
    CC_JPIECE_LIT(out, ",\"qualifier\":");
    cc_jpiece_static(p, out, cc_qualifier_name(f->qualifier));
    CC_JPIECE_LIT(out, ",\"unit\":");
    cc_jpiece_strz(p, out, f->unit);
    CC_JPIECE_LIT(out, ",\"dimension\":");
    cc_jpiece_static(p, out, cc_dimension_name(f->dimension));
    CC_JPIECE_LIT(out, ",\"direction\":");
    if (f->direction == CC_DIR_NONE)
        CC_JPIECE_LIT(out, "null");
    else
        cc_jpiece_static(p, out, cc_direction_name(f->direction));
    CC_JPIECE_LIT(out, ",\"readings\":[");
    for (int i = 0; i < f->n_readings; i++) {
        if (i)
            cc_buf_addc(out, ',');
        cc_buf_addc(out, '{');
        S_print_interval(p, out, f->readings[i].iv);
        CC_JPIECE_LIT(out, ",\"label\":");
        cc_jpiece_strz(p, out, f->readings[i].label);
        cc_buf_addc(out, '}');
    }
    cc_buf_addc(out, ']');
}

void cc_figure_json(const cc_figure *f, cc_buf *out)
{
    cJSON *o = cJSON_CreateObject();
    cc_figure_add_fields(o, f);
    char *s = cJSON_PrintUnformatted(o);
    cc_buf_adds(out, s);
    free(s);
    cJSON_Delete(o);
}

static const char *S_qualifier_words(cc_qualifier q)
{
    static const char *words[] = {"", "about", "more than", "at least", "less than",
                                  "at most", "nearly", "up to", "between"};
    return (unsigned)q < 9 ? words[q] : "";
}

void cc_figure_describe(const cc_figure *f, cc_buf *out)
{
    const char *what = f->kind != CC_KIND_QUANTITY     ? cc_kind_name(f->kind)
                       : f->dimension == CC_DIM_NONE ? "number"
                                                     : cc_dimension_name(f->dimension);
    /* puts, not printf: extract describes every new figure text */
    cc_buf_adds(out, f->input);
    cc_buf_adds(out, " → ");
    cc_buf_adds(out, what);
    if (f->direction != CC_DIR_NONE) {
        cc_buf_addc(out, ' ');
        cc_buf_adds(out, cc_direction_name(f->direction));
    }
    if (f->to_level)
        cc_buf_adds(out, " (new level)");
    const char *q = S_qualifier_words(f->qualifier);
    if (*q) {
        cc_buf_addc(out, ' ');
        cc_buf_adds(out, q);
    }
    if (f->about)
        cc_buf_adds(out, " about");
    cc_buf_addc(out, ' ');
    cc_buf_num_readable(out, f->value);
    if (f->qualifier == CC_QUAL_RANGE) {
        cc_buf_adds(out, " and ");
        cc_buf_num_readable(out, f->value_hi);
    }
    if (*f->unit) {
        bool tight = f->kind != CC_KIND_QUANTITY || f->dimension == CC_DIM_PERCENT;
        if (!(tight && f->kind != CC_KIND_POINTS))
            cc_buf_addc(out, ' ');
        cc_buf_adds(out, f->unit);
    }
    cc_buf_adds(out, ": ");
    cc_iv_format_readable(out, f->iv);
    if (f->n_readings > 1 || f->kind == CC_KIND_CHANGE || f->kind == CC_KIND_MULTIPLIER) {
        cc_buf_adds(out, f->n_readings > 1 ? "; reads " : "; factor ");
        for (int i = 0; i < f->n_readings; i++) {
            if (i)
                cc_buf_adds(out, " or ");
            if (f->n_readings > 1 || f->kind == CC_KIND_CHANGE) {
                cc_buf_adds(out, f->readings[i].label);
                cc_buf_addc(out, ' ');
            }
            cc_iv_format_readable(out, f->readings[i].iv);
        }
    }
}
