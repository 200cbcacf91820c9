// SPDX-License-Identifier: GPL-2.0-or-later
#include "middle_tap.h"

#include <stdlib.h>
#include <string.h>

#define SNAPLEN 128

void middle_tap_open(struct middle_tap *m, const char *capture, const char *fates, uint64_t seed)
{
    memset(m, 0, sizeof *m);
    pcap_writer_open(&m->capture, capture, SNAPLEN);
    m->fates = fopen(fates, "w");
    if (!m->fates) {
        perror(fates);
        exit(1);
    }
    fprintf(m->fates, "# in_side\tin_frame\tfate\tmiddle_frame\n");
    /* The two directions draw from seed * 2 and seed * 2 + 1. */
    prng_seed(&m->where, seed * 2 + 2);
}

static void on_its_way(struct middle_tap *m, int from_side, uint64_t in_frame, int is_copy, int64_t passes_ns,
                       const unsigned char *data, size_t len)
{
    struct held_frame h = {.release_ns = passes_ns, .to_side = !from_side, .in_frame = in_frame,
                           .is_copy = is_copy, .len = len, .data = malloc(len)};

    if (!h.data) {
        perror("forwarder: middle tap");
        exit(1);
    }
    memcpy(h.data, data, len);
    release_queue_push(&m->passing, h);
}

static int upstream(struct middle_tap *m)
{
    return prng_unit(&m->where) < 0.5;
}

void middle_tap_arrive(struct middle_tap *m, int from_side, uint64_t in_frame, const struct impairment *path,
                       const struct fate *fate, int64_t now_ns, const unsigned char *data, size_t len)
{
    /* Drawn for every frame, whatever its fate, so one frame's fate does
     * not shift where the next one's impairments are. */
    int dropped_upstream = upstream(m), copied_upstream = upstream(m);

    if (fate->drop_reason) {
        if (!dropped_upstream)
            on_its_way(m, from_side, in_frame, 0, now_ns + path->delay_ns / 2, data, len);
        return;
    }
    on_its_way(m, from_side, in_frame, 0, now_ns + (fate->release_ns - now_ns) / 2, data, len);
    if (fate->copied && copied_upstream)
        on_its_way(m, from_side, in_frame, 1, now_ns + (fate->copy_release_ns - now_ns) / 2, data, len);
}

void middle_tap_pass(struct middle_tap *m, int64_t now_ns, int64_t realtime_offset_ns)
{
    while (m->passing.count && release_queue_peek(&m->passing)->release_ns <= now_ns) {
        struct held_frame h = release_queue_pop(&m->passing);
        uint64_t frame = pcap_writer_add(&m->capture, h.release_ns + realtime_offset_ns, h.data, h.len);
        fprintf(m->fates, "%s\t%llu\t%s\t%llu\n", h.to_side ? "A" : "B", (unsigned long long)h.in_frame,
                h.is_copy ? "duplicate" : "forward", (unsigned long long)frame);
        free(h.data);
    }
}

int64_t middle_tap_next(const struct middle_tap *m)
{
    return m->passing.count ? release_queue_peek(&m->passing)->release_ns : INT64_MAX;
}

int middle_tap_close(struct middle_tap *m, int64_t realtime_offset_ns)
{
    middle_tap_pass(m, INT64_MAX, realtime_offset_ns);
    free(m->passing.items);
    pcap_writer_close(&m->capture);
    return fclose(m->fates);
}
