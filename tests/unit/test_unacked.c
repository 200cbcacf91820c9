/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "unacked.h"

static void acks_retire_covered_segments_in_any_order(void)
{
    struct tcpra_unacked q = {0};

    tcpra_unacked_add(&q, 1, 101, 1, 10, false);
    tcpra_unacked_add(&q, 101, 201, 2, 20, false);
    tcpra_unacked_add(&q, 1, 101, 3, 30, true);     /* a retransmission of frame 1 */
    CHECK_EQ(tcpra_unacked_oldest(&q)->frame, 1);
    tcpra_unacked_acknowledge(&q, 50);          /* partial: nothing retired */
    CHECK_EQ(q.count, 3);
    tcpra_unacked_acknowledge(&q, 101);
    CHECK_EQ(q.count, 1);
    CHECK_EQ(tcpra_unacked_oldest(&q)->frame, 2);
    tcpra_unacked_acknowledge(&q, 500);
    CHECK(tcpra_unacked_oldest(&q) == NULL);
    tcpra_unacked_free(&q);
}

static void acks_compare_across_the_wrap(void)
{
    struct tcpra_unacked q = {0};

    tcpra_unacked_add(&q, 0xFFFFFF00u, 0x10, 1, 10, false);
    tcpra_unacked_acknowledge(&q, 0xFFFFFFF0u);
    CHECK_EQ(q.count, 1);
    tcpra_unacked_acknowledge(&q, 0x10);
    CHECK_EQ(q.count, 0);
    tcpra_unacked_free(&q);
}

static void the_list_is_bounded(void)
{
    struct tcpra_unacked q = {0};
    uint32_t added = 0;

    for (uint32_t i = 0; i < TCPRA_MAX_UNACKED + 5; i++)
        added += tcpra_unacked_add(&q, i * 10, i * 10 + 10, i, i, false);
    CHECK_EQ(added, TCPRA_MAX_UNACKED);
    CHECK_EQ(q.count, TCPRA_MAX_UNACKED);
    tcpra_unacked_acknowledge(&q, 10 * 5000);
    CHECK_EQ(q.count, TCPRA_MAX_UNACKED - 5000);
    CHECK_EQ(tcpra_unacked_oldest(&q)->frame, 5000);
    tcpra_unacked_free(&q);
}

/* Of the segments an ACK ends or cuts, the one sent first decides whether
 * it was cut and whether it went out twice; segments it retires without
 * ending them exactly do not count. */
static void acks_say_what_they_reach(void)
{
    struct tcpra_unacked q = {0};
    struct tcpra_ack_reach r;

    tcpra_unacked_add(&q, 1, 1001, 1, 10, false);
    tcpra_unacked_add(&q, 1001, 2001, 2, 20, false);
    tcpra_unacked_add(&q, 1, 2001, 3, 30, true);    /* both resent as one */
    r = tcpra_unacked_acknowledge(&q, 1);           /* where they start */
    CHECK(!r.reached);
    r = tcpra_unacked_acknowledge(&q, 1001);        /* ends 1, cuts 3: 1 decides */
    CHECK(r.reached && !r.partial && !r.resent);
    CHECK_EQ(tcpra_unacked_newest(&q)->seq, 1001);
    r = tcpra_unacked_acknowledge(&q, 1501);        /* cuts 3 and 2: 2 decides */
    CHECK(r.reached && r.partial && !r.resent);
    tcpra_unacked_free(&q);

    tcpra_unacked_add(&q, 1, 2001, 1, 10, false);
    tcpra_unacked_add(&q, 1, 1001, 2, 20, true);
    tcpra_unacked_newest_spanning(&q, 1, 1001)->resent = true;    /* frame 2 itself */
    CHECK_EQ(tcpra_unacked_newest_spanning(&q, 1, 1001)->frame, 2);
    CHECK_EQ(tcpra_unacked_newest_spanning(&q, 1001, 2001)->frame, 1);
    CHECK(tcpra_unacked_newest_spanning(&q, 1001, 2002) == NULL);
    r = tcpra_unacked_acknowledge(&q, 1001);        /* ends 2, cuts 1: 1 decides */
    CHECK(r.reached && r.partial && !r.resent);
    tcpra_unacked_newest_spanning(&q, 1001, 2001)->resent = true;
    r = tcpra_unacked_acknowledge(&q, 2001);
    CHECK(r.reached && !r.partial && r.resent);
    tcpra_unacked_free(&q);

    tcpra_unacked_add(&q, 1, 1001, 1, 10, true);
    tcpra_unacked_add(&q, 1001, 2001, 2, 20, false);
    r = tcpra_unacked_acknowledge(&q, 2001);        /* retires 1 without ending it */
    CHECK(r.reached && !r.partial && !r.resent);
    tcpra_unacked_free(&q);
}

int main(void)
{
    acks_retire_covered_segments_in_any_order();
    acks_say_what_they_reach();
    acks_compare_across_the_wrap();
    the_list_is_bounded();
    return check_report("unacked");
}
