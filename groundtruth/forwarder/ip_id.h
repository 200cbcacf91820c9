/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The IPv4 identification another stack would write (rule ip_id=, see
 * impairment.h). Linux counts IDs per connection for DF packets; other
 * stacks do not, and receivers that order frames by ID must cope. The
 * rewrite keeps the frame valid: the header checksum is recomputed (the
 * TCP checksum does not cover the ID). IPv6 frames have no ID: untouched. */
#ifndef GT_IP_ID_H
#define GT_IP_ID_H

#include <stddef.h>
#include <stdint.h>

#include "prng.h"

enum ip_id_mode {
    IP_ID_KEEP,     /* the sending kernel's own IDs */
    IP_ID_HOST,     /* one counter for every connection of the host, with gaps */
    IP_ID_RANDOM,   /* a random ID per frame */
    IP_ID_ZERO,     /* zero, written by a middlebox after the sender's capture */
};

struct ip_id_rewriter {
    enum ip_id_mode mode;
    uint16_t next;
    struct prng prng;
};

/* Returns 0 for a mode name it does not know. */
int ip_id_init(struct ip_id_rewriter *r, const char *mode, uint64_t seed);
/* Rewrites FRAME (Ethernet) as its host's stack would have sent it: before
 * the tap next to that host sees it (host, random). */
void ip_id_as_sent(struct ip_id_rewriter *r, unsigned char *frame, size_t len);
/* Rewrites FRAME as a middlebox on the path would: after that tap (zero). */
void ip_id_on_path(struct ip_id_rewriter *r, unsigned char *frame, size_t len);

#endif
