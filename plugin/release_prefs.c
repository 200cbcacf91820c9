/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "release_prefs.h"

#include "ws_compat.h"

/* Each switch is "auto" (as tcpra.behave_like), on or off; on is always the
 * newer release's behaviour. */
enum { SWITCH_AUTO = -1, SWITCH_OFF = 0, SWITCH_ON = 1 };

static gint behave_like = TCPRA_WS_BEHAVIOUR;

static const enum_val_t releases[] = {
    {"4.0", "Wireshark 4.0", TCPRA_BEHAVE_4_0},
    {"4.4", "Wireshark 4.2 and 4.4", TCPRA_BEHAVE_4_4},
    {"4.6", "Wireshark 4.6", TCPRA_BEHAVE_4_6},
    {NULL, NULL, 0},
};

static const enum_val_t switch_values[] = {
    {"auto", "As the release in tcpra.behave_like", SWITCH_AUTO},
    {"on", "On", SWITCH_ON},
    {"off", "Off", SWITCH_OFF},
    {NULL, NULL, 0},
};

#define SET_BOOL(field) \
    static void set_##field(struct tcpra_config *c, bool on) { c->field = on; }
SET_BOOL(zero_window_probe_consumed)
SET_BOOL(sack_fast_rtx)
SET_BOOL(sack_relative_edges)
SET_BOOL(sack_window_update_is_dupack)
SET_BOOL(ooo_excludes_unacked)
SET_BOOL(ooo_after_empty_highest)
SET_BOOL(original_at_or_above_seq)
SET_BOOL(restart_after_close)
SET_BOOL(syn_ack_restarts)

static void set_ack_unseen_rule(struct tcpra_config *c, bool on)
{
    c->ack_unseen_rule = on ? TCPRA_UNSEEN_MOVE_TO_ACK : TCPRA_UNSEEN_ONCE_PER_HOLE;
}

static void set_ooo_clock(struct tcpra_config *c, bool on)
{
    c->ooo_clock = on ? TCPRA_OOO_SINCE_PEER : TCPRA_OOO_SINCE_HIGHEST;
}

static struct release_switch {
    const char *name, *title, *description;
    void (*set)(struct tcpra_config *config, bool on);
    gint value;
} switches[] = {
    {"ack_unseen_moves_to_ack", "ACKed unseen segment: every time (4.4)",
     "On (Wireshark 4.4, 4.6): an ACK beyond the data seen is reported each time, and the "
     "boundary moves to it, or past the unacknowledged segments starting there. Off (4.0): "
     "reported once per hole, and the peer's duplicate-ACK count is spent.",
     set_ack_unseen_rule, SWITCH_AUTO},
    {"zero_window_probe_consumed", "Zero-window probe byte may be taken in (4.4)",
     "On (4.4, 4.6): a probe ACK may acknowledge the probe's byte (ACK + 1), and an ACK of that "
     "byte that opens the window again is a window update, not an ACKed unseen segment.",
     set_zero_window_probe_consumed, SWITCH_AUTO},
    {"sack_fast_rtx", "Fast retransmission from SACK (4.4)",
     "On (4.4, 4.6): after enough duplicate ACKs, within the fast-retransmit window, a segment "
     "that the peer's last SACK blocks do not cover is a fast retransmission, whatever the "
     "peer's ACK number.",
     set_sack_fast_rtx, SWITCH_AUTO},
    {"sack_relative_edges", "Wireshark quirk: relative SACK edges (4.4)",
     "On (4.4, 4.6, at tcp.relative_sequence_numbers TRUE): the SACK test above compares edges "
     "relative to the initial sequence number with the segment's absolute sequence number, so "
     "almost every segment counts as not covered. Off: compare absolute numbers.",
     set_sack_relative_edges, SWITCH_AUTO},
    {"sack_window_update_is_dupack", "Window update with SACK is a duplicate ACK (4.4)",
     "On (4.4, 4.6): a window update that carries a SACK option counts as a duplicate ACK.",
     set_sack_window_update_is_dupack, SWITCH_AUTO},
    {"ooo_excludes_unacked", "Unacknowledged data is never out-of-order (4.4)",
     "On (4.4, 4.6): a segment lying within one not yet acknowledged is a retransmission, never "
     "out-of-order.",
     set_ooo_excludes_unacked, SWITCH_AUTO},
    {"ooo_after_empty_highest", "Out-of-order up to an empty highest segment (4.4)",
     "On (4.4, 4.6): a segment ending where the highest one did is still out-of-order when that "
     "highest one carried no data.",
     set_ooo_after_empty_highest, SWITCH_AUTO},
    {"rto_from_matching_segment", "Retransmission refers to the matching segment (4.4)",
     "On (4.4, 4.6): a retransmission refers to the oldest unacknowledged segment at or above its "
     "sequence number. Off (4.0): to the oldest of all.",
     set_original_at_or_above_seq, SWITCH_AUTO},
    {"restart_after_close", "New connection after FIN or RST (4.4)",
     "On (4.4, 4.6): a SYN after a FIN-ACK or an RST starts a new connection even with the "
     "old initial sequence number (a SYN-ACK too, with the next switch).",
     set_restart_after_close, SWITCH_AUTO},
    {"syn_ack_restarts", "SYN-ACK with a new ISN starts a new connection (4.4)",
     "On (4.4, 4.6): a SYN-ACK with a new initial sequence number starts a new connection. "
     "Off (4.0): it only renumbers its direction.",
     set_syn_ack_restarts, SWITCH_AUTO},
    {"ooo_since_peer", "Out-of-order delay from the peer's last packet (4.6)",
     "On (4.6): the out-of-order delay runs from the peer's last packet, and a segment stamped "
     "before that packet is within any threshold. Off (4.0, 4.4): it runs from the highest "
     "segment.",
     set_ooo_clock, SWITCH_AUTO},
};

void tcpra_release_prefs_apply(struct tcpra_config *config)
{
    tcpra_config_behave_like(config, behave_like == TCPRA_BEHAVE_4_6   ? TCPRA_BEHAVE_4_6
                                     : behave_like == TCPRA_BEHAVE_4_4 ? TCPRA_BEHAVE_4_4
                                                                       : TCPRA_BEHAVE_4_0);
    for (size_t i = 0; i < G_N_ELEMENTS(switches); i++) {
        if (switches[i].value != SWITCH_AUTO)
            switches[i].set(config, switches[i].value == SWITCH_ON);
    }
}

void tcpra_release_prefs_register(module_t *module)
{
    prefs_register_enum_preference(module, "behave_like", "Behave like Wireshark",
        "The release whose analysis TCPRA reproduces; each switch below left at \"auto\" follows "
        "it. Default: the release TCPRA was built for.",
        &behave_like, releases, FALSE);
    for (size_t i = 0; i < G_N_ELEMENTS(switches); i++)
        prefs_register_enum_preference(module, switches[i].name, switches[i].title,
                                       switches[i].description, &switches[i].value, switch_values,
                                       FALSE);
}
