/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "first_pass.h"

#include "analyzer.h"
#include "builtin.h"
#include "extract.h"
#include "frame_verdicts.h"
#include "prefs.h"

static struct tcpra_analyzer analyzer;
static struct tcpra_config config;
static gboolean builtin_enabled;

void tcpra_first_pass_start(gboolean cause_seen, gboolean comparison_seen)
{
    config = *tcpra_prefs_config();
    config.cause.enabled = config.cause.enabled && cause_seen;
    tcpra_analyzer_init(&analyzer, &config);
    builtin_enabled = comparison_seen && tcpra_builtin_analysis_enabled();
}

const struct tcpra_config *tcpra_first_pass_config(void)
{
    return &config;
}

void tcpra_first_pass_end(void)
{
    tcpra_analyzer_free(&analyzer);
}

void tcpra_first_pass_classify(packet_info *pinfo, proto_tree *tree)
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
        tcpra_frame_verdicts_settle(&verdicts[i], segs[i].frame);
        facts[i] = (struct tcpra_layer_facts){
            .payload_len = segs[i].payload_len,
            .builtin_classes = builtin_enabled ? tcpra_builtin_classes(tree, layer_nums[i]) : 0,
            .tcp_flags = segs[i].flags,
            .builtin_known = builtin_enabled,
        };
    }
    tcpra_frame_verdicts_store(pinfo, verdicts, facts, count);
}

gboolean tcpra_first_pass_endpoints(guint32 connection, struct tcpra_endpoints *out)
{
    return tcpra_analyzer_endpoints(&analyzer, connection, out);
}
