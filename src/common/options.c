/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "options.h"

enum {
    OPT_EOL = 0, OPT_NOP = 1, OPT_WINDOW_SCALE = 3, OPT_WINDOW_SCALE_LEN = 3, OPT_SACK_PERMITTED = 4,
    OPT_SACK_PERMITTED_LEN = 2, OPT_SACK = 5,
    OPT_TIMESTAMPS = 8, OPT_TIMESTAMPS_LEN = 10,
};

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The blocks of the SACK option at bytes[0] (kind, length, blocks), as far
 * as they were captured: Wireshark stops reading at the capture's end. A
 * later SACK option replaces an earlier one. */
static void read_sack(const uint8_t *bytes, uint32_t len, uint32_t captured,
                      struct tcpra_options *out)
{
    out->has_sack = true;
    out->sack.count = 0;
    for (uint32_t at = 2; at + 8 <= len && at + 8 <= captured &&
                          out->sack.count < TCPRA_SACK_MAX_BLOCKS; at += 8) {
        out->sack.left[out->sack.count] = get32(bytes + at);
        out->sack.right[out->sack.count] = get32(bytes + at + 4);
        out->sack.count++;
    }
}

struct tcpra_options tcpra_parse_options(const uint8_t *bytes, uint32_t captured_len,
                                         uint32_t declared_len)
{
    struct tcpra_options out = {.complete = false};
    uint32_t offset = 0, remaining = declared_len;
    bool eol_seen = false;

    while (remaining > 0) {
        uint8_t kind, len;

        if (offset >= captured_len)
            return out;
        kind = bytes[offset];
        /* Only padding may follow End of Option List. */
        if (eol_seen && kind != OPT_EOL)
            break;
        remaining--;
        if (kind == OPT_EOL || kind == OPT_NOP) {
            eol_seen = eol_seen || kind == OPT_EOL;
            offset++;
            continue;
        }
        if (remaining == 0)
            break;
        if (offset + 1 >= captured_len)
            return out;
        len = bytes[offset + 1];
        remaining--;
        if (len < 2 || (uint32_t)(len - 2) > remaining)
            break;
        if (kind == OPT_SACK)
            read_sack(bytes + offset, len, captured_len - offset, &out);
        if (offset + len > captured_len)
            return out;
        if (kind == OPT_WINDOW_SCALE && len == OPT_WINDOW_SCALE_LEN) {
            uint8_t shift = bytes[offset + 2];

            out.has_window_scale = true;
            out.window_scale = shift > TCPRA_WSCALE_MAX ? TCPRA_WSCALE_MAX : shift;
        }
        if (kind == OPT_SACK_PERMITTED && len == OPT_SACK_PERMITTED_LEN)
            out.sack_permitted = true;
        if (kind == OPT_TIMESTAMPS && len == OPT_TIMESTAMPS_LEN) {
            out.has_timestamps = true;
            out.tsval = get32(bytes + offset + 2);
            out.tsecr = get32(bytes + offset + 6);
        }
        offset += len;
        remaining -= (uint32_t)(len - 2);
    }
    out.complete = true;
    return out;
}

struct tcpra_options tcpra_segment_options(const struct tcpra_segment *seg)
{
    if (seg->header_len < TCPRA_TCP_MIN_HEADER || seg->captured_len < TCPRA_TCP_MIN_HEADER)
        return (struct tcpra_options){.complete = false};
    return tcpra_parse_options(seg->options, seg->options_len,
                               (uint32_t)seg->header_len - TCPRA_TCP_MIN_HEADER);
}
