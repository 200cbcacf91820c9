/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Capture timestamps as nanoseconds since the epoch, kept modulo 2^64.
 * Capture files may hold any time at all (garbage, or going backwards), so
 * every difference wraps instead of overflowing: a packet older than its
 * reference yields a huge elapsed time, which no "within N ms" rule accepts. */
#ifndef TCPRA_TIMESTAMP_H
#define TCPRA_TIMESTAMP_H

#include <stdint.h>

typedef uint64_t tcpra_time;   /* wrapping nanoseconds since the epoch */

#define TCPRA_NS_PER_MS 1000000ull
#define TCPRA_NS_PER_S  1000000000ull

static inline tcpra_time tcpra_time_from(int64_t secs, int32_t nsecs)
{
    return (uint64_t)secs * TCPRA_NS_PER_S + (uint64_t)(int64_t)nsecs;
}

/* Elapsed time from then to now, wrapping when now is earlier. */
static inline uint64_t tcpra_elapsed(tcpra_time now, tcpra_time then)
{
    return now - then;
}

#endif
