/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "options.h"

#include "flow.h"

enum { OPT_EOL = 0, OPT_NOP = 1, OPT_WINDOW_SCALE = 3, OPT_WINDOW_SCALE_LEN = 3 };

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
        if (offset + len > captured_len)
            return out;
        if (kind == OPT_WINDOW_SCALE && len == OPT_WINDOW_SCALE_LEN) {
            uint8_t shift = bytes[offset + 2];

            out.has_window_scale = true;
            out.window_scale = shift > TCPRA_WSCALE_MAX ? TCPRA_WSCALE_MAX : shift;
        }
        offset += len;
        remaining -= (uint32_t)(len - 2);
    }
    out.complete = true;
    return out;
}
