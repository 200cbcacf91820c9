/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Each verdict: a byte of flags saying which parts follow, then its numbers
 * as LEB128 varints, then, when there is something to explain, the
 * reasons as they are in memory. */
#include "frame_verdicts_pack.h"

#include <string.h>

#include "explain.h"

enum {
    ANALYSED = 0x01,
    SEQUENCE_ANALYSED = 0x02,
    HEADER_COMPLETE = 0x04,
    HAS_OLDEST_UNACKED = 0x08,
    DUPACK_VALUES = 0x10,
    OLDEST_UNACKED_VALUES = 0x20,
    REASONS = 0x40,
    CAUSE = 0x80,
};

static uint8_t *put_varint(uint8_t *out, uint64_t value)
{
    for (; value >= 0x80; value >>= 7)
        *out++ = (uint8_t)(value | 0x80);
    *out++ = (uint8_t)value;
    return out;
}

static const uint8_t *get_varint(const uint8_t *in, uint64_t *value)
{
    *value = 0;
    for (unsigned shift = 0;; shift += 7) {
        uint8_t byte = *in++;

        *value |= (uint64_t)(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return in;
    }
}

static uint32_t get_u32(const uint8_t **in)
{
    uint64_t value;

    *in = get_varint(*in, &value);
    return (uint32_t)value;
}

static uint8_t *put_raw(uint8_t *out, const void *value, size_t size)
{
    memcpy(out, value, size);
    return out + size;
}

static const uint8_t *get_raw(const uint8_t *in, void *value, size_t size)
{
    memcpy(value, in, size);
    return in + size;
}

static bool has_explanation(const struct tcpra_verdict *v)
{
    char text[2];

    tcpra_explain(v, text, sizeof text);
    return text[0] != '\0';
}

/* The cause analysis's verdict: its small fields as bytes, the rest as
 * varints. The vantage point goes with the facts, for every frame. */
static bool has_cause(const struct tcpra_cause *c)
{
    return c->trigger || c->flags || c->settles_frame;
}

static uint8_t *pack_cause(const struct tcpra_cause *c, uint8_t *out)
{
    *out++ = c->trigger;
    *out++ = c->flags;
    *out++ = c->basis;
    *out++ = c->order;
    *out++ = c->unsure;
    *out++ = c->spurious_basis;
    *out++ = c->backoff;
    *out++ = c->settles_basis;
    *out++ = c->settles_all_copies;
    out = put_varint(out, c->original_frame);
    out = put_varint(out, c->previous_frame);
    out = put_varint(out, c->evidence_frame);
    out = put_varint(out, c->signal_frame);
    out = put_varint(out, c->settles_frame);
    out = put_varint(out, c->order_value);
    out = put_varint(out, c->order_reference);
    out = put_varint(out, c->elapsed_ns);
    out = put_varint(out, c->rto_ns);
    out = put_varint(out, c->srtt_ns);
    return put_varint(out, c->pto_ns);
}

static const uint8_t *unpack_cause(const uint8_t *in, struct tcpra_cause *c)
{
    c->trigger = *in++;
    c->flags = *in++;
    c->basis = *in++;
    c->order = *in++;
    c->unsure = *in++;
    c->spurious_basis = *in++;
    c->backoff = *in++;
    c->settles_basis = *in++;
    c->settles_all_copies = *in++;
    c->original_frame = get_u32(&in);
    c->previous_frame = get_u32(&in);
    c->evidence_frame = get_u32(&in);
    c->signal_frame = get_u32(&in);
    c->settles_frame = get_u32(&in);
    c->order_value = get_u32(&in);
    c->order_reference = get_u32(&in);
    in = get_varint(in, &c->elapsed_ns);
    in = get_varint(in, &c->rto_ns);
    in = get_varint(in, &c->srtt_ns);
    return get_varint(in, &c->pto_ns);
}

static uint8_t flags_of(const struct tcpra_verdict *v)
{
    bool oldest_unacked_values = v->oldest_unacked_frame || v->since_oldest_unacked_ns;

    return (uint8_t)((v->analysed ? ANALYSED : 0) | (v->sequence_analysed ? SEQUENCE_ANALYSED : 0) |
                     (v->header_complete ? HEADER_COMPLETE : 0) |
                     (v->has_oldest_unacked ? HAS_OLDEST_UNACKED : 0) |
                     (v->dupack_num || v->dupack_frame ? DUPACK_VALUES : 0) |
                     (oldest_unacked_values ? OLDEST_UNACKED_VALUES : 0) |
                     (has_explanation(v) ? REASONS : 0) | (has_cause(&v->cause) ? CAUSE : 0));
}

static uint8_t *pack_one(const struct tcpra_verdict *v, uint8_t *out)
{
    uint8_t flags = flags_of(v);

    *out++ = flags;
    out = put_varint(out, v->flow_index);
    out = put_varint(out, v->classes);
    if (flags & DUPACK_VALUES) {
        out = put_varint(out, v->dupack_num);
        out = put_varint(out, v->dupack_frame);
    }
    if (flags & OLDEST_UNACKED_VALUES) {
        out = put_varint(out, v->oldest_unacked_frame);
        out = put_varint(out, v->since_oldest_unacked_ns);
    }
    if (flags & REASONS) {
        out = put_raw(out, &v->reasons, sizeof v->reasons);
        out = put_raw(out, &v->dupack_threshold, sizeof v->dupack_threshold);
        out = put_raw(out, &v->fast_rtx_window_ns, sizeof v->fast_rtx_window_ns);
    }
    if (flags & CAUSE)
        out = pack_cause(&v->cause, out);
    return out;
}

static const uint8_t *unpack_one(const uint8_t *in, struct tcpra_verdict *v)
{
    uint8_t flags = *in++;

    memset(v, 0, sizeof *v);
    v->analysed = flags & ANALYSED;
    v->sequence_analysed = flags & SEQUENCE_ANALYSED;
    v->header_complete = flags & HEADER_COMPLETE;
    v->has_oldest_unacked = flags & HAS_OLDEST_UNACKED;
    v->flow_index = get_u32(&in);
    v->classes = get_u32(&in);
    if (flags & DUPACK_VALUES) {
        v->dupack_num = get_u32(&in);
        v->dupack_frame = get_u32(&in);
    }
    if (flags & OLDEST_UNACKED_VALUES) {
        v->oldest_unacked_frame = get_u32(&in);
        in = get_varint(in, &v->since_oldest_unacked_ns);
    }
    if (flags & REASONS) {
        in = get_raw(in, &v->reasons, sizeof v->reasons);
        in = get_raw(in, &v->dupack_threshold, sizeof v->dupack_threshold);
        in = get_raw(in, &v->fast_rtx_window_ns, sizeof v->fast_rtx_window_ns);
    }
    if (flags & CAUSE)
        in = unpack_cause(in, &v->cause);
    return in;
}

size_t tcpra_pack_verdicts(const struct tcpra_verdict *verdicts, unsigned count, uint8_t *out)
{
    uint8_t *end = out;

    *end++ = (uint8_t)count;
    for (unsigned i = 0; i < count; i++)
        end = pack_one(&verdicts[i], end);
    return (size_t)(end - out);
}

unsigned tcpra_packed_count(const uint8_t *in)
{
    return in[0];
}

size_t tcpra_unpack_verdicts(const uint8_t *packed, struct tcpra_verdict *verdicts)
{
    const uint8_t *in = packed;
    unsigned count = *in++;

    for (unsigned i = 0; i < count; i++)
        in = unpack_one(in, &verdicts[i]);
    return (size_t)(in - packed);
}
