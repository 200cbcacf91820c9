// SPDX-License-Identifier: GPL-2.0-or-later
#include "ip_id.h"

#include <string.h>

/* Of the frames a host sends, the share followed by a gap in its counter
 * (other connections, other protocols), and the longest such gap. */
#define GAP_CHANCE 0.2
#define MAX_GAP 30

int ip_id_init(struct ip_id_rewriter *r, const char *mode, uint64_t seed)
{
    static const char *const names[] = {"linux", "host", "random", "zero"};

    memset(r, 0, sizeof *r);
    /* A generator of its own: a rewrite never shifts the path's fates. */
    prng_seed(&r->prng, seed ^ 0x1d1d1d1d1d1d1d1dull);
    r->next = (uint16_t)(prng_unit(&r->prng) * 65536);
    for (int m = 0; m < (int)(sizeof names / sizeof *names); m++) {
        if (!strcmp(mode, names[m])) {
            r->mode = (enum ip_id_mode)m;
            return 1;
        }
    }
    return 0;
}

static void set_id(unsigned char *frame, size_t len, uint16_t id)
{
    unsigned char *ip = frame + 14;
    size_t header;
    uint32_t sum = 0;

    if (len < 14 + 20 || frame[12] != 0x08 || frame[13] != 0x00)
        return;
    header = (size_t)(ip[0] & 0x0f) * 4;
    if (header < 20 || 14 + header > len)
        return;
    ip[4] = (unsigned char)(id >> 8);
    ip[5] = (unsigned char)id;
    ip[10] = ip[11] = 0;
    for (size_t i = 0; i < header; i += 2)
        sum += (uint32_t)ip[i] << 8 | ip[i + 1];
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    ip[10] = (unsigned char)(~sum >> 8);
    ip[11] = (unsigned char)~sum;
}

void ip_id_as_sent(struct ip_id_rewriter *r, unsigned char *frame, size_t len)
{
    switch (r->mode) {
    case IP_ID_HOST:
        set_id(frame, len, r->next++);
        if (prng_unit(&r->prng) < GAP_CHANCE)
            r->next += (uint16_t)(1 + prng_unit(&r->prng) * MAX_GAP);
        break;
    case IP_ID_RANDOM:
        set_id(frame, len, (uint16_t)(prng_unit(&r->prng) * 65536));
        break;
    default:
        break;
    }
}

void ip_id_on_path(struct ip_id_rewriter *r, unsigned char *frame, size_t len)
{
    if (r->mode == IP_ID_ZERO)
        set_id(frame, len, 0);
}
