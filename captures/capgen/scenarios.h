// SPDX-License-Identifier: GPL-2.0-or-later
/* The scenarios: each writes one capture and its expected classes, and
 * registers its retransmissions after duplicate ACKs in the knob table. */
#ifndef CAPGEN_SCENARIOS_H
#define CAPGEN_SCENARIOS_H

/* Retransmissions (scenarios_retransmission.c). */
void fast_rtx_3dupacks(void);
void fast_rtx_2dupacks(void);
void rtx_1dupack(void);
void rtx_25ms_after_dupack(void);
void knob_grid_4_to_20ms(void);
void knob_grid_60_150ms(void);
void rto_rtx(void);
void ooo_handshake_rtt(void);
void ooo_vs_fast_rtx(void);
void spurious_rtx(void);
void seq_wrap(void);
void ipv6_fast_rtx(void);

/* Keep-alives and the receive window (scenarios_window.c). */
void keep_alive(void);
void zero_window(void);
void window_full(void);
void window_update(void);

/* Segments the capture missed (scenarios_capture_loss.c). */
void lost_segment(void);
void ack_unseen_segment(void);

/* Opening connections (scenarios_connection.c). */
void syn_rtx(void);
void syn_rst(void);
void syn_unanswered(void);
void port_reuse(void);

/* Partial and ambiguous ACKs, 4.4's and 4.6's notes (scenarios_ack_notes.c). */
void ack_notes(void);

/* Two TCP layers in one frame (scenarios_tunnel.c). */
void tunnel_rpcap(void);

/* The article's packetdrill scripts (scenarios_packetdrill.c). */
void packetdrill_fast_rtx_3dupacks(void);
void packetdrill_fast_rtx_2dupacks(void);
void packetdrill_kernel_fast_rtx(void);
void packetdrill_kernel_rto_2dupacks(void);
void packetdrill_reorder_as_fast_rtx(void);

#endif
