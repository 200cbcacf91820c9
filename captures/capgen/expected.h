// SPDX-License-Identifier: GPL-2.0-or-later
/* The tcp.analysis classes a test capture expects of each frame. Bit order
 * is the alphabetical order of the names, so printing the set bits in order
 * gives a sorted list. */
#ifndef CAPGEN_EXPECTED_H
#define CAPGEN_EXPECTED_H

#include <stdio.h>

enum {
    ACK_LOST = 1 << 0, DUP_ACK = 1 << 1, FAST_RTX = 1 << 2, KEEP_ALIVE = 1 << 3,
    KEEP_ALIVE_ACK = 1 << 4, LOST = 1 << 5, OOO = 1 << 6, RTX = 1 << 7,
    REUSED = 1 << 8, SPURIOUS = 1 << 9, WIN_FULL = 1 << 10, WIN_UPDATE = 1 << 11,
    ZERO_WIN = 1 << 12, ZWP = 1 << 13, ZWP_ACK = 1 << 14,
};

/* Writes the classes as "name,name" (or "-" for none) and a newline. */
void print_classes(FILE *f, unsigned classes);

#endif
