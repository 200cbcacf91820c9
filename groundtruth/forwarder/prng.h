/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A seeded pseudo-random generator of our own (splitmix64): the same seed
 * gives the same draws on every machine and C library. */
#ifndef GT_PRNG_H
#define GT_PRNG_H

#include <stdint.h>

struct prng {
    uint64_t state;
};

void prng_seed(struct prng *p, uint64_t seed);
/* Uniform in [0, 1). */
double prng_unit(struct prng *p);

#endif
