// SPDX-License-Identifier: GPL-2.0-or-later
#include "pcap_writer.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void put32(FILE *f, uint32_t v)
{
    fwrite(&v, 4, 1, f);   /* host order: the magic number tells readers which */
}

static void put16(FILE *f, uint16_t v)
{
    fwrite(&v, 2, 1, f);
}

void pcap_writer_open(struct pcap_writer *w, const char *path, unsigned snaplen)
{
    w->file = fopen(path, "wb");
    if (!w->file) {
        fprintf(stderr, "forwarder: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    w->snaplen = snaplen;
    w->frames = 0;
    w->last_ns = 0;
    put32(w->file, 0xa1b23c4d);   /* nanosecond resolution */
    put16(w->file, 2);
    put16(w->file, 4);
    put32(w->file, 0);
    put32(w->file, 0);
    put32(w->file, snaplen);
    put32(w->file, 1);            /* LINKTYPE_ETHERNET */
}

uint64_t pcap_writer_add(struct pcap_writer *w, int64_t realtime_ns, const unsigned char *data, size_t len)
{
    size_t caplen = len < w->snaplen ? len : w->snaplen;

    /* Frames are written in the order the forwarder handles them; one that
     * reached the interface before the last frame written is stamped with
     * that frame's time, so that time never runs backwards in the file. */
    if (realtime_ns < w->last_ns)
        realtime_ns = w->last_ns;
    w->last_ns = realtime_ns;

    put32(w->file, (uint32_t)(realtime_ns / 1000000000));
    put32(w->file, (uint32_t)(realtime_ns % 1000000000));
    put32(w->file, (uint32_t)caplen);
    put32(w->file, (uint32_t)len);
    fwrite(data, 1, caplen, w->file);
    return ++w->frames;
}

void pcap_writer_close(struct pcap_writer *w)
{
    if (fclose(w->file) != 0) {
        perror("forwarder: pcap");
        exit(1);
    }
}
