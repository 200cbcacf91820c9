// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * capgen - writes the TCPRA test captures.
 *
 *   cc -std=c11 -Wall -Wextra -O2 -o capgen *.c
 *   ./capgen OUT_DIR KNOBS_TSV
 *   ./capgen --traffic|--syn-flood|--unacked-flow|--deep-flight OUT.pcap COUNT
 *
 * OUT_DIR and OUT_DIR/expected must exist.  For every scenario capgen
 * writes OUT_DIR/<name>.pcap (classic pcap, Ethernet,
 * microsecond timestamps) and OUT_DIR/expected/<name>.tsv, one line
 * "frame<TAB>classes" per frame: the tcp.analysis classes Wireshark 4.0 sets
 * at default preferences.  KNOBS_TSV receives the expected classes of the
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
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "large.h"
#include "wire.h"

/* ------------------------------------------------------------------------ */
/* Expected analysis classes.  Bit order is the alphabetical order of the   */
/* names, so printing the set bits in order gives a sorted list.            */

enum {
    ACK_LOST = 1 << 0, DUP_ACK = 1 << 1, FAST_RTX = 1 << 2, KEEP_ALIVE = 1 << 3,
    KEEP_ALIVE_ACK = 1 << 4, LOST = 1 << 5, OOO = 1 << 6, RTX = 1 << 7,
    REUSED = 1 << 8, SPURIOUS = 1 << 9, WIN_FULL = 1 << 10, WIN_UPDATE = 1 << 11,
    ZERO_WIN = 1 << 12, ZWP = 1 << 13, ZWP_ACK = 1 << 14,
};

static const char *const class_names[] = {
    "ack_lost_segment", "duplicate_ack", "fast_retransmission", "keep_alive",
    "keep_alive_ack", "lost_segment", "out_of_order", "retransmission",
    "reused_ports", "spurious_retransmission", "window_full", "window_update",
    "zero_window", "zero_window_probe", "zero_window_probe_ack",
};

#define N_CLASSES (sizeof class_names / sizeof class_names[0])

static void print_classes(FILE *f, unsigned classes)
{
    const char *sep = "";

    if (!classes)
        fputs("-", f);
    for (unsigned i = 0; i < N_CLASSES; i++) {
        if (classes & (1u << i)) {
            fprintf(f, "%s%s", sep, class_names[i]);
            sep = ",";
        }
    }
    fputc('\n', f);
}

/* ------------------------------------------------------------------------ */
/* Capture files                                                            */

#define BASE_SECS 1700000000u         /* 2023-11-14 22:13:20 UTC */
#define MS(x) ((uint64_t)((x) * 1000.0 + 0.5))   /* milliseconds -> microseconds */

static const char *out_dir;

static struct {
    const char *name;
    FILE *pcap, *tsv;
    unsigned frame;                 /* number of the last frame written */
} cap;

static void cap_open(const char *name)
{
    char path[4096];
    cap.name = name;
    cap.frame = 0;
    snprintf(path, sizeof path, "%s/%s.pcap", out_dir, name);
    cap.pcap = open_or_die(path);
    snprintf(path, sizeof path, "%s/expected/%s.tsv", out_dir, name);
    cap.tsv = open_or_die(path);
    pcap_header(cap.pcap, 65535);
}

static void cap_close(void)
{
    fclose(cap.pcap);
    fclose(cap.tsv);
}

/* Writes one frame at t microseconds after BASE_SECS with its expected classes. */
static void emit(uint64_t t, const uint8_t *frame, size_t len, unsigned classes)
{
    pcap_record(cap.pcap, (uint64_t)BASE_SECS * 1000000 + t, frame, len, len);
    fprintf(cap.tsv, "%u\t", ++cap.frame);
    print_classes(cap.tsv, classes);
}

/* ------------------------------------------------------------------------ */
/* Knob table: retransmissions that follow duplicate ACKs                   */

static const int thresholds[] = { 1, 2, 3, 4 };
static const int windows_ms[] = { 5, 20, 100 };

static struct knob_row {
    const char *capture;
    unsigned frame;
    int dups;                       /* duplicate ACKs counted by the peer */
    uint64_t delay;                 /* since the peer's last packet, in us */
    unsigned fallback;              /* classes when it is not fast */
    unsigned other;                 /* classes at every setting (other TCP layer) */
} knob_rows[64];
static size_t n_knob_rows;

/* TCPRA's rule: fast iff enough duplicate ACKs and soon enough after the peer. */
static unsigned rtx_classes(const struct knob_row *r, int threshold, int window_ms)
{
    if (r->dups >= threshold && r->delay < (uint64_t)window_ms * 1000)
        return r->other | FAST_RTX | RTX;
    return r->other | r->fallback;
}

