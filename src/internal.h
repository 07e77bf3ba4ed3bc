/* internal.h — declarations shared between modules that the public header
 * does not expose (they use cJSON types). */
#ifndef CC_INTERNAL_H
#define CC_INTERNAL_H

#include <cjson/cJSON.h>

#include "claimcheck.h"

/* Adds the DESIGN 1 fields of f to the JSON object o. */
void cc_figure_add_fields(cJSON *o, const cc_figure *f);

#endif
