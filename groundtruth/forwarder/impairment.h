/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One direction of the path: what it does to each TCP frame (drop, delay,
 * reorder, duplicate, rewrite its IP ID), decided from the scenario's rules
 * and a seeded generator. Written as comma-separated key=value rules, times
 * in ms:
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
 *   reorder_by=P:N[:MS]  with probability P, hold a frame past its time
 *                        until the n-th frame of this direction to arrive
 *                        after it, or a later one, has left, n drawn from 1
 *                        to N for each frame (N up to 50), but never more
 *                        than MS (default 100) past its time, so it leaves
 *                        even when traffic stops; held frames overtake each
 *                        other (P up to 0.8: most frames held)
 *   spray=K:MS           multipath: each frame takes one of K paths (K up to
 *                        16) at random, path i delayed i*MS/(K-1) more;
 *                        order is kept within a path, not across
 *   rate=MBIT:QUEUE      a bottleneck ahead of the delay: frames leave it at
 *                        MBIT Mbit/s, at most QUEUE of them (up to 4096)
 *                        waiting or being sent; one that finds it full is
 *                        dropped (drop-queue)
 *   duplicate=P          send a second copy with probability P
 *   drop_syn=N           drop the first N SYNs of each connection
 *   drop_byte=OFFSET:N   drop the first N frames of each connection that
 *                        carry byte OFFSET of its stream (0: the first byte)
 *   ip_id=MODE           the IPv4 ID of the frames this direction's host
 *                        sends (ip_id.h), header checksum recomputed:
 *                        linux (the default: the kernel's own); host (one
 *                        counter for all the host's connections, skipping
 *                        IDs now and then as other traffic would: Windows)
 *                        and random (BSD, macOS), written before the tap
 *                        next to the host, as that stack would; zero,
 *                        written after it by a middlebox, so only the other
 *                        side's capture sees zeros
 *
 * START is counted from the first TCP frame of the scenario.
 */
#ifndef GT_IMPAIRMENT_H
#define GT_IMPAIRMENT_H

#include <stdint.h>

#include "ip_id.h"
#include "prng.h"
#include "tcp_frame.h"

#define GT_MAX_WINDOWS 16
#define GT_MAX_FLOWS 4096
#define GT_MAX_PATHS 16
#define GT_MAX_REORDER_BY 50
#define GT_MAX_QUEUE 4096

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
    double reorder_by;
    int reorder_by_frames;
    int64_t reorder_by_max_ns;
    int paths;                 /* spray: 1 when none */
    int64_t path_spread_ns;
    double rate_bits_per_ns;   /* 0: no bottleneck */
    int queue_max;
    struct ip_id_rewriter ip_id;

    struct prng prng;
    int in_burst;
    /* Order is kept, per path, behind the last frame not reordered. */
    int64_t last_release_ns[GT_MAX_PATHS];
    /* The bottleneck: when each frame in it will have been sent (a ring),
     * and when the link is free. */
    int64_t queue_done_ns[GT_MAX_QUEUE];
    int queue_head, queue_len;
    int64_t link_free_ns;
    struct flow_state flows[GT_MAX_FLOWS];
    int n_flows;
};

struct fate {
    const char *drop_reason;   /* NULL: forwarded */
    int64_t release_ns;
    int hold_for;              /* reorder_by: held until this many later frames have left, */
    int64_t hold_deadline_ns;  /* or until then */
    int copied;                /* a second copy follows */
    int64_t copy_release_ns;
};

/* Parses RULES (may be empty); exits with a message on a bad rule. */
void impairment_init(struct impairment *imp, const char *rules, uint64_t seed);
void impairment_decide(struct impairment *imp, const struct tcp_frame *t, int64_t now_ns,
                       int64_t since_start_ns, struct fate *fate);

#endif
