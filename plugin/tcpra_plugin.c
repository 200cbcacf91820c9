/* SPDX-License-Identifier: GPL-2.0-or-later */
/* TCP Retransmission Analyzer: a post-dissector that classifies every TCP
 * segment with its own, configurable re-implementation of Wireshark's
 * sequence analysis. */
#define WS_BUILD_DLL
#include <wireshark.h>
#include <epan/packet.h>
#include <epan/proto.h>

#include "analyzer.h"
#include "display.h"
#include "extract.h"
#include "fields.h"
#include "frame_verdicts.h"
#include "prefs.h"

#ifndef TCPRA_VERSION
#define TCPRA_VERSION "0.0.0"
#endif

WS_DLL_PUBLIC_DEF const gchar plugin_version[] = TCPRA_VERSION;
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;
WS_DLL_PUBLIC void plugin_register(void);

static dissector_handle_t tcpra_handle;
static struct tcpra_analyzer analyzer;

static void classify_frame(packet_info *pinfo, proto_tree *tree)
{
    struct tcpra_segment segs[TCPRA_MAX_LAYERS];
    struct tcpra_verdict verdicts[TCPRA_MAX_LAYERS];
    unsigned count = tcpra_extract_segments(pinfo, tree, segs);

    if (count == 0)
        return;
    for (unsigned i = 0; i < count; i++)
        tcpra_analyze(&analyzer, &segs[i], &verdicts[i]);
    tcpra_frame_verdicts_store(pinfo, tcpra_fields.proto, verdicts, count);
}

static int dissect_tcpra(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    const struct tcpra_frame_verdicts *stored;

    if (!PINFO_FD_VISITED(pinfo))
        classify_frame(pinfo, tree);
    stored = tcpra_frame_verdicts_get(pinfo, tcpra_fields.proto);
    if (!stored)
        return 0;
    for (unsigned i = 0; i < stored->count; i++)
        tcpra_display(tvb, pinfo, tree, &stored->verdicts[i]);
    return tvb_captured_length(tvb);
}

/* Each (re-)dissection of a capture starts with no connections, under the
 * preferences then in force. */
static void start_capture(void)
{
    tcpra_analyzer_init(&analyzer, tcpra_prefs_config());
}

static void end_capture(void)
{
    tcpra_analyzer_free(&analyzer);
}

static void register_tcpra(void)
{
    tcpra_fields_register();
    tcpra_prefs_register(tcpra_fields.proto);
    tcpra_handle = create_dissector_handle(dissect_tcpra, tcpra_fields.proto);
    register_postdissector(tcpra_handle);
    register_init_routine(start_capture);
    register_cleanup_routine(end_capture);
}

static void handoff_tcpra(void)
{
    tcpra_extract_register(tcpra_handle);
}

void plugin_register(void)
{
    static proto_plugin plugin;

    plugin.register_protoinfo = register_tcpra;
    plugin.register_handoff = handoff_tcpra;
    proto_register_plugin(&plugin);
}
