/* SPDX-License-Identifier: GPL-2.0-or-later */
/* lwIP's account of its retransmissions: every segment it sends again,
 * with the cause lwIP's own state gives at that moment, written as
 *
 *   TIME_NS  SADDR SPORT  DADDR DPORT  CAUSE
 *
 * TIME_NS on CLOCK_MONOTONIC (the clock the lab's tracefs and forwarder
 * use). CAUSE: syn (a SYN-ACK again); fast, the one segment tcp_rexmit_fast
 * moved back to the send queue on the third duplicate ACK (it sets TF_INFR,
 * which only a new ACK clears, so the first segment resent after TF_INFR
 * turns on is that one); rto, any other segment resent while TF_RTO is set
 * (tcp_rexmit_rto_prepare sets it when the timer fires and moves every
 * unacknowledged segment back: the go-back-N copies, until an ACK passes
 * them); "-", anything else lwIP resends (a zero-window probe's byte). */
#ifndef GT_SENT_SEGMENTS_H
#define GT_SENT_SEGMENTS_H

#include <stddef.h>

/* Opens the log at PATH; exits on failure. */
void sent_segments_open(const char *path);
/* An IPv4 packet lwIP is about to send. */
void sent_segments_record(const unsigned char *ip, size_t len);
/* An IPv4 packet lwIP is about to receive: the state before it is what
 * tells whether fast recovery starts while lwIP handles it. */
void sent_segments_before_input(const unsigned char *ip, size_t len);

#endif
