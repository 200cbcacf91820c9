/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The cause analysis: beside the Wireshark-compatible classes, what really
 * made a segment travel again (a retransmission timeout, loss recovery, a
 * tail-loss probe, a SYN timer), whether it was needed, or whether it was no
 * retransmission at all (an original delivered late, a copy made by the
 * network), from the evidence a modern stack leaves in a capture. It keeps
 * its own state and reads nothing of the Wireshark-compatible verdict. */
#ifndef TCPRA_CAUSE_H
#define TCPRA_CAUSE_H

#include <stdbool.h>
#include <stdint.h>

#include "rtt_estimator.h"

/* What set a retransmission off. */
enum tcpra_cause_trigger {
    TCPRA_TRIGGER_NONE,         /* not a retransmission */
    TCPRA_TRIGGER_RTO,          /* the retransmission timer (RFC 6298) */
    TCPRA_TRIGGER_LOSS_RECOVERY, /* loss recovery: dup ACKs, SACK, RACK (RFC 6675, 8985) */
    TCPRA_TRIGGER_TLP,          /* a tail-loss probe (RFC 8985 section 7) */
    TCPRA_TRIGGER_SYN,          /* the SYN or SYN-ACK timer (RFC 6298 section 5.7) */
    TCPRA_TRIGGER_COUNT
};

/* Where a direction was captured, as its handshake and ACK timing show. */
enum tcpra_vantage {
    TCPRA_VANTAGE_UNKNOWN,
    TCPRA_VANTAGE_SENDER,       /* beside the host sending this direction */
    TCPRA_VANTAGE_RECEIVER,     /* beside the host receiving it */
    TCPRA_VANTAGE_MIDDLE,
};

/* What settled the verdict, for the words shown with it. */
enum tcpra_cause_basis {
    TCPRA_BASIS_NONE,
    TCPRA_BASIS_SYN_AGAIN,          /* a SYN or SYN-ACK sent again */
    TCPRA_BASIS_TIMER_EXPIRED,      /* no ACK progress for an RTO */
    TCPRA_BASIS_RTO_EPISODE,        /* in the recovery after a timeout */
    TCPRA_BASIS_TAIL_PROBE,         /* the last segment resent after a PTO */
    /* The same, when the RTO had expired too: with one segment in flight
     * Linux caps the PTO at the RTO, and a probe and a timeout leave the
     * same trace. Named a probe, a Linux sender's default. */
    TCPRA_BASIS_PROBE_OR_TIMEOUT,
    TCPRA_BASIS_LOSS_SIGNALLED,     /* after dup ACKs or SACK from the peer */
    TCPRA_BASIS_RACK_TIMER,         /* loss detected by time, not by ACKs */
    TCPRA_BASIS_LATE_ORIGINAL,      /* fills a hole, sent before the highest segment */
    TCPRA_BASIS_SAME_PACKET,        /* the same IP packet seen again */
    TCPRA_BASIS_COUNT
};

/* How a verdict's order was read. */
enum tcpra_order_evidence {
    TCPRA_ORDER_NONE,
    TCPRA_ORDER_IP_ID,          /* IPv4 identification, per-connection counter */
    TCPRA_ORDER_TSVAL,          /* RFC 7323 timestamp */
    TCPRA_ORDER_TSECR,          /* its echo, within one tick of the timestamp clock */
    TCPRA_ORDER_BEFORE_SIGNAL,  /* its echo, older than the peer's first ACK telling of a loss there */
    TCPRA_ORDER_TIMING,         /* neither: capture times alone */
};

