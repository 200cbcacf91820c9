/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A frame's record: its layers' verdicts and facts pack and unpack as they
 * were, in few bytes, and a verdict settled later packs in as many. */
#include <string.h>

#include "check.h"
#include "frame_record.h"
#include "segment.h"
#include "timestamp.h"

enum { LAYERS = 3 };

/* An ACK, a timed-out retransmission of another connection (its reasons
 * and cause kept) and a duplicate ACK of the first connection. */
static void make_layers(struct tcpra_verdict v[LAYERS], struct tcpra_layer_facts f[LAYERS])
{
    memset(v, 0, LAYERS * sizeof *v);
    memset(f, 0, LAYERS * sizeof *f);
    for (int i = 0; i < LAYERS; i++) {
        v[i].analysed = v[i].compat.sequence_analysed = v[i].compat.header_complete = true;
        v[i].connection = i == 1 ? 70000 : 5;
        v[i].direction = (uint8_t)(i % 2);
    }
    f[0] = (struct tcpra_layer_facts){.payload_len = 0, .tcp_flags = TCPRA_TH_ACK, .builtin_known = true};

    v[1].compat.classes = B(RETRANSMISSION);
    v[1].compat.has_oldest_unacked = true;
    v[1].compat.oldest_unacked_frame = 1234567;
    v[1].compat.since_oldest_unacked_ns = 210 * TCPRA_NS_PER_MS;
    v[1].compat.reasons = (struct tcpra_reasons){
        .evaluated = true, .seq_not_advanced = true, .reverse_dupacks = -1, .reverse_ack = 4000000000u,
        .since_reverse_ns = (uint64_t)0 - 5, .since_highest_ns = 1, .within_unacked = true,
        .ooo_threshold_ns = 3 * TCPRA_NS_PER_MS, .ooo_origin = TCPRA_OOO_FROM_RTT,
        .ooo_clock = TCPRA_OOO_SINCE_PEER, .reverse_sack_blocks = 3, .sack_covers = true};
    v[1].cause = (struct tcpra_cause){.trigger = TCPRA_TRIGGER_RTO, .flags = TCPRA_CAUSE_HAS_SRTT,
                                      .vantage = TCPRA_VANTAGE_MIDDLE, .basis = TCPRA_BASIS_TIMER_EXPIRED,
                                      .backoff = 2, .original_frame = 900, .previous_frame = 950,
                                      .elapsed_ns = 830 * TCPRA_NS_PER_MS, .rto_ns = 800 * TCPRA_NS_PER_MS,
                                      .srtt_ns = 12 * TCPRA_NS_PER_MS};
    f[1] = (struct tcpra_layer_facts){.payload_len = 1448, .builtin_classes = B(RETRANSMISSION) | B(ZERO_WINDOW),
                                      .tcp_flags = TCPRA_TH_ACK | TCPRA_TH_PSH | TCPRA_TH_CWR, .builtin_known = true};

    v[2].compat.classes = B(DUPLICATE_ACK);
    v[2].compat.dupack_num = 3;
    v[2].compat.dupack_frame = 17;
    v[2].cause.settles_frame = 12;
    v[2].cause.settles_basis = TCPRA_SPURIOUS_DSACK;
    v[2].cause.settles_all_copies = true;
    f[2] = (struct tcpra_layer_facts){.tcp_flags = TCPRA_TH_ACK};
}

static bool same_facts(const struct tcpra_layer_facts *a, const struct tcpra_layer_facts *b)
{
    return a->payload_len == b->payload_len && a->builtin_classes == b->builtin_classes &&
           a->tcp_flags == b->tcp_flags && a->builtin_known == b->builtin_known;
}

static void layers_round_trip(void)
{
    struct tcpra_verdict v[LAYERS], back[LAYERS];
    struct tcpra_layer_facts f[LAYERS], back_facts[LAYERS];
    uint8_t record[1 + LAYERS * TCPRA_PACKED_LAYER_MAX];
    size_t len;

    make_layers(v, f);
    len = tcpra_record_pack(v, f, LAYERS, record);
    CHECK_EQ(tcpra_record_count(record), LAYERS);
    CHECK_EQ(tcpra_record_unpack(record, back, back_facts), len);
    CHECK(memcmp(v, back, sizeof v) == 0);
    for (int i = 0; i < LAYERS; i++)
        CHECK(same_facts(&f[i], &back_facts[i]));
    /* A plain ACK: count, flags, connection, classes, three facts. */
    CHECK_EQ(tcpra_record_pack(v, f, 1, record), 7);
}

/* What is not kept unpacks as zero: the reasons with nothing to explain,
 * the settled frames. */
static void what_is_not_kept(void)
{
    struct tcpra_verdict v[LAYERS], back[LAYERS];
    struct tcpra_layer_facts f[LAYERS], back_facts[LAYERS];
    uint8_t record[1 + LAYERS * TCPRA_PACKED_LAYER_MAX];
    static const uint32_t settled[] = {12, 9};

    make_layers(v, f);
    v[0].compat.reasons.evaluated = true;
    v[0].compat.reasons.reverse_ack = 77;
    v[2].settled_frames = settled;
    v[2].settled_count = 2;
    tcpra_record_pack(v, f, LAYERS, record);
    tcpra_record_unpack(record, back, back_facts);
    CHECK_EQ(back[0].compat.reasons.reverse_ack, 0);
    CHECK(!back[0].compat.reasons.evaluated);
    CHECK(back[2].settled_frames == NULL);
    CHECK_EQ(back[2].settled_count, 0);
    CHECK_EQ(back[2].cause.settles_frame, 12);
}

/* A D-SACK in frame 2000 settles the retransmission of connection 70000:
 * it becomes spurious, settled later, with 2000 as its evidence, in a
 * record of the same size. A verdict of another connection settles
 * nothing. */
static void settled_in_place(void)
{
    struct tcpra_verdict v[LAYERS], back[LAYERS], settling;
    struct tcpra_layer_facts f[LAYERS], back_facts[LAYERS];
    uint8_t record[1 + LAYERS * TCPRA_PACKED_LAYER_MAX], again[1 + LAYERS * TCPRA_PACKED_LAYER_MAX];
    size_t len;

    make_layers(v, f);
    len = tcpra_record_pack(v, f, LAYERS, record);
    tcpra_record_unpack(record, back, back_facts);
    memset(&settling, 0, sizeof settling);
    settling.connection = 5;
    settling.cause.settles_basis = TCPRA_SPURIOUS_DSACK;
    CHECK(!tcpra_verdicts_settle(back, LAYERS, &settling, 2000));
    settling.connection = 70000;
    CHECK(tcpra_verdicts_settle(back, LAYERS, &settling, 2000));
    CHECK_EQ(back[1].cause.flags, TCPRA_CAUSE_HAS_SRTT | TCPRA_CAUSE_SPURIOUS | TCPRA_CAUSE_SETTLED_LATER);
    CHECK_EQ(back[1].cause.spurious_basis, TCPRA_SPURIOUS_DSACK);
    CHECK_EQ(back[1].cause.evidence_frame, 2000);
    CHECK_EQ(tcpra_record_pack(back, back_facts, LAYERS, again), len);
    tcpra_record_unpack(again, back, back_facts);
    CHECK_EQ(back[1].cause.evidence_frame, 2000);
    CHECK_EQ(back[1].cause.trigger, TCPRA_TRIGGER_RTO);
}

int main(void)
{
    layers_round_trip();
    what_is_not_kept();
    settled_in_place();
    return check_report("frame_record");
}
