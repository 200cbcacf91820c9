/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Each layer: a byte of flags saying which parts follow, then its numbers
 * as LEB128 varints, small enumerations as bytes. Nothing is copied as it
 * lies in memory: no padding, no host byte order. */
#include "frame_record.h"

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

/* The reasons' booleans, in one byte. */
enum {
    EVALUATED = 0x01,
    SEQ_NOT_ADVANCED = 0x02,
    REVERSE_ACK_MATCHES = 0x04,
    ENDS_AT_NEXT_SEQ = 0x08,
    HIGHEST_WAS_EMPTY = 0x10,
    WITHIN_UNACKED = 0x20,
    SACK_COVERS = 0x40,
};

#define BYTE_FIELD(type, member) (sizeof(((type *)0)->member) == 1)
_Static_assert(BYTE_FIELD(struct tcpra_cause, trigger) && BYTE_FIELD(struct tcpra_cause, flags) &&
                   BYTE_FIELD(struct tcpra_cause, basis) && BYTE_FIELD(struct tcpra_cause, order) &&
                   BYTE_FIELD(struct tcpra_cause, unsure) && BYTE_FIELD(struct tcpra_cause, spurious_basis) &&
                   BYTE_FIELD(struct tcpra_cause, backoff) && BYTE_FIELD(struct tcpra_cause, settles_basis) &&
                   BYTE_FIELD(struct tcpra_cause, vantage),
               "the cause's small fields pack as one byte each");
_Static_assert(TCPRA_CLASS_COUNT <= 32, "classes pack as one 32-bit varint");
_Static_assert(sizeof(((struct tcpra_reasons *)0)->reverse_sack_blocks) == 1, "SACK blocks pack as a byte");

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

static uint64_t get_u64(const uint8_t **in)
{
    uint64_t value;

    *in = get_varint(*in, &value);
    return value;
}

/* A frame number at a fixed width, so that settling keeps the size. */
static uint8_t *put_fixed32(uint8_t *out, uint32_t value)
{
    for (int i = 0; i < 4; i++)
        *out++ = (uint8_t)(value >> (8 * i));
    return out;
}

static uint32_t get_fixed32(const uint8_t **in)
{
    uint32_t value = 0;

    for (int i = 0; i < 4; i++)
        value |= (uint32_t)(*in)[i] << (8 * i);
    *in += 4;
    return value;
}

/* The peer's duplicate-ACK count is -1 once spent, else small. */
static uint32_t zigzag(int32_t value)
{
    return ((uint32_t)value << 1) ^ (uint32_t)(value >> 31);
}

static int32_t unzigzag(uint32_t value)
{
    return (int32_t)(value >> 1) ^ -(int32_t)(value & 1);
}

static uint8_t *pack_reasons(const struct tcpra_reasons *r, uint8_t *out)
{
    *out++ = (uint8_t)((r->evaluated ? EVALUATED : 0) | (r->seq_not_advanced ? SEQ_NOT_ADVANCED : 0) |
                       (r->reverse_ack_matches ? REVERSE_ACK_MATCHES : 0) |
                       (r->ends_at_next_seq ? ENDS_AT_NEXT_SEQ : 0) |
                       (r->highest_was_empty ? HIGHEST_WAS_EMPTY : 0) | (r->within_unacked ? WITHIN_UNACKED : 0) |
                       (r->sack_covers ? SACK_COVERS : 0));
    *out++ = (uint8_t)r->ooo_origin;
    *out++ = (uint8_t)r->ooo_clock;
    *out++ = r->reverse_sack_blocks;
    out = put_varint(out, zigzag(r->reverse_dupacks));
    out = put_varint(out, r->reverse_ack);
    out = put_varint(out, r->since_reverse_ns);
    out = put_varint(out, r->since_highest_ns);
    return put_varint(out, r->ooo_threshold_ns);
}

