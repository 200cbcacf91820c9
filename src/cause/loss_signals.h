/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The peer's ACKs that told a sender its data had arrived beyond a point
 * (a duplicate ACK, a SACK block reaching further), one entry per clock
 * tick of their TSval. A segment filling a hole whose TSecr is older than
 * the first such ACK for that hole was sent before the sender could know
 * of any loss there (RFC 7323 section 4.3: the echo is the latest TSval
 * the sender had received), so it is no loss repair. */
#ifndef TCPRA_LOSS_SIGNALS_H
#define TCPRA_LOSS_SIGNALS_H

#include <stdbool.h>
#include <stdint.h>

#define TCPRA_LOSS_SIGNAL_TICKS 16

struct tcpra_loss_signals {
    struct {
        uint32_t tsval;         /* the ACKs' TSval */
        uint32_t received_end;  /* how far they said data had arrived, plus one */
    } ticks[TCPRA_LOSS_SIGNAL_TICKS];
    uint8_t count;
};

/* An ACK with TSVAL said data up to RECEIVED_END had arrived beyond its
 * cumulative ACK. When the ticks are full the two oldest merge, keeping
 * the older TSval: a hole's first signal may then seem earlier than it
 * was, never later. */
void tcpra_loss_signals_note(struct tcpra_loss_signals *s, uint32_t tsval, uint32_t received_end);

/* The cumulative ACK reached ACK: signals of arrivals below it concern
 * holes now filled. */
void tcpra_loss_signals_acknowledge(struct tcpra_loss_signals *s, uint32_t ack);

/* The oldest TSval among the signals that data beyond SEQ had arrived;
 * false when none is known. */
bool tcpra_loss_signals_first(const struct tcpra_loss_signals *s, uint32_t seq, uint32_t *tsval);

#endif