/*
 * Registers the next frame written as a retransmission whose sequence number
 * is the one the peer's duplicate ACKs ask for, and returns its classes at
 * the default settings (threshold 2, window 20 ms).  `other` are classes the
 * frame has at every setting.
 */
static unsigned knob_with(unsigned other, int dups, uint64_t delay, unsigned fallback)
{
    struct knob_row *r = &knob_rows[n_knob_rows++];

    if (n_knob_rows > sizeof knob_rows / sizeof *knob_rows) {
        fputs("capgen: too many knob rows\n", stderr);
        exit(1);
    }
    *r = (struct knob_row){ cap.name, cap.frame + 1, dups, delay, fallback, other };
    return rtx_classes(r, 2, 20);
}

static unsigned knob(int dups, uint64_t delay, unsigned fallback)
{
    return knob_with(0, dups, delay, fallback);
}

static void write_knobs(const char *path)
{
    FILE *f = open_or_die(path);

    fputs("capture\tdupack_threshold\tfast_rtx_window_ms\tframe\tclasses\n", f);
    for (size_t first = 0, end; first < n_knob_rows; first = end) {
        for (end = first; end < n_knob_rows && knob_rows[end].capture == knob_rows[first].capture; end++)
            ;
        for (size_t ti = 0; ti < sizeof thresholds / sizeof *thresholds; ti++)
            for (size_t wi = 0; wi < sizeof windows_ms / sizeof *windows_ms; wi++)
                for (size_t i = first; i < end; i++) {
                    fprintf(f, "%s\t%d\t%d\t%u\t", knob_rows[i].capture, thresholds[ti],
                            windows_ms[wi], knob_rows[i].frame);
                    print_classes(f, rtx_classes(&knob_rows[i], thresholds[ti], windows_ms[wi]));
                }
    }
    fclose(f);
}

static uint8_t frame_buf[65536];

/* Writes a segment with a payload of len bytes and its expected classes. */
static void seg_data(struct conn *c, int dir, uint64_t t, unsigned flags, uint32_t seq,
                     uint32_t ack, const uint8_t *data, size_t len, unsigned classes)
{
    emit(t, frame_buf, build(frame_buf, c, dir, t, flags, seq, ack, data, len), classes);
}

static void seg(struct conn *c, int dir, uint64_t t, unsigned flags, uint32_t seq,
                uint32_t ack, size_t len, unsigned classes)
{
    seg_data(c, dir, t, flags, seq, ack, NULL, len, classes);
}

/* SYN at t, SYN/ACK at t + rtt/2, ACK at t + rtt.  Returns t + rtt. */
static uint64_t handshake(struct conn *c, uint64_t t, uint64_t rtt)
{
    seg(c, CLI, t, SYN, 0, 0, 0, 0);
    seg(c, SRV, t + rtt / 2, SYN | ACK, 0, 1, 0, 0);
    seg(c, CLI, t + rtt, ACK, 1, 1, 0, 0);
    return t + rtt;
}

/* ------------------------------------------------------------------------ */
/* Scenarios                                                                */

/*
 * The client sends 100-byte segment 1 (ACKed), segment 2 is lost before the
 * capture point, then `dups` more segments each answered by a duplicate ACK.
 * Segment 2 is retransmitted `delay` after the last duplicate ACK and the
 * server ACKs everything.  Handshake RTT 0.5 ms, so never out-of-order.
 */
