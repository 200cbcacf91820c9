/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the cause analysis remembers of a connection, apart from the
 * Wireshark-compatible state (compat/), whose quirks it does not share. A
 * connection gets it with its first data: one that never carries any keeps
 * only its handshake's times (struct tcpra_cause_handshake). */
#ifndef TCPRA_CAUSE_STATE_H
#define TCPRA_CAUSE_STATE_H

#include <stdbool.h>
#include <stdint.h>

#include "ack_advances.h"
#include "cause.h"
#include "loss_signals.h"
#include "rtt_estimator.h"
#include "sent_ranges.h"
#include "timestamp.h"

/* A direction's SYN (or SYN-ACK) and the handshake's times. */
struct tcpra_cause_syn {
    bool seen;
    uint32_t isn;
    uint32_t first_frame, last_frame;
    tcpra_time first_time, last_time;
    bool has_ts;
    uint32_t first_tsval, last_tsval;
    uint16_t last_ip_id;            /* 0: none (IPv6, or zeroed) */
    uint8_t copies;
    uint32_t answered_frame;        /* the peer's packet acknowledging it; 0: none yet */
    bool synack;                    /* it was a SYN-ACK */
    bool sack_permitted;
};

struct tcpra_cause_handshake {
    struct tcpra_cause_syn syn[2];  /* by direction */
    /* The third packet: the SYN's sender acknowledging the SYN-ACK. */
    tcpra_time completed_time;
    bool completed;
    uint8_t client;                 /* the direction that sent the SYN */
    uint8_t vantage[2];             /* enum tcpra_vantage, by direction */
    uint64_t rtt_ns;                /* SYN to third ACK */
};

/* Both SYNs offered SACK: the connection uses it. */
static inline bool tcpra_cause_sack_on(const struct tcpra_cause_handshake *h)
{
    return h->syn[0].sack_permitted && h->syn[1].sack_permitted;
}

/* One direction as a data sender, with what its peer's ACKs said of it. */
struct tcpra_cause_direction {
    struct tcpra_sent_ranges sent;
    bool data_seen;
    uint32_t high_end;              /* highest sequence number seen sent, plus one */
    struct tcpra_sent_copy high;    /* the segment that set it */
    bool high_has_ip_id, high_has_ts;

    /* The last packet of this direction, any kind. */
    tcpra_time last_time;
    tcpra_time last_data_time;      /* of its last segment with data */

    /* The peer's ACKs of this direction's data. */
    bool acked_any;
    uint32_t acked;                 /* cumulative ACK */
    tcpra_time progress_time;       /* when the cumulative ACK last advanced */
    tcpra_time timer_start;         /* when the sender's RTO timer was last armed */
    tcpra_time rearm_time;          /* when its own timeout or probe last re-armed it */
    struct tcpra_ack_advances ack_advances;
    uint32_t dupacks;               /* duplicate ACKs since */
    tcpra_time dupacks_enough_time; /* when they reached the duplicate-ACK threshold */
    uint32_t sacked_high;           /* highest SACKed byte + 1 since; acked when none */
    tcpra_time loss_signal_time;    /* the first dup ACK or SACK since; 0: none */
    bool sack_malformed;            /* a SACK block ignored since */
    uint32_t loss_signal_frame;
    /* The TSvals of those that told of data beyond a hole, per hole still
     * open, the cumulative ACK's advance notwithstanding. */
    struct tcpra_loss_signals loss_signals;

    /* Timers as the sender runs them. */
    struct tcpra_rtt_estimator rtt;
    /* The two halves of a round trip as seen here (smoothed, 1/8): from
     * this direction's data to the peer's ACK of it, and from the peer's
     * ACK to the new data it releases. Their sum is the round trip at any
     * vantage point. */
    uint64_t data_to_ack_ns, ack_to_data_ns;
    bool has_data_to_ack, has_ack_to_data;
    bool awaiting_release;          /* the ACK advanced; no new data since */
    /* This direction's current TSval, when first seen, and whether the peer
     * echoed it yet: the first echo times the peer's answer (RFC 7323
     * section 4.1). */
    uint32_t ts_value;
    tcpra_time ts_first_seen;
    bool ts_seen, ts_echoed;

    /* The recovery episode after a timeout (RFC 6298 section 5; RFC 5682
     * F-RTO aside): retransmissions stay "rto" until recovery_point is
     * acknowledged. */
    bool in_rto_recovery;
    uint32_t recovery_point;
    /* The timeout resent data whose first copy the capture never saw: the
     * sender's highest sequence number lies beyond what was seen, where the
     * next new data starts. */
    bool recovery_point_unseen;
    uint8_t backoff;                /* timeouts since the ACK last advanced */
    /* Loss recovery (RFC 6675 section 5; Linux's Recovery state): from the
     * first retransmission it sends until recovery_high, the highest
     * sequence number then, is acknowledged. No probe is sent in it. */
    bool in_loss_recovery;
    uint32_t loss_recovery_high;
    /* A tail-loss probe is out: one at a time, until an ACK reaches
     * probe_high, the highest sequence number when it was sent, or a timeout
     * (RFC 8985 section 7.4; Linux tcp_process_tlp_ack). */
    bool probe_out;
    uint32_t probe_high;

    uint8_t vantage;                /* enum tcpra_vantage */
};

struct tcpra_cause_senders {
    struct tcpra_cause_direction dir[2];
};

void tcpra_cause_direction_free(struct tcpra_cause_direction *d);

#endif
