/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "unacked.h"

static void acks_retire_covered_segments_in_any_order(void)
{
    struct tcpra_unacked q = {0};

    tcpra_unacked_add(&q, 1, 101, 1, 10);
    tcpra_unacked_add(&q, 101, 201, 2, 20);
    tcpra_unacked_add(&q, 1, 101, 3, 30);      /* a retransmission of frame 1 */
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

    tcpra_unacked_add(&q, 0xFFFFFF00u, 0x10, 1, 10);
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
        added += tcpra_unacked_add(&q, i * 10, i * 10 + 10, i, i);
    CHECK_EQ(added, TCPRA_MAX_UNACKED);
    CHECK_EQ(q.count, TCPRA_MAX_UNACKED);
    tcpra_unacked_acknowledge(&q, 10 * 5000);
    CHECK_EQ(q.count, TCPRA_MAX_UNACKED - 5000);
    CHECK_EQ(tcpra_unacked_oldest(&q)->frame, 5000);
    tcpra_unacked_free(&q);
}

int main(void)
{
    acks_retire_covered_segments_in_any_order();
    acks_compare_across_the_wrap();
    the_list_is_bounded();
    return check_report("unacked");
}
