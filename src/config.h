/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The knobs of the classifier. Defaults are Wireshark's own values, so that
 * at defaults TCPRA and the built-in analysis agree frame for frame. */
#ifndef TCPRA_CONFIG_H
#define TCPRA_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum tcpra_ooo_source {
    /* The handshake RTT when one was measured, else ooo_threshold_ns. */
    TCPRA_OOO_HANDSHAKE_RTT,
    /* Always ooo_threshold_ns. */
    TCPRA_OOO_FIXED,
};

struct tcpra_config {
    /* A segment is a fast retransmission only after at least this many
     * duplicate ACKs in the reverse direction (Wireshark: 2). */
    unsigned dupack_threshold;
    /* ...and only if it follows the reverse direction's last packet by
     * strictly less than this (Wireshark: 20 ms). */
    uint64_t fast_rtx_window_ns;
    /* Out-of-order: a segment filling a hole less than this after the
     * highest segment (Wireshark: handshake RTT, else 3 ms). */
    enum tcpra_ooo_source ooo_source;
    uint64_t ooo_threshold_ns;
    /* When a segment qualifies as both, test fast retransmission first
     * (Wireshark's tcp.fastrt_supersedes_ooo, default on). */
    bool fast_rtx_supersedes_ooo;
    /* After an "ACKed unseen segment" the peer's dup-ACK count is spent
     * (-1). Wireshark keeps it in an unsigned field, where -1 passes any
     * threshold: the next retransmission of the ACKed byte within the
     * window is called fast. On by default to match; off to count it as 0. */
    bool unseen_ack_enables_fast_rtx;
};

#define TCPRA_DUPACK_THRESHOLD_MIN 1u
#define TCPRA_DUPACK_THRESHOLD_MAX 1000u
/* Durations are given in milliseconds with up to six decimals (1 ns). */
#define TCPRA_DURATION_MAX_MS 3600000u

void tcpra_config_defaults(struct tcpra_config *config);

/* Whether the peer's duplicate-ACK count (-1: spent) allows a fast
 * retransmission. */
bool tcpra_dupacks_suffice(const struct tcpra_config *config, int32_t dupacks);

/* Parse a duration in milliseconds such as "20", "0.5" or "3.000001".
 * On error returns false and writes a message naming `what` into err. */
bool tcpra_parse_duration_ms(const char *text, const char *what, uint64_t *out_ns,
                             char *err, size_t err_size);

/* Check a dup-ACK threshold; same error convention. */
bool tcpra_check_dupack_threshold(unsigned value, char *err, size_t err_size);

#endif
