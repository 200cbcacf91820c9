// SPDX-License-Identifier: GPL-2.0-or-later
#include "knobs.h"

#include <stdio.h>
#include <stdlib.h>

#include "scenario_capture.h"

static const int thresholds[] = { 1, 2, 3, 4 };
static const int windows_ms[] = { 5, 20, 100 };

static struct knob_row {
    const char *capture;
    unsigned frame;
    int dups;                       /* duplicate ACKs counted by the peer */
    uint64_t delay;                 /* since the peer's last packet, in us */
    unsigned fallback;              /* classes when it is not fast */
    unsigned other;                 /* classes at every setting (other TCP layer) */
} knob_rows[64];
static size_t n_knob_rows;

/* TCPRA's rule: fast iff enough duplicate ACKs and soon enough after the peer. */
static unsigned rtx_classes(const struct knob_row *r, int threshold, int window_ms)
{
    if (r->dups >= threshold && r->delay < (uint64_t)window_ms * 1000)
        return r->other | FAST_RTX | RTX;
    return r->other | r->fallback;
}

unsigned knob_with(unsigned other, int dups, uint64_t delay, unsigned fallback)
{
    struct knob_row *r = &knob_rows[n_knob_rows++];

    if (n_knob_rows > sizeof knob_rows / sizeof *knob_rows) {
        fputs("capgen: too many knob rows\n", stderr);
        exit(1);
    }
    *r = (struct knob_row){ cap_name(), cap_frames() + 1, dups, delay, fallback, other };
    return rtx_classes(r, 2, 20);
}

unsigned knob(int dups, uint64_t delay, unsigned fallback)
{
    return knob_with(0, dups, delay, fallback);
}

void write_knobs(const char *path)
{
    FILE *f = open_or_die(path);

    fputs("capture\tdupack_threshold\tfast_rtx_window_ms\tframe\tclasses\n", f);
    for (size_t first = 0, end; first < n_knob_rows; first = end) {
        for (end = first; end < n_knob_rows && knob_rows[end].capture == knob_rows[first].capture; end++)
            ;
        for (size_t ti = 0; ti < sizeof thresholds / sizeof *thresholds; ti++)
            for (size_t wi = 0; wi < sizeof windows_ms / sizeof *windows_ms; wi++)
                for (size_t i = first; i < end; i++) {
                    fprintf(f, "%s\t%d\t%d\t%u\t", knob_rows[i].capture, thresholds[ti],
                            windows_ms[wi], knob_rows[i].frame);
                    print_classes(f, rtx_classes(&knob_rows[i], thresholds[ti], windows_ms[wi]));
                }
    }
    fclose(f);
}
