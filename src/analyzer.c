/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "analyzer.h"

#include <string.h>

#include "compat_analysis.h"
#include "options.h"

void tcpra_analyzer_init(struct tcpra_analyzer *analyzer, const struct tcpra_config *config)
{
    memset(analyzer, 0, sizeof *analyzer);
    analyzer->config = *config;
}

void tcpra_analyzer_free(struct tcpra_analyzer *analyzer)
{
    tcpra_connection_table_free(&analyzer->connections);
    tcpra_frame_list_free(&analyzer->settled);
}

/* Both analyses of seg, sent by direction of conn. */
static void analyze_in(struct tcpra_analyzer *analyzer, struct tcpra_connection *conn, int direction,
                       bool reused_ports, const struct tcpra_segment *seg, struct tcpra_verdict *verdict)
{
    struct tcpra_options options = tcpra_segment_options(seg);

    verdict->analysed = true;
    verdict->connection = conn->index;
    verdict->direction = (uint8_t)direction;
    tcpra_compat_analyze(&analyzer->config.compat, &conn->compat, direction, seg, &options, reused_ports,
                         &verdict->compat);
    tcpra_cause_analyze(&analyzer->config.cause, &conn->cause, direction, seg, &options, seg->has_payload_len,
                        &verdict->cause, &analyzer->settled);
    verdict->settled_frames = analyzer->settled.frames;
    verdict->settled_count = analyzer->settled.count;
}

/* The state of a connection seen once: its first packet analysed again, on
 * a state as new as when it came, gives the state it left. */
static struct tcpra_connection *rebuild_state(struct tcpra_analyzer *analyzer,
                                              struct tcpra_connection_entry *entry)
{
    struct tcpra_segment first;
    struct tcpra_verdict unused;
    int direction;
    struct tcpra_connection *conn =
        tcpra_connection_table_add_state(&analyzer->connections, entry, &first, &direction);

    if (conn)
        analyze_in(analyzer, conn, direction, false, &first, &unused);
    return conn;
}

void tcpra_analyze(struct tcpra_analyzer *analyzer, const struct tcpra_segment *seg,
                   struct tcpra_verdict *verdict)
{
    struct tcpra_connection_lookup found;
    bool reused_ports;

    memset(verdict, 0, sizeof *verdict);
    if (seg->captured_len < TCPRA_TCP_FIXED_FIELDS)
        return;
    found = tcpra_connection_table_find(&analyzer->connections, seg);
    if (!found.entry)
        return;
    if (found.is_new) {
        /* Its state lasts as long as its verdict takes: the table keeps the
         * packet instead. */
        struct tcpra_connection state;

        tcpra_connection_init(&state, tcpra_connection_table_index(found.entry));
        analyze_in(analyzer, &state, found.direction, false, seg, verdict);
        tcpra_connection_free(&state);
        return;
    }
    if (!found.conn && !(found.conn = rebuild_state(analyzer, found.entry)))
        return;
    /* A new connection on the same ports starts with new states for both
     * analyses. */
    reused_ports = tcpra_compat_starts_anew(&analyzer->config.compat, &found.conn->compat, found.direction, seg);
    if (reused_ports)
        tcpra_connection_table_restart(&analyzer->connections, &found);
    analyze_in(analyzer, found.conn, found.direction, reused_ports, seg, verdict);
}

bool tcpra_analyzer_endpoints(const struct tcpra_analyzer *analyzer, uint32_t index, struct tcpra_endpoints *out)
{
    return tcpra_connection_table_endpoints(&analyzer->connections, index, out);
}