/* Flags of a cause verdict. */
#define TCPRA_CAUSE_SPURIOUS 0x01u          /* the retransmission was not needed */
#define TCPRA_CAUSE_REORDERED 0x02u         /* a late original, not a retransmission */
#define TCPRA_CAUSE_NETWORK_DUPLICATE 0x04u /* a copy the network made */
#define TCPRA_CAUSE_SETTLED_LATER 0x08u     /* evidence_frame came after this frame */
#define TCPRA_CAUSE_LOW_CONFIDENCE 0x10u    /* the reason is in why_unsure */
#define TCPRA_CAUSE_HAS_SRTT 0x20u          /* srtt_ns and rto_ns hold an estimate */
/* Resent, though the capture never saw the first copy: it fills a hole,
 * sent after the highest segment; or it comes in order, but the IP ID
 * skipped the first copy. */
#define TCPRA_CAUSE_HOLE_FILLED 0x40u
#define TCPRA_CAUSE_AFTER_GAP 0x80u

/* Why a verdict rests on less than it should. */
enum tcpra_unsure {
    TCPRA_UNSURE_NONE,
    TCPRA_UNSURE_NO_RTT,            /* no RTT measured: Linux's initial 1 s RTO */
    TCPRA_UNSURE_OPTIONS_CUT,       /* the capture cut the TCP options */
    TCPRA_UNSURE_TIME_BACKWARDS,    /* the capture's clock went backwards */
    TCPRA_UNSURE_IP_ID_USELESS,     /* ordered by timing: IP IDs zero, random or too few */
    TCPRA_UNSURE_SACK_MALFORMED,    /* SACK blocks ignored since the ACK last advanced */
    TCPRA_UNSURE_NO_ORDER,          /* ordered by timing: no IP ID, no timestamps */
    TCPRA_UNSURE_COUNT
};

/* How the spurious flag was settled. */
enum tcpra_spurious_basis {
    TCPRA_SPURIOUS_NONE,
    TCPRA_SPURIOUS_ALREADY_RECEIVED,    /* the receiver held these bytes already */
    TCPRA_SPURIOUS_DSACK,               /* RFC 2883 D-SACK names them */
    TCPRA_SPURIOUS_EIFEL,               /* the ACK echoes the original's TSval (RFC 3522) */
    TCPRA_SPURIOUS_ORIGINAL_LATE,       /* the first copy arrived after it */
};

struct tcpra_cause {
    uint8_t trigger;            /* enum tcpra_cause_trigger */
    uint8_t flags;              /* TCPRA_CAUSE_* */
    uint8_t vantage;            /* enum tcpra_vantage of the sending direction */
    uint8_t basis;              /* enum tcpra_cause_basis */
    uint8_t order;              /* enum tcpra_order_evidence */
    uint8_t unsure;             /* enum tcpra_unsure */
    uint8_t spurious_basis;     /* enum tcpra_spurious_basis */
    uint8_t backoff;            /* RTO backoffs before this one (0: first timeout) */
    uint32_t original_frame;    /* first transmission of these bytes; 0: not seen */
    uint32_t previous_frame;    /* the retransmission before this one of them; 0: none */
    uint32_t evidence_frame;    /* the frame whose content settled the verdict */
    uint32_t signal_frame;      /* loss recovery: the receiver's first loss signal */
    /* This frame proves the verdict of an earlier one (a D-SACK, an echoed
     * timestamp): which, and what it showed. */
    uint32_t settles_frame;
    uint8_t settles_basis;      /* enum tcpra_spurious_basis */
    /* The first copy arrived, so every retransmission of these bytes
     * before settles_frame was needless too; else only settles_frame. */
    bool settles_all_copies;
    uint32_t order_value, order_reference;  /* IP IDs or TSvals compared */
    uint64_t elapsed_ns;        /* the time the trigger measured */
    uint64_t rto_ns, srtt_ns, pto_ns;
};

struct tcpra_cause_config {
    bool enabled;
    enum tcpra_cause_stack stack;
    /* Duplicate ACKs that start loss recovery (RFC 5681 section 3.2: 3). */
    unsigned dupack_threshold;
};

void tcpra_cause_config_defaults(struct tcpra_cause_config *config);

#endif
