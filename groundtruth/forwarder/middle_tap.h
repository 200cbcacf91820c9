/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A capture point halfway along the path. Each impairment is placed, by a
 * generator of its own (so the path's fates stay those of the seed), on the
 * upstream or the downstream half: a frame dropped upstream never reaches
 * the tap, one dropped downstream passes it first; a network copy made
 * upstream passes it too. A frame passes the tap halfway through its delay,
 * so delay-made reordering shows there at half its displacement, while
 * frames held by count are held downstream.
 *
 * It writes MIDDLE.pcap and MIDDLE_FATES.tsv, a line per frame it saw:
 *
 *   IN_SIDE  IN_FRAME  forward|duplicate  MIDDLE_FRAME
 */
#ifndef GT_MIDDLE_TAP_H
#define GT_MIDDLE_TAP_H

#include <stdio.h>

#include "impairment.h"
#include "pcap_writer.h"
#include "prng.h"
#include "release_queue.h"

struct middle_tap {
    struct pcap_writer capture;
    FILE *fates;
    struct release_queue passing;   /* frames on their way to the tap */
    struct prng where;              /* which half each impairment is on */
};

void middle_tap_open(struct middle_tap *m, const char *capture, const char *fates, uint64_t seed);
/* A TCP frame that arrived from SIDE_NAME at NOW_NS with FATE. */
void middle_tap_arrive(struct middle_tap *m, int from_side, uint64_t in_frame, const struct impairment *path,
                       const struct fate *fate, int64_t now_ns, const unsigned char *data, size_t len);
/* Writes the frames that have passed by NOW_NS (INT64_MAX: all). */
void middle_tap_pass(struct middle_tap *m, int64_t now_ns, int64_t realtime_offset_ns);
/* When the next frame passes; INT64_MAX when none is on its way. */
int64_t middle_tap_next(const struct middle_tap *m);
/* Writes what is left and closes; 0, or -1 with errno set. */
int middle_tap_close(struct middle_tap *m, int64_t realtime_offset_ns);

#endif
