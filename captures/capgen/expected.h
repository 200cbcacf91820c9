// SPDX-License-Identifier: GPL-2.0-or-later
/* The tcp.analysis classes a test capture expects of each frame. Bit order
 * is the alphabetical order of the names, so printing the set bits in order
 * gives a sorted list. */
#ifndef CAPGEN_EXPECTED_H
#define CAPGEN_EXPECTED_H

#include <stdio.h>

enum {
    ACK_LOST = 1 << 0, AMBIGUOUS_ACK = 1 << 1, DUP_ACK = 1 << 2, FAST_RTX = 1 << 3,
    KEEP_ALIVE = 1 << 4, KEEP_ALIVE_ACK = 1 << 5, LOST = 1 << 6, OOO = 1 << 7,
    PARTIAL_ACK = 1 << 8, RTX = 1 << 9, REUSED = 1 << 10, SPURIOUS = 1 << 11,
    WIN_FULL = 1 << 12, WIN_UPDATE = 1 << 13, ZERO_WIN = 1 << 14, ZWP = 1 << 15,
    ZWP_ACK = 1 << 16,
};

/* The notes each release has beyond 4.0's classes: the partial ACK since
 * 4.4, the ambiguous ACK since 4.6. */
#define NOTES_4_4 PARTIAL_ACK
#define NOTES_4_6 (PARTIAL_ACK | AMBIGUOUS_ACK)

/* Writes the classes as "name,name" (or "-" for none) and a newline, or
 * the separator given. */
void print_classes(FILE *f, unsigned classes);
void print_classes_then(FILE *f, unsigned classes, const char *end);

#endif
