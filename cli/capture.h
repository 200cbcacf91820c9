/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A pcap or pcapng file read with libpcap, packet by packet, with
 * nanosecond times; compressed with gzip or not; "-" is standard input. */
#ifndef TCPRA_CLI_CAPTURE_H
#define TCPRA_CLI_CAPTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <pcap/pcap.h>
#include <zlib.h>

struct tcpra_capture {
    pcap_t *pcap;
    gzFile gz;                  /* what pcap reads from; NULL: the file itself */
    int linktype;               /* DLT_* */
    uint32_t frames;            /* packets read so far: the last one's number */
};

/* False, with libpcap's message in err, when path cannot be read as a
 * capture. */
bool tcpra_capture_open(struct tcpra_capture *capture, const char *path, char err[PCAP_ERRBUF_SIZE]);

enum tcpra_capture_read {
    TCPRA_CAPTURE_PACKET,
    TCPRA_CAPTURE_END,
    TCPRA_CAPTURE_BROKEN,       /* truncated or corrupt: err says how */
};

enum tcpra_capture_read tcpra_capture_next(struct tcpra_capture *capture, struct pcap_pkthdr **header,
                                           const uint8_t **bytes, char err[PCAP_ERRBUF_SIZE]);

/* Bytes of the file read so far (compressed, as it lies on disk). */
uint64_t tcpra_capture_position(const struct tcpra_capture *capture);

void tcpra_capture_close(struct tcpra_capture *capture);

#endif
