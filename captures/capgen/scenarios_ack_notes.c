// SPDX-License-Identifier: GPL-2.0-or-later
/* ACKs that acknowledge a segment in part (Wireshark 4.4's note) or one whose
 * bytes went out twice (4.6's ambiguous ACK, Karn), one connection a case,
 * with the boundaries of packet-tcp.c: of the segments an ACK ends or cuts,
 * the one sent first decides; an ACK ending a segment exactly does not cut
 * it; a resend marks itself, and the segment it lies within only when it
 * gets as far as the out-of-order test (not a fast retransmission); an
 * out-of-order segment is no resend; segments an ACK retires without ending
 * them exactly count for nothing. Handshake RTT 10 ms: resends come 300 ms
 * after the original. */
#include "scenario_capture.h"
#include "scenarios.h"

/* The client's ISN is isn; returns the time after the handshake. */
static uint64_t open_case(struct conn *c, int n, uint32_t isn)
{
    *c = conn(0, 0, (uint16_t)(40020 + n), 80, isn, 5000);
    return handshake(c, MS(1000) * (uint64_t)n, MS(10));
}

/* Case n: the client sends seq..seq+len (classes), three duplicate ACKs ask
 * for byte 1, and 1..1001 is fast retransmitted; the server ACKs 1001 (its
 * notes) then 2001. */
static void fast_resend(int n, uint32_t seq, uint32_t len, unsigned classes, unsigned notes)
{
    struct conn c;
    uint64_t t = open_case(&c, n, 1000);

    seg(&c, CLI, t + MS(1), PSH | ACK, seq, 1, len, classes);
    for (int i = 0; i < 3; i++)
        seg(&c, SRV, t + MS(11) + MS(1) * (uint64_t)i, ACK, 1, 1, 0, DUP_ACK);
    seg(&c, CLI, t + MS(14), PSH | ACK, 1, 1, 1000, FAST_RTX | RTX);
    seg(&c, SRV, t + MS(24), ACK, 1, 1001, 0, notes);
    seg(&c, SRV, t + MS(25), ACK, 1, 2001, 0, 0);
}

void ack_notes(void)
{
    struct conn c;
    uint64_t t;

    cap_open("ack_notes");

    /* Part of a segment, again, then the rest; the second segment crosses
     * sequence number 0. */
    t = open_case(&c, 0, 0xfffffc00u);
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 2000, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 501, 0, PARTIAL_ACK);
    seg(&c, SRV, t + MS(12), ACK, 1, 1501, 0, PARTIAL_ACK);
    seg(&c, SRV, t + MS(13), ACK, 1, 2001, 0, 0);

    /* An ACK where a segment starts cuts nothing. */
    t = open_case(&c, 1, 1000);
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 1001, 0, 0);
    seg(&c, CLI, t + MS(12), PSH | ACK, 1001, 1, 1000, 0);
    seg(&c, SRV, t + MS(13), ACK, 1, 1001, 0, DUP_ACK);
    seg(&c, SRV, t + MS(22), ACK, 1, 2001, 0, 0);

    /* The same segment sent again after a timeout. */
    t = open_case(&c, 2, 1000);
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    seg(&c, CLI, t + MS(301), PSH | ACK, 1, 1, 1000, RTX);
    seg(&c, SRV, t + MS(311), ACK, 1, 1001, 0, AMBIGUOUS_ACK);

    /* Two segments resent as one: the ACK ends the first original and cuts
     * the resend, then ends both the rest of the resend and the second
     * original; the originals, sent first, decide. */
    t = open_case(&c, 3, 1000);
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    seg(&c, CLI, t + MS(1), PSH | ACK, 1001, 1, 1000, 0);
    seg(&c, CLI, t + MS(301), PSH | ACK, 1, 1, 2000, RTX);
    seg(&c, SRV, t + MS(311), ACK, 1, 1001, 0, 0);
    seg(&c, SRV, t + MS(312), ACK, 1, 2001, 0, 0);

    /* The head of a segment resent after a timeout: it lies within the
     * original, which is marked as sent twice; the ACK of the head cuts it. */
    t = open_case(&c, 4, 1000);
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 2000, 0);
    seg(&c, CLI, t + MS(301), PSH | ACK, 1, 1, 1000, RTX);
    seg(&c, SRV, t + MS(311), ACK, 1, 1001, 0, PARTIAL_ACK | AMBIGUOUS_ACK);
    seg(&c, SRV, t + MS(312), ACK, 1, 2001, 0, AMBIGUOUS_ACK);

    /* Its tail resent: the ACK of the head reaches only the original. */
    t = open_case(&c, 5, 1000);
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 2000, 0);
    seg(&c, CLI, t + MS(301), PSH | ACK, 1001, 1, 1000, RTX);
    seg(&c, SRV, t + MS(311), ACK, 1, 1001, 0, PARTIAL_ACK | AMBIGUOUS_ACK);
    seg(&c, SRV, t + MS(312), ACK, 1, 2001, 0, AMBIGUOUS_ACK);

    /* The head fast retransmitted: the fast test comes before the search
     * for a segment it lies within, so the original is not marked, and
     * decides. */
    fast_resend(6, 1, 2000, 0, PARTIAL_ACK);
    /* A segment never seen, fast retransmitted: the resend decides. */
    fast_resend(7, 1001, 1000, LOST, AMBIGUOUS_ACK);

    /* A segment never seen, arriving out of order: no resend. */
    t = open_case(&c, 8, 1000);
    seg(&c, CLI, t + MS(1), PSH | ACK, 1001, 1, 1000, LOST);
    seg(&c, CLI, t + MS(2), PSH | ACK, 1, 1, 1000, OOO);
    seg(&c, SRV, t + MS(12), ACK, 1, 1001, 0, 0);
    seg(&c, SRV, t + MS(13), ACK, 1, 2001, 0, 0);

    /* A spurious retransmission, answered by a duplicate ACK that ends it. */
    t = open_case(&c, 9, 1000);
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 1001, 0, 0);
    seg(&c, CLI, t + MS(301), PSH | ACK, 1, 1, 1000, SPURIOUS | RTX);
    seg(&c, SRV, t + MS(311), ACK, 1, 1001, 0, DUP_ACK | AMBIGUOUS_ACK);

    /* A resend retired by an ACK beyond it, which ends only new data. */
    t = open_case(&c, 10, 1000);
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    seg(&c, CLI, t + MS(301), PSH | ACK, 1, 1, 1000, RTX);
    seg(&c, CLI, t + MS(302), PSH | ACK, 1001, 1, 1000, 0);
    seg(&c, SRV, t + MS(312), ACK, 1, 2001, 0, 0);

    cap_close();
}
