/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The knobs of the Wireshark-compatible analysis. Defaults are Wireshark's
 * own values, so that at defaults TCPRA and the built-in analysis agree
 * frame for frame; the switches that changed between releases can be set as
 * any release has them. */
#ifndef TCPRA_COMPAT_CONFIG_H
#define TCPRA_COMPAT_CONFIG_H

#include <stdbool.h>
#include <stdint.h>

#include "release_switches.h"

enum tcpra_ooo_source {
    /* The handshake RTT when one was measured, else ooo_threshold_ns. */
    TCPRA_OOO_HANDSHAKE_RTT,
    /* Always ooo_threshold_ns. */
    TCPRA_OOO_FIXED,
};

/* What an ACK for bytes the peer was never seen sending does. */
enum tcpra_unseen_rule {
    /* Wireshark 4.0: reported once per hole; the boundary jumps to the
     * highest byte sent, or, when it cannot move, the peer's duplicate-ACK
     * count is spent (-1). */
    TCPRA_UNSEEN_ONCE_PER_HOLE,
    /* Wireshark 4.4: reported each time; the boundary moves to the ACK, or
     * to the end of the unacknowledged segments that start right at it. */
    TCPRA_UNSEEN_MOVE_TO_ACK,
};

/* Where the out-of-order delay starts. */
enum tcpra_ooo_clock {
    TCPRA_OOO_SINCE_HIGHEST,   /* the highest segment (Wireshark 4.0, 4.4) */
    /* The peer's last packet, as a signed difference: a segment stamped
     * before it is within any threshold (Wireshark 4.6). */
    TCPRA_OOO_SINCE_PEER,
};

/* The Wireshark releases whose analysis TCPRA can reproduce. */
enum tcpra_behaviour {
    TCPRA_BEHAVE_4_0,
    TCPRA_BEHAVE_4_4,
    TCPRA_BEHAVE_4_6,
    TCPRA_BEHAVE_COUNT
};

/* Each release switch by name: TCPRA_SWITCH_<member>. */
enum tcpra_release_switch {
#define TCPRA_SWITCH_ID(type, member, ...) TCPRA_SWITCH_##member,
    TCPRA_RELEASE_SWITCHES(TCPRA_SWITCH_ID)
#undef TCPRA_SWITCH_ID
    TCPRA_SWITCH_COUNT
};

/* A release switch as its preference shows it, and where each release has it. */
struct tcpra_switch_info {
    const char *preference, *title, *description;
    bool on_in[TCPRA_BEHAVE_COUNT];
};

extern const struct tcpra_switch_info tcpra_switch_infos[TCPRA_SWITCH_COUNT];

struct tcpra_compat_config {
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

    /* The rules that changed between Wireshark releases, as listed in
     * release_switches.h. The defaults are Wireshark 4.0's;
     * tcpra_config_behave_like() sets another release's. */
#define TCPRA_SWITCH_MEMBER(type, member, ...) type member;
    TCPRA_RELEASE_SWITCHES(TCPRA_SWITCH_MEMBER)
#undef TCPRA_SWITCH_MEMBER
};

/* Wireshark 4.0's analysis. */
void tcpra_compat_config_defaults(struct tcpra_compat_config *config);

/* "4.0", "4.4", "4.6": the value of tcpra.behave_like and of --behave-like. */
extern const char *const tcpra_behaviour_names[TCPRA_BEHAVE_COUNT];
/* The release of that name; false when there is none. */
bool tcpra_behaviour_from_name(const char *name, enum tcpra_behaviour *out);
/* The analysis Wireshark major.minor has: 4.2 is 4.4's, 4.5 and later 4.6's. */
enum tcpra_behaviour tcpra_behaviour_of_release(unsigned major, unsigned minor);

/* Set every switch that differs between releases as that release has it;
 * the thresholds are left alone (release_switches.c). */
void tcpra_config_behave_like(struct tcpra_compat_config *config, enum tcpra_behaviour release);

/* One switch on (the newer release's behaviour) or off, and which it is. */
void tcpra_config_set_switch(struct tcpra_compat_config *config, enum tcpra_release_switch which, bool on);
bool tcpra_config_switch_on(const struct tcpra_compat_config *config, enum tcpra_release_switch which);

/* Whether the peer's duplicate-ACK count (-1: spent) allows a fast
 * retransmission. */
bool tcpra_dupacks_suffice(const struct tcpra_compat_config *config, int32_t dupacks);

#endif
