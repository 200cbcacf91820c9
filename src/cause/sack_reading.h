/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What one ACK's SACK blocks say of the data they acknowledge: the highest
 * byte held above the cumulative ACK (RFC 2018), and a D-SACK reporting
 * bytes received twice (RFC 2883 section 4: the first block, when it lies
 * below the cumulative ACK or within the second block). Blocks whose edges
 * wrap (right edge not after the left) or lie more than a window of 2^30
 * bytes from the ACK are ignored as malformed. */
#ifndef TCPRA_SACK_READING_H
#define TCPRA_SACK_READING_H

#include <stdbool.h>
#include <stdint.h>

#include "sack.h"

struct tcpra_sack_reading {
    bool has_sacked;
    uint32_t sacked_high;       /* highest SACKed byte + 1 */
    bool has_dsack;
    uint32_t dsack_left, dsack_right;
    bool malformed;             /* a block was ignored */
};

struct tcpra_sack_reading tcpra_read_sack(const struct tcpra_sack *sack, uint32_t ack);

#endif
