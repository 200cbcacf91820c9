/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One capture file through the core: every packet read, every TCP header
 * classified in order, and the verdicts printed, each file on its own, as
 * tshark would open it alone. */
#ifndef TCPRA_CLI_SCAN_H
#define TCPRA_CLI_SCAN_H

#include <stdbool.h>
#include <stdio.h>

#include "config.h"
#include "output.h"
#include "progress.h"

struct tcpra_scan_options {
    struct tcpra_config config;
    enum tcpra_output_format format;
    bool all;                   /* every TCP frame, not only those with a verdict */
    /* Print each verdict as its frame is read, before later evidence can
     * settle it: bounded memory for unbounded input. Else two passes, as
     * tshark -2: a kept row per frame printed (frame_rows.h). */
    bool one_pass;
    bool summary;               /* the summary instead of the frames */
    bool summary_json;
};

/* Scan path, printing to out; false when the file could not be read to
 * its end (the message, naming the file and the last good frame, is on
 * stderr, and what was read is printed). */
bool tcpra_scan_file(const char *path, const struct tcpra_scan_options *options, FILE *out,
                     struct tcpra_progress *progress);

#endif
