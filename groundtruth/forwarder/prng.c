// SPDX-License-Identifier: GPL-2.0-or-later
/* splitmix64 (Steele, Lea, Flood 2014): one addition and a mixing function. */
#include "prng.h"

void prng_seed(struct prng *p, uint64_t seed)
{
    p->state = seed;
}

static uint64_t prng_next(struct prng *p)
{
    uint64_t z = (p->state += 0x9e3779b97f4a7c15ull);

    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

double prng_unit(struct prng *p)
{
    /* The top 53 bits: every double in [0, 1) a multiple of 2^-53. */
    return (double)(prng_next(p) >> 11) / 9007199254740992.0;
}
