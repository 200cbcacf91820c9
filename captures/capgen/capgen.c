// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * capgen - writes the TCPRA test captures.
 *
 *   cc -std=c11 -Wall -Wextra -O2 -o capgen *.c
 *   ./capgen OUT_DIR KNOBS_TSV
 *   ./capgen --traffic|--syn-flood|--unacked-flow|--deep-flight OUT.pcap COUNT
 *
 * OUT_DIR and OUT_DIR/expected must exist.  For every scenario (scenarios.h) capgen
 * writes OUT_DIR/<name>.pcap (classic pcap, Ethernet,
 * microsecond timestamps) and OUT_DIR/expected/<name>.tsv, one line
 * "frame<TAB>classes" per frame: the tcp.analysis classes Wireshark 4.0 sets
 * at default preferences.  KNOBS_TSV (knobs.h) receives the expected classes of the
 * retransmissions that follow duplicate ACKs, for every combination of the
 * dupack_threshold and fast_rtx_window_ms settings.
 *
 * Output is fully deterministic: fixed addresses, ISNs and timestamps.
 *
 * With an option, capgen writes one large capture instead (large.h):
 * COUNT packets of realistic traffic, a SYN flood of COUNT flows, one
 * connection of COUNT segments that is never acknowledged, or COUNT packets
 * of one connection with thousands of segments always in flight.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "knobs.h"
#include "large.h"
#include "scenario_capture.h"
#include "scenarios.h"

int main(int argc, char **argv)
{
    static void (*const scenarios[])(void) = {
        fast_rtx_3dupacks, fast_rtx_2dupacks, rtx_1dupack, rtx_25ms_after_dupack,
        knob_grid_4_to_20ms, knob_grid_60_150ms, rto_rtx, ooo_handshake_rtt,
        ooo_vs_fast_rtx, spurious_rtx, keep_alive, zero_window, window_full,
        window_update, lost_segment, ack_unseen_segment, syn_rtx, syn_rst,
        syn_unanswered, seq_wrap, ipv6_fast_rtx, tunnel_rpcap, port_reuse,
        packetdrill_fast_rtx_3dupacks, packetdrill_fast_rtx_2dupacks,
        packetdrill_kernel_fast_rtx, packetdrill_kernel_rto_2dupacks,
        packetdrill_reorder_as_fast_rtx, ack_notes,
    };
    static const struct {
        const char *option;
        void (*write)(const char *path, unsigned long count);
    } large[] = {
        { "--traffic", write_traffic },
        { "--syn-flood", write_syn_flood },
        { "--unacked-flow", write_unacked_flow },
        { "--deep-flight", write_deep_flight },
    };
    for (size_t i = 0; argc == 4 && i < sizeof large / sizeof *large; i++) {
        if (strcmp(argv[1], large[i].option) == 0) {
            large[i].write(argv[2], strtoul(argv[3], NULL, 10));
            return 0;
        }
    }
    if (argc != 3) {
        fprintf(stderr, "usage: capgen OUT_DIR KNOBS_TSV\n"
                        "       capgen --traffic|--syn-flood|--unacked-flow|--deep-flight OUT.pcap COUNT\n");
        return 2;
    }
    cap_set_dir(argv[1]);
    for (size_t i = 0; i < sizeof scenarios / sizeof *scenarios; i++)
        scenarios[i]();
    cap_finish();
    write_knobs(argv[2]);
    return 0;
}