static uint64_t lost_then_dupacks(struct conn *c, uint64_t t, int dups, uint64_t delay)
{
    t = handshake(c, t, MS(0.5));
    seg(c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(c, SRV, t + MS(1.05), ACK, 1, 101, 0, 0);
    for (int i = 0; i < dups; i++) {
        t += MS(1);
        seg(c, CLI, t + MS(1), PSH | ACK, 201 + 100 * i, 1, 100, i ? 0 : LOST);
        seg(c, SRV, t + MS(1.05), ACK, 1, 101, 0, DUP_ACK);
    }
    t = c->last[SRV] + delay;
    seg(c, CLI, t, PSH | ACK, 101, 1, 100, knob(dups, delay, RTX));
    seg(c, SRV, t + MS(0.05), ACK, 1, 201 + 100 * dups, 0, 0);
    return t + MS(0.05);
}

static void one_lost_then_dupacks(const char *name, int dups, uint64_t delay)
{
    struct conn c = conn(0, 0, 40000, 80, 1000, 5000);

    cap_open(name);
    lost_then_dupacks(&c, 0, dups, delay);
    cap_close();
}

static void fast_rtx_3dupacks(void) { one_lost_then_dupacks("fast_rtx_3dupacks", 3, MS(1)); }
static void fast_rtx_2dupacks(void) { one_lost_then_dupacks("fast_rtx_2dupacks", 2, MS(1)); }
static void rtx_1dupack(void) { one_lost_then_dupacks("rtx_1dupack", 1, MS(1)); }
static void rtx_25ms_after_dupack(void) { one_lost_then_dupacks("rtx_25ms_after_dupack", 3, MS(25)); }

/* One connection per (duplicate ACK count 1..5, delay), client port 4DDxx. */
static void knob_grid(const char *name, const double *delays_ms, int n_delays)
{
    uint64_t t = 0;

    cap_open(name);
    for (int dups = 1; dups <= 5; dups++)
        for (int i = 0; i < n_delays; i++) {
            struct conn c = conn(0, 0, (uint16_t)(40000 + 100 * dups + i), 80, 1000u * dups + i, 9000);
            t = lost_then_dupacks(&c, t + MS(500), dups, MS(delays_ms[i]));
        }
    cap_close();
}

static void knob_grid_4_to_20ms(void)
{
    static const double delays[] = { 4, 19.9, 20 };
    knob_grid("knob_grid_4_to_20ms", delays, 3);
}

static void knob_grid_60_150ms(void)
{
    static const double delays[] = { 60, 150 };
    knob_grid("knob_grid_60_150ms", delays, 2);
}

/* Timeout retransmissions without any duplicate ACK, one of them twice. */
static void rto_rtx(void)
{
    struct conn c = conn(0, 0, 40001, 80, 1000, 5000);
    uint64_t t;

    cap_open("rto_rtx");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, CLI, t + MS(1), PSH | ACK, 101, 1, 100, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 101, 0, 0);
    seg(&c, CLI, t + MS(221), PSH | ACK, 101, 1, 100, knob(0, MS(210), RTX));
    seg(&c, SRV, t + MS(231), ACK, 1, 201, 0, 0);
    seg(&c, CLI, t + MS(300), PSH | ACK, 201, 1, 100, 0);
    seg(&c, CLI, t + MS(520), PSH | ACK, 201, 1, 100, RTX);
    seg(&c, CLI, t + MS(960), PSH | ACK, 201, 1, 100, RTX);
    seg(&c, SRV, t + MS(970), ACK, 1, 301, 0, 0);
    cap_close();
}

/*
 * Capture at the receiver, handshake RTT 40 ms.  Segment 2 arrives 5 ms after
 * segment 3 (out-of-order: within the RTT, one duplicate ACK only).  Segment
 * 4 then arrives twice within the RTT: the copy ends at the highest sequence
 * number seen, so it is a plain retransmission, not out-of-order.
 */
static void ooo_handshake_rtt(void)
{
    struct conn c = conn(0, 0, 40002, 80, 1000, 5000);
    uint64_t t;

    cap_open("ooo_handshake_rtt");
    t = handshake(&c, 0, MS(40));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(1.1), ACK, 1, 101, 0, 0);
    seg(&c, CLI, t + MS(2), PSH | ACK, 201, 1, 100, LOST);
    seg(&c, SRV, t + MS(2.1), ACK, 1, 101, 0, DUP_ACK);
    seg(&c, CLI, t + MS(7), PSH | ACK, 101, 1, 100, knob(1, MS(4.9), OOO));
    seg(&c, SRV, t + MS(7.1), ACK, 1, 301, 0, 0);
    seg(&c, CLI, t + MS(10), PSH | ACK, 301, 1, 100, 0);
    seg(&c, CLI, t + MS(12), PSH | ACK, 301, 1, 100, RTX);
    seg(&c, SRV, t + MS(12.1), ACK, 1, 401, 0, 0);
    cap_close();
}

/*
 * Capture at the receiver, handshake RTT 30 ms.  Segment 2 arrives 1 ms
 * after the second duplicate ACK: it qualifies both as a fast retransmission
 * and as out-of-order; the fast retransmission wins.
 */
static void ooo_vs_fast_rtx(void)
{
    struct conn c = conn(0, 0, 40003, 80, 1000, 5000);
    uint64_t t;

    cap_open("ooo_vs_fast_rtx");
    t = handshake(&c, 0, MS(30));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(1.1), ACK, 1, 101, 0, 0);
    seg(&c, CLI, t + MS(2), PSH | ACK, 201, 1, 100, LOST);
    seg(&c, SRV, t + MS(2.1), ACK, 1, 101, 0, DUP_ACK);
    seg(&c, CLI, t + MS(3), PSH | ACK, 301, 1, 100, 0);
    seg(&c, SRV, t + MS(3.1), ACK, 1, 101, 0, DUP_ACK);
    seg(&c, CLI, t + MS(4.1), PSH | ACK, 101, 1, 100, knob(2, MS(1), OOO));
    seg(&c, SRV, t + MS(4.2), ACK, 1, 401, 0, 0);
    cap_close();
}