static const uint8_t *unpack_reasons(const uint8_t *in, struct tcpra_reasons *r)
{
    uint8_t bits = *in++;

    r->evaluated = bits & EVALUATED;
    r->seq_not_advanced = bits & SEQ_NOT_ADVANCED;
    r->reverse_ack_matches = bits & REVERSE_ACK_MATCHES;
    r->ends_at_next_seq = bits & ENDS_AT_NEXT_SEQ;
    r->highest_was_empty = bits & HIGHEST_WAS_EMPTY;
    r->within_unacked = bits & WITHIN_UNACKED;
    r->sack_covers = bits & SACK_COVERS;
    r->ooo_origin = (enum tcpra_ooo_origin)*in++;
    r->ooo_clock = (enum tcpra_ooo_clock)*in++;
    r->reverse_sack_blocks = *in++;
    r->reverse_dupacks = unzigzag(get_u32(&in));
    r->reverse_ack = get_u32(&in);
    r->since_reverse_ns = get_u64(&in);
    r->since_highest_ns = get_u64(&in);
    r->ooo_threshold_ns = get_u64(&in);
    return in;
}

static bool has_cause(const struct tcpra_cause *c)
{
    return c->trigger || c->flags || c->settles_frame;
}

static uint8_t *pack_cause(const struct tcpra_cause *c, uint8_t *out)
{
    *out++ = c->trigger;
    *out++ = c->flags;
    *out++ = c->vantage;
    *out++ = c->basis;
    *out++ = c->order;
    *out++ = c->unsure;
    *out++ = c->spurious_basis;
    *out++ = c->backoff;
    *out++ = c->settles_basis;
    *out++ = c->settles_all_copies;
    out = put_fixed32(out, c->evidence_frame);
    out = put_varint(out, c->original_frame);
    out = put_varint(out, c->previous_frame);
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
    c->vantage = *in++;
    c->basis = *in++;
    c->order = *in++;
    c->unsure = *in++;
    c->spurious_basis = *in++;
    c->backoff = *in++;
    c->settles_basis = *in++;
    c->settles_all_copies = *in++;
    c->evidence_frame = get_fixed32(&in);
    c->original_frame = get_u32(&in);
    c->previous_frame = get_u32(&in);
    c->signal_frame = get_u32(&in);
    c->settles_frame = get_u32(&in);
    c->order_value = get_u32(&in);
    c->order_reference = get_u32(&in);
    c->elapsed_ns = get_u64(&in);
    c->rto_ns = get_u64(&in);
    c->srtt_ns = get_u64(&in);
    c->pto_ns = get_u64(&in);
    return in;
}

static uint8_t flags_of(const struct tcpra_verdict *v)
{
    const struct tcpra_compat_verdict *c = &v->compat;
    bool oldest_unacked_values = c->oldest_unacked_frame || c->since_oldest_unacked_ns;

    return (uint8_t)((v->analysed ? ANALYSED : 0) | (c->sequence_analysed ? SEQUENCE_ANALYSED : 0) |
                     (c->header_complete ? HEADER_COMPLETE : 0) |
                     (c->has_oldest_unacked ? HAS_OLDEST_UNACKED : 0) |
                     (c->dupack_num || c->dupack_frame ? DUPACK_VALUES : 0) |
                     (oldest_unacked_values ? OLDEST_UNACKED_VALUES : 0) |
                     (tcpra_has_explanation(c) ? REASONS : 0) | (has_cause(&v->cause) ? CAUSE : 0));
}

