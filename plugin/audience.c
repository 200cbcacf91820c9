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
        "when only TCPRA fields named by filters or -e can be seen, it computes only what they show. "
        "The GUI and sharkd always classify. On: every pass computes everything, for a script or program "
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

static gboolean is_name_char(char c)
{
    return g_ascii_isalnum(c) || c == '_' || c == '.' || c == '-';
}

/* Whether name stands in text as a word of its own: "tcpra.cause" in
 * "tcpra.cause or tcp", not in "tcpra.cause.rto". */
static gboolean names(const char *text, const char *name)
{
    size_t len = strlen(name);

    for (const char *at = strstr(text, name); at; at = strstr(at + 1, name)) {
        if ((at == text || !is_name_char(at[-1])) && !is_name_char(at[len]))
            return TRUE;
    }
    return FALSE;
}

/* The fields that set TCPRA's verdict beside the built-in's. */
static gboolean compares(const char *abbrev)
{
    static const char *const comparing[] = {
        "tcpra.agree", "tcpra.builtin", "tcpra.builtin_off", "tcpra.mismatch", "tcpra.cause.contradicts_builtin",
    };

    for (size_t i = 0; i < G_N_ELEMENTS(comparing); i++) {
        if (strcmp(abbrev, comparing[i]) == 0)
            return TRUE;
    }
    return FALSE;
}

static void consider(header_field_info *hf, GPtrArray *texts, struct tcpra_audience *audience)
{
    for (guint i = 0; i < texts->len; i++) {
        if (names((const char *)g_ptr_array_index(texts, i), hf->abbrev)) {
            g_array_append_val(audience->named, hf->id);
            audience->cause_named |= g_str_has_prefix(hf->abbrev, "tcpra.cause");
            audience->comparison_named |= compares(hf->abbrev);
            return;
        }
    }
}

/* The protocol's and its fields' names that the texts name, into audience. */
static void find_named(int proto_tcpra, GPtrArray *texts, struct tcpra_audience *audience)
{
    void *cookie = NULL;

    consider(proto_registrar_get_nth((guint)proto_tcpra), texts, audience);
    for (header_field_info *hf = proto_get_first_protocol_field(proto_tcpra, &cookie); hf;
         hf = proto_get_next_protocol_field(proto_tcpra, &cookie))
        consider(hf, texts, audience);
}

/* The expert infos, or a macro whose words are not at hand: anything may be
 * shown. */
static gboolean may_name_anything(const char *text)
{
    gchar *lower = g_ascii_strdown(text, -1);
    gboolean anything = strstr(lower, "expert") || strchr(lower, '$');

    g_free(lower);
    return anything;
}

/* What the command line shows of TCPRA: nothing, its named fields, or, when
 * it may show more (or names the expert infos, or a macro), everything. */
static enum tcpra_audience_kind command_line_shows(int proto_tcpra, struct tcpra_audience *audience)
{
    GPtrArray *texts = g_ptr_array_new_with_free_func(g_free);
    enum tcpra_audience_kind kind = tcpra_tshark_args_read(texts) ? TCPRA_SEES_NOTHING : TCPRA_SEES_ALL;

    for (guint i = 0; kind != TCPRA_SEES_ALL && i < texts->len; i++) {
        const char *text = (const char *)g_ptr_array_index(texts, i);

        if (may_name_tcpra(text))
            kind = may_name_anything(text) ? TCPRA_SEES_ALL : TCPRA_SEES_NAMED;
    }
    if (kind == TCPRA_SEES_NAMED)
        find_named(proto_tcpra, texts, audience);
    g_ptr_array_free(texts, TRUE);
    return kind;
}

void tcpra_audience_decide(int proto_tcpra, struct tcpra_audience *audience)
{
    g_array_set_size(audience->named, 0);
    audience->cause_named = audience->comparison_named = FALSE;
    if (classify_always || !TCPRA_RUNNING_TSHARK() || taps_see_tcpra() || columns_show_tcpra())
        audience->kind = TCPRA_SEES_ALL;
    else
        audience->kind = command_line_shows(proto_tcpra, audience);
}
