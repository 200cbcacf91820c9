/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Connection attempts and how they ended: a SYN is answered by a SYN-ACK,
 * refused by an RST, or never answered within the capture. */
#ifndef TCPRA_ATTEMPTS_H
#define TCPRA_ATTEMPTS_H

#include <stdbool.h>
#include <stdint.h>

enum tcpra_attempt_event {
    TCPRA_ATTEMPT_NONE,
    TCPRA_ATTEMPT_STARTED,      /* the first SYN (without ACK) of a connection */
    TCPRA_ATTEMPT_ANSWERED,     /* the first SYN-ACK from the other side */
    TCPRA_ATTEMPT_REFUSED,      /* an RST from the other side before any SYN-ACK */
};

struct tcpra_attempts {
    uint8_t *states;            /* per connection (flow index) */
    uint32_t capacity;
};

/* What a segment of connection flow_index, sent by endpoint side (0 or 1),
 * with TCP flags, does to that connection's attempt. Segments must come in
 * capture order. */
enum tcpra_attempt_event tcpra_attempts_observe(struct tcpra_attempts *attempts, uint32_t flow_index,
                                                int side, uint16_t flags);
void tcpra_attempts_free(struct tcpra_attempts *attempts);

#endif
