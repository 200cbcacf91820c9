// SPDX-License-Identifier: GPL-2.0-or-later
/* The packetdrill scripts of the "TCP Fast Retransmission" article. */
#include "knobs.h"
#include "scenario_capture.h"
#include "scenarios.h"

/*
 * Cases 1 and 2: the remote client sends 20-byte segments, one is missing, the
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

void packetdrill_fast_rtx_3dupacks(void) { packetdrill_injected("packetdrill_fast_rtx_3dupacks", 3); }

void packetdrill_fast_rtx_2dupacks(void) { packetdrill_injected("packetdrill_fast_rtx_2dupacks", 2); }

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

void packetdrill_kernel_fast_rtx(void) { packetdrill_kernel("packetdrill_kernel_fast_rtx", 3, 20); }

void packetdrill_kernel_rto_2dupacks(void) { packetdrill_kernel("packetdrill_kernel_rto_2dupacks", 2, MS(213)); }

/*
 * The article's last example: capture at the client, handshake RTT
 * 103.362 ms.  A server segment arrives late, right after the second
 * duplicate ACK asking for it (its IP ID shows it was sent before the two
 * segments that overtook it): reordering, yet Wireshark calls it a fast
 * retransmission.
 */
void packetdrill_reorder_as_fast_rtx(void)
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
