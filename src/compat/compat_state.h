/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the Wireshark-compatible analysis remembers about one TCP
 * connection: per direction, what it has sent and acknowledged. */
#ifndef TCPRA_COMPAT_STATE_H
#define TCPRA_COMPAT_STATE_H

#include <stdbool.h>
#include <stdint.h>

#include "options.h"
#include "sack.h"
#include "timestamp.h"
#include "unacked.h"

/* Window scale shift of a direction, when not a count of bits. */
#define TCPRA_WSCALE_UNKNOWN (-1)   /* no handshake seen */
#define TCPRA_WSCALE_NONE (-2)      /* handshake seen without scaling */

/* One direction of a connection: what it has sent and acknowledged. */
struct tcpra_direction {
    bool base_seq_set;
    uint32_t base_seq;              /* ISN, or first seq - 1 without a SYN */

    /* The highest sequence number sent plus one; 0 means "nothing yet". */
    uint32_t next_seq;
    uint32_t next_seq_frame;
    tcpra_time next_seq_time;
    /* End of the contiguous data sent, for "ACKed unseen segment". */
    uint32_t max_seq_to_be_acked;

    /* The ACK number and window of this direction's last packet. */
    uint32_t last_ack;
    tcpra_time last_ack_time;
    uint32_t window;                /* unscaled; starts as UINT32_MAX */
    int8_t win_scale;               /* TCPRA_WSCALE_* or a shift */
    bool is_first_ack;              /* a SYN was sent, no pure ACK since */

    /* Duplicate ACKs of last_ack so far; -1 after an "ACKed unseen
     * segment" in the other direction, to report it only once. */
    int32_t dupack_count;
    uint32_t last_nondup_ack_frame;

    uint32_t last_segment_classes;  /* classes of this direction's last packet */
    struct tcpra_sack sack;         /* SACK blocks of its last packet; count 0: none */
    uint32_t last_advance_len;      /* payload of the segment that last moved next_seq */
    struct tcpra_unacked unacked;
};

struct tcpra_compat_connection {
    /* directions[0] sends from the endpoint that sorts first. */
    struct tcpra_direction directions[2];
    tcpra_time last_syn_time;       /* most recent SYN (without ACK); 0: none */
    uint64_t handshake_rtt_ns;      /* SYN to first pure ACK; 0: not measured */
    bool closed;                    /* a FIN-ACK or an RST was seen */
};

void tcpra_compat_connection_init(struct tcpra_compat_connection *conn);
void tcpra_compat_connection_free(struct tcpra_compat_connection *conn);

#endif
