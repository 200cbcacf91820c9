// SPDX-License-Identifier: GPL-2.0-or-later
#include "expected.h"

static const char *const class_names[] = {
    "ack_lost_segment", "ambiguous_ack", "duplicate_ack", "fast_retransmission",
    "keep_alive", "keep_alive_ack", "lost_segment", "out_of_order", "partial_ack",
    "retransmission", "reused_ports", "spurious_retransmission", "window_full",
    "window_update", "zero_window", "zero_window_probe", "zero_window_probe_ack",
};

#define N_CLASSES (sizeof class_names / sizeof class_names[0])

void print_classes(FILE *f, unsigned classes)
{
    print_classes_then(f, classes, "\n");
}

void print_classes_then(FILE *f, unsigned classes, const char *end)
{
    const char *sep = "";

    if (!classes)
        fputs("-", f);
    for (unsigned i = 0; i < N_CLASSES; i++) {
        if (classes & (1u << i)) {
            fprintf(f, "%s%s", sep, class_names[i]);
            sep = ",";
        }
    }
    fputs(end, f);
}
