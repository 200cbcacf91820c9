/* SPDX-License-Identifier: GPL-2.0-or-later */
/* TCP Retransmission Analyzer: a post-dissector that classifies every TCP
 * segment with its own, configurable re-implementation of Wireshark's
 * sequence analysis, and sets it beside Wireshark's own verdict. */
#define WS_BUILD_DLL
#include <wireshark.h>
#include <epan/packet.h>
#include <epan/proto.h>
#include <epan/exceptions.h>
#include <epan/tap.h>

#include "audience.h"
#include "builtin.h"
#include "display.h"
#include "extract.h"
#include "fields.h"
#include "first_pass.h"
#include "frame_verdicts.h"
#include "prefs.h"
#include "stats.h"

#ifndef TCPRA_VERSION
#define TCPRA_VERSION "0.0.0"
#endif

WS_DLL_PUBLIC_DEF const gchar plugin_version[] = TCPRA_VERSION;
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;
WS_DLL_PUBLIC void plugin_register(void);

static dissector_handle_t tcpra_handle;
static int proto_expert_info = -1, expert_tap;
/* The fields read from each frame's tree (the IP and TCP layers' items,
 * where a release fakes them unless asked for; the built-in's verdict), and
 * what TCPRA computes can be seen in the current dissection (audience.h). */
static GArray *header_fields, *builtin_fields;
static struct tcpra_audience audience = {TCPRA_SEES_ALL, NULL, FALSE, FALSE};

static int dissect_tcpra(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    const struct tcpra_frame_verdicts *stored;
    gboolean named = audience.kind == TCPRA_SEES_NAMED, wanted;
    struct tcpra_view view;

    if (audience.kind == TCPRA_SEES_NOTHING)
        return 0;
    if (!PINFO_FD_VISITED(pinfo))
        tcpra_first_pass_classify(pinfo, tree);
    stored = tcpra_frame_verdicts_get(pinfo);
    if (!stored)
        return 0;
    wanted = named || tcpra_display_wanted(tree, proto_expert_info, expert_tap);
    tcpra_view_open(&view, tree, named ? audience.named : NULL);
    TRY {
        for (unsigned i = 0; i < stored->count; i++)
            tcpra_display(tvb, pinfo, tree, wanted, !named, &stored->verdicts[i], &stored->facts[i]);
    }
    FINALLY {
        tcpra_view_close(&view);
    }
    ENDTRY;
    tcpra_stats_queue(pinfo, stored);
    return tvb_captured_length(tvb);
}

/* A copy of the fields TCPRA reads (the built-in's verdict only when
 * compared with), and of those the command line names (primed, so that
 * they are built however little else is), for Wireshark to own. */
static GArray *tree_fields_copy(gboolean compared)
{
    GArray *copy = g_array_new(FALSE, FALSE, (guint)sizeof(int));

    g_array_append_vals(copy, header_fields->data, header_fields->len);
    if (compared)
        g_array_append_vals(copy, builtin_fields->data, builtin_fields->len);
    return g_array_append_vals(copy, audience.named->data, audience.named->len);
}

/* Each (re-)dissection of a capture starts with no connections, under the
 * preferences then in force. It wants the fields TCPRA reads only when
 * something of TCPRA can be seen: a post-dissector's wanted fields make
 * tshark build a tree for every packet. tshark decides whether to build
 * one after this routine, before the first packet. */
static void start_capture(void)
{
    gboolean all;

    tcpra_audience_decide(tcpra_fields.proto, &audience);
    all = audience.kind == TCPRA_SEES_ALL;
    set_postdissector_wanted_hfids(tcpra_handle, audience.kind != TCPRA_SEES_NOTHING
                                                     ? tree_fields_copy(all || audience.comparison_named)
                                                     : NULL);
    tcpra_first_pass_start(all || audience.cause_named, all || audience.comparison_named);
    /* Registered with the expert infos, after the plugins' handoff. */
    expert_tap = find_tap_id("expert");
}

static void register_tcpra(void)
{
    tcpra_fields_register();
    tcpra_prefs_register(tcpra_fields.proto);
    tcpra_audience_register();
    tcpra_stats_register();
    tcpra_handle = create_dissector_handle(dissect_tcpra, tcpra_fields.proto);
    register_postdissector(tcpra_handle);
    register_init_routine(start_capture);
    register_cleanup_routine(tcpra_first_pass_end);
}

/* The fields read from each frame's tree. Wanting them makes every program
 * build a tree, whose top level tells where the TCP headers are
 * (extract.c). Wanted from the start, for a program that reads packets
 * before any capture is opened; each capture then wants them or not
 * (start_capture). */
static void handoff_tcpra(void)
{
    header_fields = g_array_new(FALSE, FALSE, (guint)sizeof(int));
    tcpra_extract_init(header_fields);
    audience.named = g_array_new(FALSE, FALSE, (guint)sizeof(int));
    builtin_fields = g_array_new(FALSE, FALSE, (guint)sizeof(int));
    tcpra_builtin_want(builtin_fields);
    set_postdissector_wanted_hfids(tcpra_handle, tree_fields_copy(TRUE));
    proto_expert_info = proto_get_id_by_filter_name("_ws.expert");
}

void plugin_register(void)
{
    static proto_plugin plugin;

    plugin.register_protoinfo = register_tcpra;
    plugin.register_handoff = handoff_tcpra;
    proto_register_plugin(&plugin);
}
