/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "builtin.h"

#include <stdlib.h>

#include <epan/prefs.h>
#include <epan/prefs-int.h>

#include "verdict.h"

/* Every field called tcp.analysis.<class>, and the class. Wireshark
 * registers some names twice (tcp.analysis.duplicate_ack is a field and an
 * expert info; 4.0 gives an unrelated expert info the name of
 * tcp.analysis.zero_window_probe_ack): all of them are read. */
struct builtin_field {
    int hf;
    enum tcpra_class c;
};
static GArray *builtin_fields;     /* sorted by hf */
static guint32 reportable;

static int by_hf(const void *a, const void *b)
{
    int x = ((const struct builtin_field *)a)->hf, y = ((const struct builtin_field *)b)->hf;

    return (x > y) - (x < y);
}

void tcpra_builtin_want(GArray *wanted)
{
    builtin_fields = g_array_new(FALSE, FALSE, (guint)sizeof(struct builtin_field));
    for (int c = 0; c < TCPRA_CLASS_COUNT; c++) {
        char *name = g_strdup_printf("tcp.analysis.%s", tcpra_class_name((enum tcpra_class)c));
        header_field_info *hfinfo = proto_registrar_get_byname(name);

        g_free(name);
        while (hfinfo && hfinfo->same_name_prev_id >= 0)
            hfinfo = proto_registrar_get_nth((guint)hfinfo->same_name_prev_id);
        for (; hfinfo; hfinfo = hfinfo->same_name_next) {
            struct builtin_field field = {hfinfo->id, (enum tcpra_class)c};

            g_array_append_val(builtin_fields, field);
            g_array_append_val(wanted, hfinfo->id);
            reportable |= TCPRA_BIT(c);
        }
    }
    g_array_sort(builtin_fields, by_hf);
}

/* The built-in's field hf, or NULL: most fields a frame has are not one,
 * and most lie outside the built-in's range of ids. */
static const struct builtin_field *builtin_field_of(int hf)
{
    const struct builtin_field *all = (const struct builtin_field *)builtin_fields->data;
    struct builtin_field wanted = {hf, TCPRA_RETRANSMISSION};

    if (!builtin_fields->len || hf < all[0].hf || hf > all[builtin_fields->len - 1].hf)
        return NULL;
    return bsearch(&wanted, all, builtin_fields->len, sizeof wanted, by_hf);
}

guint32 tcpra_builtin_reportable(void)
{
    return reportable;
}

gboolean tcpra_builtin_analysis_enabled(void)
{
    module_t *tcp = prefs_find_module("tcp");
    pref_t *pref = tcp ? prefs_find_preference(tcp, "analyze_sequence_numbers") : NULL;

    return pref && prefs_get_bool_value(pref, pref_current);
}

guint32 tcpra_builtin_classes(proto_tree *tree, int layer_num)
{
    /* The primed fields this frame has: a handful, where looking up each of
     * the built-in's fields would cost one search each, mostly in vain. */
    GHashTable *present = tree ? PTREE_DATA(tree)->interesting_hfids : NULL;
    GHashTableIter it;
    gpointer hf, found;
    guint32 bits = 0;

    if (!present)
        return 0;
    g_hash_table_iter_init(&it, present);
    while (g_hash_table_iter_next(&it, &hf, &found)) {
        const struct builtin_field *field = builtin_field_of(GPOINTER_TO_INT(hf));

        for (guint i = 0; field && i < ((GPtrArray *)found)->len; i++) {
            if (((field_info *)g_ptr_array_index((GPtrArray *)found, i))->total_layer_num == layer_num)
                bits |= TCPRA_BIT(field->c);
        }
    }
    return bits;
}
