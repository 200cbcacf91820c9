/* SPDX-License-Identifier: GPL-2.0-or-later */
/* TCP Retransmission Analyzer: a post-dissector that classifies every TCP
 * segment with its own, configurable re-implementation of Wireshark's
 * sequence analysis, and sets it beside Wireshark's own verdict. */
#define WS_BUILD_DLL
#include <wireshark.h>
#include <epan/packet.h>
#include <epan/proto.h>
#include <epan/tap.h>

#include "analyzer.h"
#include "builtin.h"
#include "display.h"
#include "extract.h"
#include "fields.h"
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
static struct tcpra_analyzer analyzer;
static gboolean builtin_enabled;
static int proto_expert_info = -1, expert_tap;

/* The first pass, in capture order: classify each TCP layer and keep the
 * verdicts and facts for every later pass. */
static void classify_frame(packet_info *pinfo, proto_tree *tree)
{
    struct tcpra_segment segs[TCPRA_MAX_LAYERS];
    int layer_nums[TCPRA_MAX_LAYERS];
    struct tcpra_verdict verdicts[TCPRA_MAX_LAYERS];
    struct tcpra_layer_facts facts[TCPRA_MAX_LAYERS];
    unsigned count = tcpra_extract_segments(pinfo, tree, segs, layer_nums);

    if (count == 0)
        return;
    for (unsigned i = 0; i < count; i++) {
        tcpra_analyze(&analyzer, &segs[i], &verdicts[i]);
        if (verdicts[i].cause.settles_frame)
            tcpra_frame_verdicts_settle(verdicts[i].cause.settles_frame, verdicts[i].flow_index,
                                        (enum tcpra_spurious_basis)verdicts[i].cause.settles_basis,
                                        verdicts[i].cause.settles_all_copies, segs[i].frame);
        facts[i] = (struct tcpra_layer_facts){
            .payload_len = segs[i].payload_len,
            .tcp_flags = segs[i].flags,
            .builtin_classes = builtin_enabled ? tcpra_builtin_classes(tree, layer_nums[i]) : 0,
            .side = verdicts[i].analysed ? tcpra_facts_side(verdicts[i].flow_index, &segs[i]) : 0,
            .builtin_known = (guint8)builtin_enabled,
            .vantage = verdicts[i].cause.vantage,
        };
    }
    tcpra_frame_verdicts_store(pinfo, verdicts, facts, count);
}

static int dissect_tcpra(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    const struct tcpra_frame_verdicts *stored;
    gboolean wanted;

    if (!PINFO_FD_VISITED(pinfo))
        classify_frame(pinfo, tree);
    stored = tcpra_frame_verdicts_get(pinfo);
    if (!stored)
        return 0;
    wanted = tcpra_display_wanted(tree, proto_expert_info, expert_tap);
    for (unsigned i = 0; i < stored->count; i++)
        tcpra_display(tvb, pinfo, tree, wanted, &stored->verdicts[i], &stored->facts[i]);
    tcpra_stats_queue(pinfo, stored);
    return tvb_captured_length(tvb);
}

/* Each (re-)dissection of a capture starts with no connections, under the
 * preferences then in force. */
static void start_capture(void)
{
    tcpra_analyzer_init(&analyzer, tcpra_prefs_config());
    tcpra_facts_start();
    builtin_enabled = tcpra_builtin_analysis_enabled();
    /* Registered with the expert infos, after the plugins' handoff. */
    expert_tap = find_tap_id("expert");
}

static void end_capture(void)
{
    tcpra_analyzer_free(&analyzer);
}

static void register_tcpra(void)
{
    tcpra_fields_register();
    tcpra_prefs_register(tcpra_fields.proto);
    tcpra_stats_register();
    tcpra_handle = create_dissector_handle(dissect_tcpra, tcpra_fields.proto);
    register_postdissector(tcpra_handle);
    register_init_routine(start_capture);
    register_cleanup_routine(end_capture);
}

/* The fields read from each frame's tree: where the TCP headers are, and
 * the built-in verdicts to compare with. */
static void handoff_tcpra(void)
{
    GArray *wanted = g_array_new(FALSE, FALSE, (guint)sizeof(int));

    tcpra_extract_want(wanted);
    tcpra_builtin_want(wanted);
    set_postdissector_wanted_hfids(tcpra_handle, wanted);
    proto_expert_info = proto_get_id_by_filter_name("_ws.expert");
}

void plugin_register(void)
{
    static proto_plugin plugin;

    plugin.register_protoinfo = register_tcpra;
    plugin.register_handoff = handoff_tcpra;
    proto_register_plugin(&plugin);
}
