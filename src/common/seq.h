/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Sequence-number arithmetic modulo 2^32 (RFC 793 section 3.3): a number is
 * "after" another when it lies less than 2^31 ahead of it. */
#ifndef TCPRA_SEQ_H
#define TCPRA_SEQ_H

#include <stdbool.h>
#include <stdint.h>

static inline bool seq_after(uint32_t a, uint32_t b) { return (int32_t)(a - b) > 0; }
static inline bool seq_before(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }
static inline bool seq_at_or_before(uint32_t a, uint32_t b) { return (int32_t)(a - b) <= 0; }

#endif
