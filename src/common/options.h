/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The TCP options of one segment, read once: window scale, SACK and
 * timestamps. */
#ifndef TCPRA_OPTIONS_H
#define TCPRA_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "sack.h"
#include "segment.h"

/* The largest window scale shift (RFC 7323 section 2.3). */
#define TCPRA_WSCALE_MAX 14

struct tcpra_options {
    bool sack_permitted;      /* RFC 2018 section 2, on a SYN */
    bool has_window_scale;
    uint8_t window_scale;     /* shift, capped at 14 */
    /* A SACK option was reached; its blocks that were captured whole, the
     * first four. The base is left for the caller. */
    bool has_sack;
    struct tcpra_sack sack;
    /* RFC 7323 timestamps, when the option was captured whole. */
    bool has_timestamps;
    uint32_t tsval, tsecr;
    /* Every option lay within the captured bytes. When false, the walk
     * stopped at the capture's end and the header's remaining meaning
     * (such as the SYN's window-scaling verdict) is unknown. */
    bool complete;
};

/* Walk the options area of declared_len bytes, of which captured_len are
 * present in bytes. Malformed options end the walk, as in Wireshark. */
struct tcpra_options tcpra_parse_options(const uint8_t *bytes, uint32_t captured_len,
                                         uint32_t declared_len);
/* The options of seg: none from a header shorter than the fixed header, as
 * declared or as captured, since options lie past it. */
struct tcpra_options tcpra_segment_options(const struct tcpra_segment *seg);

#endif