/* Data retransmitted after it was ACKed; the receiver answers with a dup ACK. */
static void spurious_rtx(void)
{
    struct conn c = conn(0, 0, 40004, 80, 1000, 5000);
    uint64_t t;

    cap_open("spurious_rtx");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, CLI, t + MS(1), PSH | ACK, 101, 1, 100, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 101, 0, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 201, 0, 0);
    seg(&c, CLI, t + MS(300), PSH | ACK, 101, 1, 100, SPURIOUS | RTX);
    seg(&c, SRV, t + MS(310), ACK, 1, 201, 0, DUP_ACK);
    cap_close();
}

/* Zero-length and one-byte keep-alives from the client, one from the server. */
static void keep_alive(void)
{
    struct conn c = conn(0, 0, 40005, 80, 1000, 5000);
    uint64_t t;

    cap_open("keep_alive");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 101, 0, 0);
    seg(&c, CLI, t + MS(45000), ACK, 100, 1, 0, KEEP_ALIVE);
    seg(&c, SRV, t + MS(45010), ACK, 1, 101, 0, KEEP_ALIVE_ACK);
    seg(&c, CLI, t + MS(90000), ACK, 100, 1, 1, KEEP_ALIVE);
    seg(&c, SRV, t + MS(90010), ACK, 1, 101, 0, KEEP_ALIVE_ACK);
    seg(&c, SRV, t + MS(120000), ACK, 0, 101, 0, KEEP_ALIVE);
    seg(&c, CLI, t + MS(120010), ACK, 101, 1, 0, KEEP_ALIVE_ACK);
    cap_close();
}

/*
 * The server's window (3000 bytes, no scaling) fills up and closes, the
 * client sends two one-byte probes, the server reopens the window and the
 * client continues from the probed byte.
 */
static void zero_window(void)
{
    struct conn c = conn(0, 0, 40006, 80, 1000, 5000);
    uint64_t t;

    c.win[SRV] = 3000;
    cap_open("zero_window");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 1001, 0, 0);
    seg(&c, CLI, t + MS(12), ACK, 1001, 1, 1000, 0);
    seg(&c, CLI, t + MS(12), ACK, 2001, 1, 1000, 0);
    seg(&c, CLI, t + MS(12), PSH | ACK, 3001, 1, 1000, WIN_FULL);
    c.win[SRV] = 0;
    seg(&c, SRV, t + MS(22), ACK, 1, 4001, 0, ZERO_WIN);
    seg(&c, CLI, t + MS(230), ACK, 4001, 1, 1, ZWP);
    seg(&c, SRV, t + MS(240), ACK, 1, 4001, 0, ZERO_WIN | ZWP_ACK);
    seg(&c, CLI, t + MS(650), ACK, 4001, 1, 1, ZWP);
    seg(&c, SRV, t + MS(660), ACK, 1, 4001, 0, ZERO_WIN | ZWP_ACK);
    c.win[SRV] = 3000;
    seg(&c, SRV, t + MS(900), ACK, 1, 4001, 0, WIN_UPDATE);
    seg(&c, CLI, t + MS(901), PSH | ACK, 4001, 1, 1000, 0);
    seg(&c, SRV, t + MS(911), ACK, 1, 5001, 0, 0);
    cap_close();
}

/*
 * Window scaling negotiated (client shift 7, server shift 2).  The server
 * advertises 1000 << 2 = 4000 bytes; the client's fourth segment reaches the
 * right edge exactly.
 */
static void window_full(void)
{
    struct conn c = conn(0, 0, 40007, 80, 1000, 5000);
    uint64_t t;

    c.ws[CLI] = 7;
    c.ws[SRV] = 2;
    c.sack_perm = 1;
    cap_open("window_full");
    t = handshake(&c, 0, MS(10));
    c.win[CLI] = 502;
    c.win[SRV] = 1000;
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 1001, 0, 0);
    for (uint32_t s = 1001; s < 5001; s += 1000)
        seg(&c, CLI, t + MS(12), ACK, s, 1, 1000, s == 4001 ? WIN_FULL : 0);
    seg(&c, SRV, t + MS(22), ACK, 1, 5001, 0, 0);
    cap_close();
}

