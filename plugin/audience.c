/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "audience.h"

#include <string.h>

#include <epan/column.h>
#include <epan/prefs.h>
#include <epan/prefs-int.h>
#include <epan/tap.h>

#include "tshark_args.h"
#include "ws_compat.h"

static tcpra_pref_bool classify_always;

void tcpra_audience_register(void)
{
    prefs_register_bool_preference(prefs_find_module("tcpra"), "classify_always",
        "Classify even when nothing of TCPRA is seen",
        "Off: tshark classifies only when a TCPRA or expert field, column or statistic can be seen "
        "(a filter, -e, -V, -z, a column, coloring rules) and asks Wireshark for no tree otherwise; "
        "the GUI and sharkd always classify. On: every pass classifies, for a script or program "
        "that reads TCPRA's fields in a way tshark's command line does not show.",
        &classify_always);
}

/* Whether a filter, a field or a column's fields may name something TCPRA
 * shows: its own fields (tcpra...), the expert infos' (_ws.expert...), or a
 * macro or function whose text is not at hand ($). Reading the words is
 * enough: no other field's value depends on TCPRA. */
static gboolean may_name_tcpra(const char *text)
{
    gchar *lower = g_ascii_strdown(text ? text : "", -1);
    gboolean named = strstr(lower, "tcpra") || strstr(lower, "expert") || strchr(lower, '$');

    g_free(lower);
    return named;
}

/* A column shows the expert infos' severity (%a), or fields naming TCPRA. */
static gboolean columns_show_tcpra(void)
{
    for (int i = 0; i < prefs.num_cols; i++) {
        int format = get_column_format(i);

        if (format == COL_EXPERT || (format == COL_CUSTOM && may_name_tcpra(get_column_custom_fields(i))))
            return TRUE;
    }
    return FALSE;
}

static gboolean taps_see_tcpra(void)
{
    int tcpra = find_tap_id("tcpra"), expert = find_tap_id("expert");

    /* A tap's filter is not at hand: it may name a TCPRA field. */
    return (tcpra > 0 && have_tap_listener(tcpra)) || (expert > 0 && have_tap_listener(expert)) ||
           have_filtering_tap_listeners();
}

static gboolean command_line_shows_tcpra(void)
{
    GPtrArray *texts = g_ptr_array_new_with_free_func(g_free);
    gboolean shows = !tcpra_tshark_args_read(texts);

    for (guint i = 0; !shows && i < texts->len; i++)
        shows = may_name_tcpra((const char *)g_ptr_array_index(texts, i));
    g_ptr_array_free(texts, TRUE);
    return shows;
}

gboolean tcpra_audience_exists(void)
{
    return classify_always || !TCPRA_RUNNING_TSHARK() || taps_see_tcpra() || columns_show_tcpra() || command_line_shows_tcpra();
}
