/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One direction of the path: what it does to each TCP frame (drop, delay,
 * reorder, duplicate), decided from the scenario's rules and a seeded
 * generator. Written as comma-separated key=value rules, times in ms:
 *
 *   loss=P               drop each frame with probability P
 *   burst=ENTER:STAY     Gilbert model: enter a lossy state with probability
 *                        ENTER, stay in it (dropping) with probability STAY
 *   blackout=START:DUR   drop every frame in [START, START+DUR)
 *   stall=START:DUR      hold every frame arriving in [START, START+DUR)
 *                        until its end, then release them in order
 *   delay=MS jitter=MS   one-way delay, plus uniform jitter; order is kept
 *   reorder=P:MS         delay a frame by MS more with probability P, so
 *                        later frames overtake it
 *   duplicate=P          send a second copy with probability P
 *   drop_syn=N           drop the first N SYNs of each connection
 *   drop_byte=OFFSET:N   drop the first N frames of each connection that
 *                        carry byte OFFSET of its stream (0: the first byte)
 *
 * START is counted from the first TCP frame of the scenario.
 */
#ifndef GT_IMPAIRMENT_H
#define GT_IMPAIRMENT_H

#include <stdint.h>

#include "prng.h"
#include "tcp_frame.h"

#define GT_MAX_WINDOWS 16
#define GT_MAX_FLOWS 4096

struct time_window {
    int64_t start_ns, end_ns;
};

struct flow_state {
    unsigned char key[36];
    uint32_t isn;
    int isn_known;
    int syns_dropped;
    int offset_drops;
};

struct impairment {
    double loss, burst_enter, burst_stay, reorder, duplicate;
    int64_t delay_ns, jitter_ns, reorder_extra_ns;
    struct time_window blackouts[GT_MAX_WINDOWS], stalls[GT_MAX_WINDOWS];
    int n_blackouts, n_stalls;
    int drop_syn;
    int64_t drop_byte;    /* -1: none */
    int drop_byte_times;

    struct prng prng;
    int in_burst;
    int64_t last_release_ns;   /* order is kept behind the last frame not reordered */
    struct flow_state flows[GT_MAX_FLOWS];
    int n_flows;
};

struct fate {
    const char *drop_reason;   /* NULL: forwarded */
    int64_t release_ns;
    int copied;                /* a second copy follows */
    int64_t copy_release_ns;
};

/* Parses RULES (may be empty); exits with a message on a bad rule. */
void impairment_init(struct impairment *imp, const char *rules, uint64_t seed);
void impairment_decide(struct impairment *imp, const struct tcp_frame *t, int64_t now_ns,
                       int64_t since_start_ns, struct fate *fate);

#endif