/* The receiver enlarges its window without acknowledging anything new. */
static void window_update(void)
{
    struct conn c = conn(0, 0, 40008, 80, 1000, 5000);
    uint64_t t;

    cap_open("window_update");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    c.win[SRV] = 1000;
    seg(&c, SRV, t + MS(11), ACK, 1, 1001, 0, 0);
    c.win[SRV] = 8000;
    seg(&c, SRV, t + MS(50), ACK, 1, 1001, 0, WIN_UPDATE);
    seg(&c, CLI, t + MS(51), PSH | ACK, 1001, 1, 1000, 0);
    seg(&c, SRV, t + MS(61), ACK, 1, 2001, 0, 0);
    cap_close();
}

/* Segment 2 is not captured; it is retransmitted after one duplicate ACK. */
static void lost_segment(void)
{
    struct conn c = conn(0, 0, 40009, 80, 1000, 5000);
    uint64_t t;

    cap_open("lost_segment");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 101, 0, 0);
    seg(&c, CLI, t + MS(12), PSH | ACK, 201, 1, 100, LOST);
    seg(&c, SRV, t + MS(22), ACK, 1, 101, 0, DUP_ACK);
    seg(&c, CLI, t + MS(230), PSH | ACK, 101, 1, 100, knob(1, MS(208), RTX));
    seg(&c, SRV, t + MS(240), ACK, 1, 301, 0, 0);
    cap_close();
}

/*
 * Segment 2 is ACKed although it was not captured.  The ACK of segment 3
 * is flagged again: the "highest sequence number to be ACKed" only moves
 * along contiguous data, and segment 3 did not start there.
 */
static void ack_unseen_segment(void)
{
    struct conn c = conn(0, 0, 40010, 80, 1000, 5000);
    uint64_t t;

    cap_open("ack_unseen_segment");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 101, 0, 0);
    seg(&c, SRV, t + MS(12), ACK, 1, 201, 0, ACK_LOST);
    seg(&c, CLI, t + MS(13), PSH | ACK, 201, 1, 100, LOST);
    seg(&c, SRV, t + MS(23), ACK, 1, 301, 0, ACK_LOST);
    cap_close();
}

/* The SYN is retransmitted, then the SYN/ACK (the client ACKs it again). */
static void syn_rtx(void)
{
    struct conn c = conn(0, 0, 40011, 80, 1000, 5000);

    cap_open("syn_rtx");
    seg(&c, CLI, 0, SYN, 0, 0, 0, 0);
    seg(&c, CLI, MS(1000), SYN, 0, 0, 0, RTX);
    seg(&c, SRV, MS(1030), SYN | ACK, 0, 1, 0, 0);
    seg(&c, CLI, MS(1030), ACK, 1, 1, 0, 0);
    seg(&c, SRV, MS(2030), SYN | ACK, 0, 1, 0, RTX);
    seg(&c, CLI, MS(2030), ACK, 1, 1, 0, DUP_ACK);
    seg(&c, CLI, MS(2031), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, MS(2061), ACK, 1, 101, 0, 0);
    cap_close();
}

/* A SYN answered by RST; the application retries from the same port (new ISN). */
static void syn_rst(void)
{
    struct conn c = conn(0, 0, 40012, 81, 1000, 0);

    cap_open("syn_rst");
    c.win[SRV] = 0;
    seg(&c, CLI, 0, SYN, 0, 0, 0, 0);
    seg(&c, SRV, MS(0.2), RST | ACK, 0, 1, 0, 0);
    c.isn[CLI] = 777000;
    seg(&c, CLI, MS(1000), SYN, 0, 0, 0, REUSED);
    seg(&c, SRV, MS(1000.2), RST | ACK, 0, 1, 0, 0);
    cap_close();
}

/* A SYN never answered, retransmitted with exponential backoff. */
static void syn_unanswered(void)
{
    struct conn c = conn(0, 0, 40013, 81, 1000, 0);

    cap_open("syn_unanswered");
    seg(&c, CLI, 0, SYN, 0, 0, 0, 0);
    seg(&c, CLI, MS(1000), SYN, 0, 0, 0, RTX);
    seg(&c, CLI, MS(3000), SYN, 0, 0, 0, RTX);
    seg(&c, CLI, MS(7000), SYN, 0, 0, 0, RTX);
    cap_close();
}

/*
 * ISNs just below 2^32: the client's data crosses 0 (at relative 4096) and
 * segment 5001:6001, after the wrap, is lost, fast retransmitted after three
 * duplicate ACKs.  The server's reply crosses 0 too and is later
 * retransmitted spuriously.  Timestamps and window scaling on.
 */
