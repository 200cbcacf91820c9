/* SPDX-License-Identifier: GPL-2.0-or-later */
/* libFuzzer target: the classifier on anything. The input decodes into a
 * configuration and a run of TCP headers among a few endpoints whose
 * address/port pairs collide: arbitrary sequence and ACK numbers (near the
 * connection's own, half the number space away, or anywhere), flags,
 * windows, header and payload lengths, cut headers, option bytes, and times
 * that jump back and forth. Every verdict is then put in words, compared
 * with a made-up built-in verdict, and packed as the plugin stores it: what
 * unpacks must be what was packed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzer.h"
#include "cause_explain.h"
#include "compare.h"
#include "explain.h"
#include "frame_record.h"
#include "fuzz_input.h"

#define LAYERS 8        /* TCP layers one frame may carry */

static const struct tcpra_address endpoints[4] = {
    {4, 4, {10, 0, 0, 1}},
    {4, 4, {10, 0, 0, 2}},
    {6, 16, {0x20, 0x01, 0x0d, 0xb8, [15] = 1}},
    {6, 16, {0x20, 0x01, 0x0d, 0xb8, [15] = 2}},
};
static const uint16_t ports[4] = {80, 443, 40000, 40001};

struct run {
    struct fuzz_input in;
    uint32_t next_seq[16];      /* by sending endpoint and port */
    uint16_t ip_id[16];
    uint8_t options[40];
    uint32_t frame;
    tcpra_time time;
};

static void read_config(struct fuzz_input *in, struct tcpra_config *c)
{
    uint8_t bits = fuzz_u8(in);
    char text[12] = {0};
    uint64_t parsed;
    char err[100];

    tcpra_config_defaults(c);
    tcpra_config_behave_like(&c->compat, (enum tcpra_behaviour)(bits % TCPRA_BEHAVE_COUNT));
    c->compat.dupack_threshold = 1 + fuzz_u8(in) % 5;
    c->compat.fast_rtx_window_ns = (uint64_t)fuzz_u32(in) * 1000;
    c->compat.ooo_source = bits & 0x10 ? TCPRA_OOO_FIXED : TCPRA_OOO_HANDSHAKE_RTT;
    c->compat.ooo_threshold_ns = (uint64_t)fuzz_u32(in) * 1000;
    c->compat.fast_rtx_supersedes_ooo = bits & 0x20;
    c->compat.unseen_ack_enables_fast_rtx = bits & 0x40;
    c->cause.enabled = !(bits & 0x80);
    c->cause.stack = bits & 0x08 ? TCPRA_STACK_RFC : TCPRA_STACK_LINUX;
    c->cause.dupack_threshold = 1 + fuzz_u8(in) % 5;
    for (size_t i = 0; i + 1 < sizeof text; i++)
        text[i] = (char)fuzz_u8(in);
    if (tcpra_parse_duration_ms(text, "fuzz", &parsed, err, sizeof err) &&
        parsed > (uint64_t)TCPRA_DURATION_MAX_MS * TCPRA_NS_PER_MS)
        abort();
}

static void advance_time(struct run *r)
{
    uint8_t how = fuzz_u8(&r->in);

    if (how < 200)
        r->time += (uint64_t)fuzz_u16(&r->in) * (how & 1 ? 1 : 1000);
    else if (how < 250)
        r->time -= (uint64_t)fuzz_u16(&r->in) * 1000;   /* backwards */
    else
        r->time = fuzz_u64(&r->in);
}

/* Header bytes captured: all, or cut anywhere; options as captured. */
static void read_lengths(struct run *r, struct tcpra_segment *s)
{
    uint8_t lengths = fuzz_u8(&r->in), extra = fuzz_u8(&r->in);

    s->header_len = (uint8_t)((lengths & 0x0F) * 4);
    s->has_payload_len = !(extra & 0x80);
    s->payload_len = s->has_payload_len ? (extra & 0x40 ? fuzz_u32(&r->in) : fuzz_u16(&r->in) % 4000) : 0;
    switch (lengths >> 6) {
    case 2:
        s->captured_len = 16 + fuzz_u8(&r->in) % 48;
        break;
    case 3:
        s->captured_len = fuzz_u16(&r->in);
        break;
    default:
        s->captured_len = s->header_len + (s->has_payload_len ? s->payload_len : fuzz_u16(&r->in));
    }
    if (s->has_payload_len && (uint64_t)s->header_len + s->payload_len < s->captured_len)
        s->captured_len = s->header_len + s->payload_len;
    if (s->captured_len > TCPRA_TCP_MIN_HEADER && s->header_len > TCPRA_TCP_MIN_HEADER) {
        s->options_len = (s->captured_len < s->header_len ? s->captured_len : s->header_len) -
                         TCPRA_TCP_MIN_HEADER;
        for (uint32_t i = 0; i < s->options_len; i++)
            r->options[i] = fuzz_u8(&r->in);
        s->options = r->options;
    }
}

static struct tcpra_segment read_segment(struct run *r)
{
    uint8_t who = fuzz_u8(&r->in), port = fuzz_u8(&r->in);
    unsigned from = (who & 3) * 4 + (port & 3), to = ((who >> 2) & 3) * 4 + ((port >> 2) & 3);
    struct tcpra_segment s = {0};

