/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The cause analysis of one segment (cause.h), fed in capture order. */
#ifndef TCPRA_CAUSE_ANALYSIS_H
#define TCPRA_CAUSE_ANALYSIS_H

#include "cause.h"
#include "cause_state.h"
#include "ip_id_order.h"
#include "options.h"
#include "segment.h"
#include "settlement.h"

/* The last packets without data each direction's fingerprints are kept of. */
#define TCPRA_RECENT_BARE 8u

/* The cause state of one connection: its handshake, and the rest once it
 * carries data (allocated then; NULL before, or when out of memory). */
struct tcpra_cause_connection {
    struct tcpra_cause_handshake handshake;
    struct tcpra_cause_senders *senders;
    /* The last packets without data of each direction, as fingerprints of
     * their headers (IP ID included), to know a copy the network made. */
    uint32_t recent_bare[2][TCPRA_RECENT_BARE];
    uint8_t recent_next[2];
    /* How each direction's IP IDs run, from its first packet on. */
    struct tcpra_ip_id_order ip_ids[2];
    /* Its retransmissions, for later evidence to settle. */
    struct tcpra_resend_log resends;
};

/* seg was sent by direction (0 or 1) of conn; options as read from it
 * (none when its header was cut); has_sequence: its payload length is
 * known. The earlier frames out settles go into settled (settlement.h). */
void tcpra_cause_analyze(const struct tcpra_cause_config *config, struct tcpra_cause_connection *conn,
                         int direction, const struct tcpra_segment *seg, const struct tcpra_options *options,
                         bool has_sequence, struct tcpra_cause *out, struct tcpra_frame_list *settled);

void tcpra_cause_connection_free(struct tcpra_cause_connection *conn);

#endif
