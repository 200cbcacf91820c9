/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Reading a fuzz input as a stream of numbers; past its end, every number
 * reads as zero. */
#ifndef TCPRA_FUZZ_INPUT_H
#define TCPRA_FUZZ_INPUT_H

#include <stddef.h>
#include <stdint.h>

struct fuzz_input {
    const uint8_t *data;
    size_t size;
};

static inline int fuzz_more(const struct fuzz_input *in)
{
    return in->size > 0;
}

static inline uint64_t fuzz_bytes(struct fuzz_input *in, unsigned count)
{
    uint64_t value = 0;

    for (unsigned i = 0; i < count; i++) {
        value = value << 8 | (in->size ? *in->data : 0);
        if (in->size) {
            in->data++;
            in->size--;
        }
    }
    return value;
}

static inline uint8_t fuzz_u8(struct fuzz_input *in) { return (uint8_t)fuzz_bytes(in, 1); }
static inline uint16_t fuzz_u16(struct fuzz_input *in) { return (uint16_t)fuzz_bytes(in, 2); }
static inline uint32_t fuzz_u32(struct fuzz_input *in) { return (uint32_t)fuzz_bytes(in, 4); }
static inline uint64_t fuzz_u64(struct fuzz_input *in) { return fuzz_bytes(in, 8); }

/* A 32-bit number near anchor (within a few thousand either side, or half
 * the sequence space away), or anywhere at all. */
static inline uint32_t fuzz_near(struct fuzz_input *in, uint32_t anchor)
{
    uint8_t how = fuzz_u8(in);
    int32_t offset = (int16_t)fuzz_u16(in);

    switch (how & 3) {
    case 0:
        return anchor + (uint32_t)offset;
    case 1:
        return anchor + 0x80000000u + (uint32_t)offset;
    case 2:
        return anchor + (uint32_t)(offset & 0xFF);
    default:
        return fuzz_u32(in);
    }
}

#endif