static uint8_t *pack_one(const struct tcpra_verdict *v, const struct tcpra_layer_facts *f, uint8_t *out)
{
    const struct tcpra_compat_verdict *c = &v->compat;
    uint8_t flags = flags_of(v);

    *out++ = flags;
    out = put_varint(out, (uint64_t)v->connection << 1 | (v->direction & 1u));
    out = put_varint(out, c->classes);
    if (flags & DUPACK_VALUES) {
        out = put_varint(out, c->dupack_num);
        out = put_varint(out, c->dupack_frame);
    }
    if (flags & OLDEST_UNACKED_VALUES) {
        out = put_varint(out, c->oldest_unacked_frame);
        out = put_varint(out, c->since_oldest_unacked_ns);
    }
    if (flags & REASONS)
        out = pack_reasons(&c->reasons, out);
    if (flags & CAUSE)
        out = pack_cause(&v->cause, out);
    out = put_varint(out, f->payload_len);
    out = put_varint(out, (uint64_t)f->builtin_classes << 1 | (f->builtin_known ? 1u : 0u));
    return put_varint(out, f->tcp_flags);
}

static const uint8_t *unpack_one(const uint8_t *in, struct tcpra_verdict *v, struct tcpra_layer_facts *f)
{
    struct tcpra_compat_verdict *c = &v->compat;
    uint8_t flags = *in++;
    uint64_t word;

    memset(v, 0, sizeof *v);
    v->analysed = flags & ANALYSED;
    c->sequence_analysed = flags & SEQUENCE_ANALYSED;
    c->header_complete = flags & HEADER_COMPLETE;
    c->has_oldest_unacked = flags & HAS_OLDEST_UNACKED;
    word = get_u64(&in);
    v->connection = (uint32_t)(word >> 1);
    v->direction = (uint8_t)(word & 1);
    c->classes = get_u32(&in);
    if (flags & DUPACK_VALUES) {
        c->dupack_num = get_u32(&in);
        c->dupack_frame = get_u32(&in);
    }
    if (flags & OLDEST_UNACKED_VALUES) {
        c->oldest_unacked_frame = get_u32(&in);
        c->since_oldest_unacked_ns = get_u64(&in);
    }
    if (flags & REASONS)
        in = unpack_reasons(in, &c->reasons);
    if (flags & CAUSE)
        in = unpack_cause(in, &v->cause);
    f->payload_len = get_u32(&in);
    word = get_u64(&in);
    f->builtin_classes = (uint32_t)(word >> 1);
    f->builtin_known = word & 1;
    f->tcp_flags = (uint16_t)get_u32(&in);
    return in;
}

size_t tcpra_record_pack(const struct tcpra_verdict *verdicts, const struct tcpra_layer_facts *facts,
                         unsigned count, uint8_t *out)
{
    uint8_t *end = out;

    *end++ = (uint8_t)count;
    for (unsigned i = 0; i < count; i++)
        end = pack_one(&verdicts[i], &facts[i], end);
    return (size_t)(end - out);
}

unsigned tcpra_record_count(const uint8_t *in)
{
    return in[0];
}

size_t tcpra_record_unpack(const uint8_t *packed, struct tcpra_verdict *verdicts, struct tcpra_layer_facts *facts)
{
    const uint8_t *in = packed;
    unsigned count = *in++;

    for (unsigned i = 0; i < count; i++)
        in = unpack_one(in, &verdicts[i], &facts[i]);
    return (size_t)(in - packed);
}

bool tcpra_record_settle(uint8_t *record, const struct tcpra_verdict *settling, uint32_t by)
{
    struct tcpra_verdict verdicts[TCPRA_MAX_LAYERS];
    struct tcpra_layer_facts facts[TCPRA_MAX_LAYERS];
    uint8_t settled[1 + TCPRA_MAX_LAYERS * TCPRA_PACKED_LAYER_MAX];
    unsigned count = tcpra_record_count(record);
    size_t len;

    if (count > TCPRA_MAX_LAYERS)
        return false;
    len = tcpra_record_unpack(record, verdicts, facts);
    if (!tcpra_verdicts_settle(verdicts, count, settling, by))
        return false;
    /* Settling keeps a record's size: in place. */
    if (tcpra_record_pack(verdicts, facts, count, settled) != len)
        return false;
    memcpy(record, settled, len);
    return true;
}