    s.frame = r->frame;
    s.time = r->time;
    s.src = endpoints[who & 3];
    s.dst = endpoints[(who >> 2) & 3];
    s.src_port = ports[port & 3];
    s.dst_port = ports[(port >> 2) & 3];
    s.seq = fuzz_near(&r->in, r->next_seq[from]);
    s.ack = fuzz_near(&r->in, r->next_seq[to]);
    s.flags = fuzz_u16(&r->in) & TCPRA_TH_MASK;
    s.window = fuzz_u16(&r->in);
    /* IP IDs counting up by a little, repeating, or anything; or IPv6. */
    s.has_ip_id = !(who & 0x80);
    s.ip_id = (uint16_t)(r->ip_id[from] + (port & 0x80 ? fuzz_u16(&r->in) : fuzz_u8(&r->in) % 3));
    r->ip_id[from] = s.ip_id;
    read_lengths(r, &s);
    r->next_seq[from] = s.seq + s.payload_len + (s.flags & (TCPRA_TH_SYN | TCPRA_TH_FIN) ? 1 : 0);
    return s;
}

/* Words at any buffer size, even one byte, and beside any built-in verdict. */
static void describe(const struct tcpra_verdict *v, const struct tcpra_compat_config *config, uint8_t size_choice,
                     uint32_t builtin_bits)
{
    char text[400];
    size_t size = size_choice % 2 ? sizeof text : 1 + size_choice % 64;

    tcpra_describe_classes(&v->compat, text, size);
    tcpra_explain(&v->compat, config, text, size);
    tcpra_describe_class_bits(tcpra_class_bits(&v->compat), text, size);
    if (!tcpra_agrees(builtin_bits, builtin_bits >> 8, &v->compat))
        tcpra_describe_mismatch(builtin_bits, builtin_bits >> 8, &v->compat, config, text, size);
    tcpra_cause_explain(&v->cause, text, size);
    tcpra_cause_explain_settlement(&v->cause, text, size);
    if (tcpra_cause_contradicts(builtin_bits, &v->cause))
        tcpra_describe_contradiction(builtin_bits, &v->cause, text, size);
    if (strlen(text) >= size || !tcpra_ooo_origin_name(v->compat.reasons.ooo_origin) ||
        tcpra_primary_class(builtin_bits) > TCPRA_CLASS_COUNT)
        abort();
}

/* The verdicts as the plugin keeps them: all of each, but the reasons of
 * one with nothing to explain, the cause of one without any, and the
 * settled frames (the plugin settles them at once); a settled verdict packs
 * again in as many bytes. */
static void check_record(const struct tcpra_verdict *verdicts, unsigned count)
{
    uint8_t packed[1 + LAYERS * TCPRA_PACKED_LAYER_MAX], settled[1 + LAYERS * TCPRA_PACKED_LAYER_MAX];
    struct tcpra_verdict expected[LAYERS], unpacked[LAYERS];
    struct tcpra_layer_facts facts[LAYERS], unpacked_facts[LAYERS];

    memcpy(expected, verdicts, count * sizeof *verdicts);
    for (unsigned i = 0; i < count; i++) {
        facts[i] = (struct tcpra_layer_facts){.payload_len = verdicts[i].compat.dupack_frame * 7u,
                                              .builtin_classes = verdicts[i].compat.classes ^ 5u,
                                              .tcp_flags = (uint16_t)verdicts[i].connection,
                                              .builtin_known = i % 2};
        if (!tcpra_has_explanation(&expected[i].compat))
            memset(&expected[i].compat.reasons, 0, sizeof expected[i].compat.reasons);
        if (!expected[i].cause.trigger && !expected[i].cause.flags && !expected[i].cause.settles_frame)
            memset(&expected[i].cause, 0, sizeof expected[i].cause);
        expected[i].settled_frames = NULL;
        expected[i].settled_count = 0;
    }
    size_t packed_len = tcpra_record_pack(verdicts, facts, count, packed);

    if (tcpra_record_count(packed) != count || tcpra_record_unpack(packed, unpacked, unpacked_facts) != packed_len)
        abort();
    for (unsigned i = 0; i < count; i++) {
        const struct tcpra_layer_facts *a = &facts[i], *b = &unpacked_facts[i];

        if (a->payload_len != b->payload_len || a->builtin_classes != b->builtin_classes ||
            a->tcp_flags != b->tcp_flags || a->builtin_known != b->builtin_known)
            abort();
    }
    if (memcmp(expected, unpacked, count * sizeof *unpacked) != 0) {
        fprintf(stderr, "a packed verdict does not unpack as it was: does frame_record.c "
                        "keep every field of struct tcpra_verdict and struct tcpra_layer_facts?\n");
        abort();
    }
    for (unsigned i = 0; i < count; i++) {
        if (tcpra_verdicts_settle(&unpacked[i], 1, &verdicts[i], UINT32_MAX) &&
            tcpra_record_pack(unpacked, unpacked_facts, count, settled) != packed_len) {
            fprintf(stderr, "settling a verdict changed its packed size\n");
            abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct run r = {.in = {data, size}};
    struct tcpra_analyzer analyzer;
    struct tcpra_config config;
    struct tcpra_verdict verdicts[LAYERS];
    unsigned layers = 0;

    read_config(&r.in, &config);
    tcpra_analyzer_init(&analyzer, &config);
    while (fuzz_more(&r.in)) {
        uint8_t step = fuzz_u8(&r.in);
        struct tcpra_segment seg;

        /* A new frame, unless this is another TCP layer of the same one. */
        if (!(step & 0x80) || layers == LAYERS) {
            if (layers)
                check_record(verdicts, layers);
            layers = 0;
            r.frame++;
            advance_time(&r);
        }
        seg = read_segment(&r);
        tcpra_analyze(&analyzer, &seg, &verdicts[layers]);
        describe(&verdicts[layers], &config.compat, step, fuzz_u16(&r.in) & (TCPRA_BIT(TCPRA_CLASS_COUNT) - 1));
        layers++;
    }
    if (layers)
        check_record(verdicts, layers);
    tcpra_analyzer_free(&analyzer);
    return 0;
}