static void seq_wrap(void)
{
    struct conn c = conn(0, 0, 40014, 80, 0xfffff000u, 0xfffffff0u);
    uint64_t t;

    c.timestamps = c.sack_perm = 1;
    c.ws[CLI] = c.ws[SRV] = 7;
    cap_open("seq_wrap");
    t = handshake(&c, 0, MS(2));
    c.win[CLI] = c.win[SRV] = 502;
    for (uint32_t s = 1; s < 5001; s += 1000)
        seg(&c, CLI, t + MS(1), ACK, s, 1, 1000, 0);
    seg(&c, SRV, t + MS(3), ACK, 1, 5001, 0, 0);
    for (uint32_t s = 6001; s < 9001; s += 1000) {
        seg(&c, CLI, t + MS(4), ACK, s, 1, 1000, s == 6001 ? LOST : 0);
        seg(&c, SRV, t + MS(6), ACK, 1, 5001, 0, DUP_ACK);
    }
    seg(&c, CLI, t + MS(6.5), ACK, 5001, 1, 1000, knob(3, MS(0.5), RTX));
    seg(&c, SRV, t + MS(8.5), PSH | ACK, 1, 9001, 32, 0);
    seg(&c, CLI, t + MS(9), ACK, 9001, 33, 0, 0);
    seg(&c, SRV, t + MS(300), PSH | ACK, 1, 9001, 32, SPURIOUS | RTX);
    seg(&c, CLI, t + MS(301), ACK, 9001, 33, 0, DUP_ACK);
    cap_close();
}

static void ipv6_fast_rtx(void)
{
    struct conn c = conn(1, 0, 40015, 443, 1000, 5000);

    c.timestamps = c.sack_perm = 1;
    c.mss[CLI] = c.mss[SRV] = 1440;
    cap_open("ipv6_fast_rtx");
    lost_then_dupacks(&c, 0, 3, MS(2));
    cap_close();
}

/*
 * RPCAP (remote packet capture, TCP port 2002): the server forwards captured
 * Ethernet frames to the client, so each forwarded frame has two TCP layers.
 * The forwarded connection loses a segment, gets three duplicate ACKs and
 * a fast retransmission.  The outer segment that carried the third duplicate
 * ACK is missing from the capture, so the next outer segment is
 * lost_segment (and the inner retransmission follows only two duplicate
 * ACKs, which is still fast); the final outer ACK covers unseen data.
 */
static struct conn tunnel_outer, tunnel_inner;
static uint32_t tunnel_seq;             /* next outer sequence number, server side */

static void rpcap_header(uint8_t *p, uint8_t type, uint32_t plen)
{
    p[0] = 0;                       /* version */
    p[1] = type;
    put16(p + 2, 0);
    put32(p + 4, plen);
}

/*
 * Forwards one inner segment in an RPCAP packet message.  `classes` are those
 * of both TCP layers; `captured` 0 leaves the outer frame out of the capture.
 */
static void tunnel_seg(uint64_t t, int dir, unsigned flags, uint32_t seq, uint32_t ack,
                       size_t len, unsigned classes, int captured)
{
    static uint8_t msg[65536];
    static uint32_t npkt;
    size_t flen = build(msg + 28, &tunnel_inner, dir, t, flags, seq, ack, NULL, len);

    rpcap_header(msg, 7, (uint32_t)(20 + flen));
    put32(msg + 8, BASE_SECS + (uint32_t)(t / 1000000));
    put32(msg + 12, (uint32_t)(t % 1000000));
    put32(msg + 16, (uint32_t)flen);
    put32(msg + 20, (uint32_t)flen);
    put32(msg + 24, ++npkt);
    if (captured)
        seg_data(&tunnel_outer, SRV, t, PSH | ACK, tunnel_seq, 13, msg, 28 + flen, classes);
    tunnel_seq += (uint32_t)(28 + flen);
}

