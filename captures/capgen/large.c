// SPDX-License-Identifier: GPL-2.0-or-later
/* Writing the frames of the large captures. */
#include "large.h"

#define BASE_US 1700000000000000ull     /* 2023-11-14 22:13:20 UTC */

static uint8_t frame[65536];

FILE *large_open(const char *path)
{
    FILE *f = open_or_die(path);

    pcap_header(f, LARGE_SNAPLEN);
    return f;
}

void large_frame(FILE *f, struct conn *c, int dir, uint64_t t, unsigned flags, uint32_t seq,
                 uint32_t ack, size_t len)
{
    size_t n = build(frame, c, dir, t, flags, seq, ack, NULL, len);

    pcap_record(f, BASE_US + t, frame, n < LARGE_SNAPLEN ? n : LARGE_SNAPLEN, n);
}
