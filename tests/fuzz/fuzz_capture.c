/* SPDX-License-Identifier: GPL-2.0-or-later */
/* libFuzzer target: the command line on a whole file of any bytes, read by
 * libpcap as pcap or pcapng (gzip-compressed or not), every packet parsed,
 * classified and printed, in both passes' ways and as a summary. */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "scan.h"

static void scan(const char *path, struct tcpra_scan_options *options, FILE *out)
{
    struct tcpra_progress quiet = {.done = true};

    tcpra_scan_file(path, options, out, &quiet);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fd = memfd_create("capture", 0);
    char path[64];
    FILE *out = fopen("/dev/null", "w");
    struct tcpra_scan_options options = {.format = TCPRA_OUTPUT_JSON, .all = true};

    if (fd < 0 || !out || write(fd, data, size) != (ssize_t)size) {
        if (fd >= 0)
            close(fd);
        if (out)
            fclose(out);
        return 0;
    }
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    tcpra_config_defaults(&options.config);
    scan(path, &options, out);
    options.one_pass = true;
    options.format = TCPRA_OUTPUT_CSV;
    scan(path, &options, out);
    options.one_pass = false;
    options.summary = options.summary_json = true;
    scan(path, &options, out);
    fclose(out);
    close(fd);
    return 0;
}