static void tunnel_rpcap(void)
{
    struct conn *o = &tunnel_outer, *in = &tunnel_inner;
    uint8_t open_req[8 + 4], open_reply[8 + 8] = { 0 };
    uint64_t t;

    *o = conn(0, 9, 50002, 2002, 1000, 5000);
    *in = conn(0, 1, 43000, 80, 70000, 90000);
    cap_open("tunnel_rpcap");
    t = handshake(o, 0, MS(1));
    rpcap_header(open_req, 3, 4);
    memcpy(open_req + 8, "eth0", 4);
    seg_data(o, CLI, t + MS(1), PSH | ACK, 1, 1, open_req, sizeof open_req, 0);
    rpcap_header(open_reply, 0x83, 8);
    put32(open_reply + 8, 1);       /* link type: Ethernet */
    seg_data(o, SRV, t + MS(2), PSH | ACK, 1, 13, open_reply, sizeof open_reply, 0);
    tunnel_seq = 17;

    t += MS(10);
    tunnel_seg(t, CLI, SYN, 0, 0, 0, 0, 1);
    tunnel_seg(t + MS(0.2), SRV, SYN | ACK, 0, 1, 0, 0, 1);
    tunnel_seg(t + MS(0.4), CLI, ACK, 1, 1, 0, 0, 1);
    tunnel_seg(t + MS(2), CLI, PSH | ACK, 1, 1, 100, 0, 1);
    tunnel_seg(t + MS(2.1), SRV, ACK, 1, 101, 0, 0, 1);
    tunnel_seg(t + MS(3), CLI, PSH | ACK, 201, 1, 100, LOST, 1);
    tunnel_seg(t + MS(3.1), SRV, ACK, 1, 101, 0, DUP_ACK, 1);
    tunnel_seg(t + MS(4), CLI, PSH | ACK, 301, 1, 100, 0, 1);
    tunnel_seg(t + MS(4.1), SRV, ACK, 1, 101, 0, DUP_ACK, 1);
    tunnel_seg(t + MS(5), CLI, PSH | ACK, 401, 1, 100, 0, 1);
    tunnel_seg(t + MS(5.1), SRV, ACK, 1, 101, 0, 0, 0);
    tunnel_seg(t + MS(6.1), CLI, PSH | ACK, 101, 1, 100, knob_with(LOST, 2, MS(2), RTX), 1);
    tunnel_seg(t + MS(6.2), SRV, ACK, 1, 501, 0, 0, 1);
    seg(o, CLI, t + MS(10), ACK, 13, tunnel_seq, 0, ACK_LOST);
    cap_close();
}

/* A connection closed with FIN, then a new one on the same ports with a new ISN. */
static void port_reuse(void)
{
    struct conn c = conn(0, 0, 40016, 80, 1000, 5000);
    uint64_t t;

    cap_open("port_reuse");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(11), PSH | ACK, 1, 101, 200, 0);
    seg(&c, CLI, t + MS(12), FIN | ACK, 101, 201, 0, 0);
    seg(&c, SRV, t + MS(22), FIN | ACK, 201, 102, 0, 0);
    seg(&c, CLI, t + MS(23), ACK, 102, 202, 0, 0);
    c.isn[CLI] = 2000000;
    c.isn[SRV] = 6000000;
    seg(&c, CLI, t + MS(1000), SYN, 0, 0, 0, REUSED);
    seg(&c, SRV, t + MS(1005), SYN | ACK, 0, 1, 0, 0);
    seg(&c, CLI, t + MS(1010), ACK, 1, 1, 0, 0);
    seg(&c, CLI, t + MS(1011), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(1021), ACK, 1, 101, 0, 0);
    cap_close();
}

/*
 * The packetdrill scripts of the "TCP Fast Retransmission" article.  Cases
 * 1 and 2: the remote client sends 20-byte segments, one is missing, the
 * local server answers with 3 (case 1) or 2 (case 2) duplicate ACKs, then
 * the client sends the missing segment 10 ms later.  Capture at the server.
 */
static void packetdrill_injected(const char *name, int dups)
{
    struct conn c = conn(0, 0, 40100 + dups, 8080, 0, 0x5a5a0000);
    uint64_t t = MS(10);

    c.win[CLI] = 16000;
    cap_open(name);
    seg(&c, CLI, 0, SYN, 0, 0, 0, 0);
    seg(&c, SRV, MS(0.02), SYN | ACK, 0, 1, 0, 0);
    seg(&c, CLI, t, ACK, 1, 1, 0, 0);
    c.win[CLI] = 15000;
    seg(&c, CLI, t, PSH | ACK, 1, 1, 20, 0);
    seg(&c, SRV, t + MS(0.03), ACK, 1, 21, 0, 0);
    for (int i = 0; i < dups; i++) {
        t += MS(10);
        seg(&c, CLI, t, PSH | ACK, 41 + 20 * i, 1, 20, i ? 0 : LOST);
        seg(&c, SRV, t + MS(0.03), ACK, 1, 21, 0, DUP_ACK);
    }
    t += MS(10);
    seg(&c, CLI, t, PSH | ACK, 21, 1, 20, knob(dups, MS(9.97), RTX));
    seg(&c, SRV, t + MS(0.03), ACK, 1, 41 + 20 * dups, 0, 0);
    cap_close();
}

