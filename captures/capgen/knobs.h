// SPDX-License-Identifier: GPL-2.0-or-later
/* The knob table: the expected classes of the retransmissions that follow
 * duplicate ACKs, at every dupack_threshold and fast_rtx_window_ms setting. */
#ifndef CAPGEN_KNOBS_H
#define CAPGEN_KNOBS_H

#include <stdint.h>

/*
 * Registers the next frame written as a retransmission whose sequence number
 * is the one the peer's duplicate ACKs ask for, and returns its classes at
 * the default settings (threshold 2, window 20 ms).  `other` are classes the
 * frame has at every setting.
 */
unsigned knob_with(unsigned other, int dups, uint64_t delay, unsigned fallback);
/* The same, with no classes at every setting. */
unsigned knob(int dups, uint64_t delay, unsigned fallback);

/* Writes the table, one line per registered frame and setting. */
void write_knobs(const char *path);

#endif
