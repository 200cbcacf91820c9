/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Classic pcap files, nanosecond timestamps, Ethernet, a fixed snap length. */
#ifndef GT_PCAP_WRITER_H
#define GT_PCAP_WRITER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct pcap_writer {
    FILE *file;
    unsigned snaplen;
    uint64_t frames;   /* frames written: the last one's number */
    int64_t last_ns;   /* the last one's time */
};

void pcap_writer_open(struct pcap_writer *w, const char *path, unsigned snaplen);
/* Writes one frame stamped realtime_ns; returns its frame number (1, 2, ...). */
uint64_t pcap_writer_add(struct pcap_writer *w, int64_t realtime_ns, const unsigned char *data, size_t len);
void pcap_writer_close(struct pcap_writer *w);

#endif
