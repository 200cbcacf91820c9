/* SPDX-License-Identifier: GPL-2.0-or-later */
/* How one direction's IPv4 identifications run, to read the order in
 * which its sender sent two packets. Linux counts them per connection (DF
 * packets); Windows keeps one counter per host, so a connection's IDs skip
 * the host's other packets; BSD and macOS draw them at random; a middlebox
 * may zero them. A counter stays a counter however the network reorders
 * it: consecutive packets land near each other, forward or back, where
 * random IDs land within the window a fraction of a percent of the time. */
#ifndef TCPRA_IP_ID_ORDER_H
#define TCPRA_IP_ID_ORDER_H

#include <stdbool.h>
#include <stdint.h>

/* A step between consecutive packets of at most this many, either way, is
 * a counter's: a host-wide counter skips the host's other packets, random
 * IDs fall this near 0.8 % of the time. */
#define TCPRA_IP_ID_NEAR 256

struct tcpra_ip_id_order {
    bool has_last;
    uint16_t last;              /* of the direction's last packet */
    uint16_t newest;            /* the furthest the counter went */
    /* Steps from packet to packet: near either way (a counter, reordered
     * or not), of them exactly one forward (a counter of this connection
     * alone, in order) and backward (reordered), and far or zero (no
     * counter). */
    uint32_t near, unit, back, far;
};

/* The next packet of the direction; without an ID (IPv6), or with zero,
 * nothing. A copy the network made repeats its ID and says nothing of the
 * counter: the caller leaves it out. */
void tcpra_ip_id_note(struct tcpra_ip_id_order *o, bool has_ip_id, uint16_t ip_id);

/* The identifications order the direction's packets. */
static inline bool tcpra_ip_id_orders(const struct tcpra_ip_id_order *o)
{
    return o->near >= 2 && o->near > 2 * o->far;
}

/* ...and a skip of at most TCPRA_IP_ID_NEAR in them is a packet of this
 * connection that never reached the capture: most steps forward are by one,
 * the network seldom reorders (fewer than one step in twenty goes back), so
 * the skipped packet is not merely late, and skips are rare (fewer than one
 * step in ten), as losses are, where a counter the host's other connections
 * share skips whenever they send. */
static inline bool tcpra_ip_id_dense(const struct tcpra_ip_id_order *o)
{
    uint32_t skips = o->near - o->unit - o->back;

    return tcpra_ip_id_orders(o) && o->unit * 2 > o->near && o->back * 20 < o->near && skips * 10 < o->near;
}

/* a was sent before b by the same counter (modulo 2^16). */
static inline bool tcpra_ip_id_before(uint16_t a, uint16_t b)
{
    return (int16_t)(uint16_t)(a - b) < 0;
}

#endif