static void packetdrill_fast_rtx_3dupacks(void) { packetdrill_injected("packetdrill_fast_rtx_3dupacks", 3); }
static void packetdrill_fast_rtx_2dupacks(void) { packetdrill_injected("packetdrill_fast_rtx_2dupacks", 2); }

/*
 * Cases 3 and 4: the local server writes 7000 bytes (MSS 1000, sent as
 * 2000+2000+2000+1000), the client ACKs 2001 and repeats it 3 times (case 3:
 * the kernel fast retransmits) or 2 times (case 4: the kernel waits for the
 * retransmission timeout, 213 ms).
 */
static void packetdrill_kernel(const char *name, int dups, uint64_t delay)
{
    struct conn c = conn(0, 0, 40200 + dups, 8080, 0, 0x6b6b0000);

    c.win[CLI] = 10000;
    c.mss[CLI] = 1000;
    cap_open(name);
    seg(&c, CLI, 0, SYN, 0, 0, 0, 0);
    seg(&c, SRV, MS(0.02), SYN | ACK, 0, 1, 0, 0);
    seg(&c, CLI, MS(10), ACK, 1, 1, 0, 0);
    for (uint32_t s = 1; s < 7001; s += 2000)
        seg(&c, SRV, MS(20), s == 6001 ? PSH | ACK : ACK, s, 1, s == 6001 ? 1000 : 2000, 0);
    seg(&c, CLI, MS(30), ACK, 1, 2001, 0, 0);
    for (int i = 0; i < dups; i++)
        seg(&c, CLI, MS(30), ACK, 1, 2001, 0, DUP_ACK);
    seg(&c, SRV, MS(30) + delay, ACK, 2001, 1, 1000, knob(dups, delay, RTX));
    cap_close();
}

static void packetdrill_kernel_fast_rtx(void) { packetdrill_kernel("packetdrill_kernel_fast_rtx", 3, 20); }
static void packetdrill_kernel_rto_2dupacks(void) { packetdrill_kernel("packetdrill_kernel_rto_2dupacks", 2, MS(213)); }

/*
 * The article's last example: capture at the client, handshake RTT
 * 103.362 ms.  A server segment arrives late, right after the second
 * duplicate ACK asking for it (its IP ID shows it was sent before the two
 * segments that overtook it): reordering, yet Wireshark calls it a fast
 * retransmission.
 */
static void packetdrill_reorder_as_fast_rtx(void)
{
    struct conn c = conn(0, 0, 40300, 80, 0x11110000, 0x22220000);
    uint64_t t = MS(103.362);
    uint16_t delayed_id;

    c.mss[CLI] = c.mss[SRV] = 1440;
    cap_open("packetdrill_reorder_as_fast_rtx");
    seg(&c, CLI, 0, SYN, 0, 0, 0, 0);
    seg(&c, SRV, t, SYN | ACK, 0, 1, 0, 0);
    seg(&c, CLI, t, ACK, 1, 1, 0, 0);
    seg(&c, CLI, t, PSH | ACK, 1, 1, 100, 0);
    t += MS(103.4);
    seg(&c, SRV, t, ACK, 1, 101, 1440, 0);
    seg(&c, SRV, t + MS(0.01), ACK, 1441, 101, 1440, 0);
    seg(&c, CLI, t + MS(0.05), ACK, 101, 2881, 0, 0);
    seg(&c, SRV, t + MS(0.1), ACK, 2881, 101, 1440, 0);
    seg(&c, CLI, t + MS(0.15), ACK, 101, 4321, 0, 0);
    delayed_id = c.ipid[SRV]++;
    seg(&c, SRV, t + MS(0.2), ACK, 5761, 101, 1440, LOST);
    seg(&c, CLI, t + MS(0.25), ACK, 101, 4321, 0, DUP_ACK);
    seg(&c, SRV, t + MS(0.3), ACK, 7201, 101, 1440, 0);
    seg(&c, CLI, t + MS(0.35), ACK, 101, 4321, 0, DUP_ACK);
    c.ipid[SRV] = delayed_id;
    seg(&c, SRV, t + MS(0.351), ACK, 4321, 101, 1440, knob(2, 1, OOO));
    seg(&c, CLI, t + MS(0.4), ACK, 101, 8641, 0, 0);
    cap_close();
}

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
        packetdrill_reorder_as_fast_rtx,
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
    out_dir = argv[1];
    for (size_t i = 0; i < sizeof scenarios / sizeof *scenarios; i++)
        scenarios[i]();
    write_knobs(argv[2]);
    return 0;
}
