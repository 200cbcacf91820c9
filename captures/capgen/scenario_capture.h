// SPDX-License-Identifier: GPL-2.0-or-later
/* The capture of one scenario and its expected classes: OUT_DIR/<name>.pcap
 * (classic pcap, Ethernet, microsecond timestamps) and
 * OUT_DIR/expected/<name>.tsv, one line "frame<TAB>classes" per frame, as
 * Wireshark 4.0 has them. The notes later releases add (NOTES_4_4,
 * NOTES_4_6) go to OUT_DIR/expected/notes_after_4.0.tsv, one line
 * "capture<TAB>frame<TAB>notes in 4.4<TAB>notes in 4.6" per frame with any.
 * One capture is open at a time. */
#ifndef CAPGEN_SCENARIO_CAPTURE_H
#define CAPGEN_SCENARIO_CAPTURE_H

#include <stdint.h>

#include "expected.h"
#include "wire.h"

#define BASE_SECS 1700000000u         /* 2023-11-14 22:13:20 UTC */
#define MS(x) ((uint64_t)((x) * 1000.0 + 0.5))   /* milliseconds -> microseconds */

/* The folder the captures go to; OUT_DIR/expected must exist. cap_finish()
 * once the last capture is closed. */
void cap_set_dir(const char *dir);
void cap_finish(void);
void cap_open(const char *name);
void cap_close(void);
/* The open capture's name, and the number of the last frame written. */
const char *cap_name(void);
unsigned cap_frames(void);

/* Writes a segment with a payload of len bytes (data, or NULL: see build())
 * and its expected classes. */
void seg_data(struct conn *c, int dir, uint64_t t, unsigned flags, uint32_t seq,
              uint32_t ack, const uint8_t *data, size_t len, unsigned classes);
void seg(struct conn *c, int dir, uint64_t t, unsigned flags, uint32_t seq,
         uint32_t ack, size_t len, unsigned classes);
/* SYN at t, SYN/ACK at t + rtt/2, ACK at t + rtt.  Returns t + rtt. */
uint64_t handshake(struct conn *c, uint64_t t, uint64_t rtt);

#endif
