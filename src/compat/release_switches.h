/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The rules that changed between Wireshark releases, one switch each:
 *   X(type, member, off, on, in_4_0, in_4_4, in_4_6, title, description)
 * gives its member of struct tcpra_compat_config, which is also its
 * preference tcpra.<member>, the values it takes off and on, and whether
 * each release has it on. On is the newer release's behaviour. A new switch
 * is one line here and its rule. */
#ifndef TCPRA_RELEASE_SWITCHES_H
#define TCPRA_RELEASE_SWITCHES_H

#define TCPRA_RELEASE_SWITCHES(X)                                                                  \
    X(enum tcpra_unseen_rule, ack_unseen_moves_to_ack, TCPRA_UNSEEN_ONCE_PER_HOLE,                 \
      TCPRA_UNSEEN_MOVE_TO_ACK, false, true, true,                                                 \
      "ACKed unseen segment: every time (4.4)",                                                    \
      "On (Wireshark 4.4, 4.6): an ACK beyond the data seen is reported each time, and the "       \
      "boundary moves to it, or past the unacknowledged segments starting there. Off (4.0): "      \
      "reported once per hole, and the peer's duplicate-ACK count is spent.")                      \
    X(bool, zero_window_probe_consumed, false, true, false, true, true,                            \
      "Zero-window probe byte may be taken in (4.4)",                                              \
      "On (4.4, 4.6): a probe ACK may acknowledge the probe's byte (ACK + 1), and an ACK of that " \
      "byte that opens the window again is a window update, not an ACKed unseen segment.")         \
    X(bool, sack_fast_rtx, false, true, false, true, true,                                         \
      "Fast retransmission from SACK (4.4)",                                                       \
      "On (4.4, 4.6): after enough duplicate ACKs, within the fast-retransmit window, a segment "  \
      "that the peer's last SACK blocks do not cover is a fast retransmission, whatever the "      \
      "peer's ACK number.")                                                                        \
    X(bool, sack_relative_edges, false, true, false, true, true,                                   \
      "Wireshark quirk: relative SACK edges (4.4)",                                                \
      "On (4.4, 4.6, at tcp.relative_sequence_numbers TRUE): the SACK test above compares edges "  \
      "relative to the initial sequence number with the segment's absolute sequence number, so "   \
      "almost every segment counts as not covered. Off: compare absolute numbers.")                \
    X(bool, sack_window_update_is_dupack, false, true, false, true, true,                          \
      "Window update with SACK is a duplicate ACK (4.4)",                                          \
      "On (4.4, 4.6): a window update that carries a SACK option counts as a duplicate ACK.")      \
    X(bool, ooo_excludes_unacked, false, true, false, true, true,                                  \
      "Unacknowledged data is never out-of-order (4.4)",                                           \
      "On (4.4, 4.6): a segment lying within one not yet acknowledged is a retransmission, "       \
      "never out-of-order.")                                                                       \
    X(bool, ooo_after_empty_highest, false, true, false, true, true,                               \
      "Out-of-order up to an empty highest segment (4.4)",                                         \
      "On (4.4, 4.6): a segment ending where the highest one did is still out-of-order when "      \
      "that highest one carried no data.")                                                         \
    X(bool, rto_from_matching_segment, false, true, false, true, true,                             \
      "Retransmission refers to the matching segment (4.4)",                                       \
      "On (4.4, 4.6): a retransmission refers to the oldest unacknowledged segment at or above "   \
      "its sequence number. Off (4.0): to the oldest of all.")                                     \
    X(bool, restart_after_close, false, true, false, true, true,                                   \
      "New connection after FIN or RST (4.4)",                                                     \
      "On (4.4, 4.6): a SYN after a FIN-ACK or an RST starts a new connection even with the "      \
      "old initial sequence number (a SYN-ACK too, with the next switch).")                        \
    X(bool, syn_ack_restarts, false, true, false, true, true,                                      \
      "SYN-ACK with a new ISN starts a new connection (4.4)",                                      \
      "On (4.4, 4.6): a SYN-ACK with a new initial sequence number starts a new connection. "      \
      "Off (4.0): it only renumbers its direction.")                                               \
    X(enum tcpra_ooo_clock, ooo_since_peer, TCPRA_OOO_SINCE_HIGHEST, TCPRA_OOO_SINCE_PEER, false,  \
      false, true, "Out-of-order delay from the peer's last packet (4.6)",       \
      "On (4.6): the out-of-order delay runs from the peer's last packet, and a segment stamped "  \
      "before that packet is within any threshold. Off (4.0, 4.4): it runs from the highest "      \
      "segment.")                                                                                  \
    X(bool, partial_ack_note, false, true, false, true, true,                                      \
      "Partial ACK note (4.4)",                                                                    \
      "On (4.4, 4.6): note an ACK that acknowledges a segment only in part (tcpra.partial_ack): "  \
      "of the segments it ends or cuts, the one sent first is cut. Off (4.0): no such note.")      \
    X(bool, ambiguous_ack_note, false, true, false, false, true,                                   \
      "Ambiguous ACK note (4.6)",                                                                  \
      "On (4.6): note an ACK that may answer either of two copies (tcpra.ambiguous_ack, Karn): "   \
      "of the segments it ends or cuts, the one sent first is a retransmission or had one lie "    \
      "within it. Off (4.0, 4.4): no such note.")

#endif
