/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the Wireshark-compatible analysis says about one segment, and why. */
#ifndef TCPRA_COMPAT_VERDICT_H
#define TCPRA_COMPAT_VERDICT_H

#include <stdbool.h>
#include <stdint.h>

#include "compat_config.h"

/* One bit per class. Like Wireshark, a fast or spurious retransmission is
 * also a retransmission; tcpra_class_bits() gives the bits as displayed. */
enum tcpra_class {
    TCPRA_RETRANSMISSION,
    TCPRA_FAST_RETRANSMISSION,
    TCPRA_SPURIOUS_RETRANSMISSION,
    TCPRA_OUT_OF_ORDER,
    TCPRA_LOST_SEGMENT,
    TCPRA_ACK_LOST_SEGMENT,
    TCPRA_DUPLICATE_ACK,
    TCPRA_KEEP_ALIVE,
    TCPRA_KEEP_ALIVE_ACK,
    TCPRA_ZERO_WINDOW,
    TCPRA_ZERO_WINDOW_PROBE,
    TCPRA_ZERO_WINDOW_PROBE_ACK,
    TCPRA_WINDOW_UPDATE,
    TCPRA_WINDOW_FULL,
    TCPRA_REUSED_PORTS,
    /* Notes on an ACK, from Wireshark 4.4 and 4.6 (release_switches.h). */
    TCPRA_PARTIAL_ACK,
    TCPRA_AMBIGUOUS_ACK,
    TCPRA_CLASS_COUNT
};

#define TCPRA_BIT(c) (1u << (c))

/* Where the out-of-order threshold in force came from. */
enum tcpra_ooo_origin {
    TCPRA_OOO_FROM_DEFAULT,     /* no handshake RTT measured */
    TCPRA_OOO_FROM_RTT,         /* the handshake RTT */
    TCPRA_OOO_FROM_FIXED,       /* configured to a fixed value */
};

/* The state the retransmission rules looked at. */
struct tcpra_reasons {
    bool evaluated;             /* data, SYN or FIN: the rules ran */
    bool seq_not_advanced;      /* below the highest sequence number seen */
    int32_t reverse_dupacks;    /* duplicate ACKs counted in the reverse direction */
    uint32_t reverse_ack;       /* the reverse direction's last ACK number */
    bool reverse_ack_matches;   /* ...equals this segment's sequence number */
    uint64_t since_reverse_ns;  /* since the reverse direction's last packet */
    uint64_t since_highest_ns;  /* since the segment with the highest sequence number */
    bool ends_at_next_seq;      /* ends exactly where the highest segment did */
    bool highest_was_empty;     /* the segment that set the highest number had no data */
    uint64_t ooo_threshold_ns;
    enum tcpra_ooo_origin ooo_origin;
    /* What the out-of-order threshold is compared with: since_highest_ns or
     * since_reverse_ns. */
    enum tcpra_ooo_clock ooo_clock;
    bool within_unacked;        /* lies within a segment not yet acknowledged */
    uint8_t reverse_sack_blocks; /* SACK blocks in the reverse direction's last packet */
    bool sack_covers;           /* ...and one of them holds this segment */
};

/* Whether the out-of-order delay is within the threshold. Measured from the
 * peer's last packet it is a signed difference, as in Wireshark 4.6: a
 * segment stamped before that packet is within any threshold. From the
 * highest segment it wraps, as in 4.0 and 4.4, and such a segment is beyond
 * any threshold. */
static inline bool tcpra_ooo_delay_within(const struct tcpra_reasons *r)
{
    if (r->ooo_clock == TCPRA_OOO_SINCE_PEER)
        return (int64_t)r->since_reverse_ns < 0 || r->since_reverse_ns < r->ooo_threshold_ns;
    return r->since_highest_ns < r->ooo_threshold_ns;
}

struct tcpra_compat_verdict {
    bool sequence_analysed;     /* payload length known: the rules ran */
    /* The whole fixed header and every option were captured. When not,
     * Wireshark stops dissecting the header and shows no analysis. */
    bool header_complete;
    uint32_t classes;           /* TCPRA_BIT(class) set */
    uint32_t dupack_num;        /* with TCPRA_DUPLICATE_ACK */
    uint32_t dupack_frame;      /* the ACK this one duplicates */
    /* With TCPRA_RETRANSMISSION (generic): the segment it refers to and the
     * time since that was sent; Wireshark calls this the RTO, though it is
     * no retransmission timer. */
    bool has_oldest_unacked;
    uint32_t oldest_unacked_frame;
    uint64_t since_oldest_unacked_ns;
    struct tcpra_reasons reasons;
};

/* Classes as Wireshark displays them: fast and spurious imply retransmission. */
uint32_t tcpra_class_bits(const struct tcpra_compat_verdict *verdict);

/* "fast_retransmission", as in the filter tcpra.fast_retransmission. */
const char *tcpra_class_name(enum tcpra_class c);
/* "Fast retransmission", for people. */
const char *tcpra_class_title(enum tcpra_class c);

#endif
