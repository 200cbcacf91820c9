// SPDX-License-Identifier: GPL-2.0-or-later
/* Ethernet / IPv4 / IPv6 / TCP frames and classic pcap files, for capgen. */
#ifndef CAPGEN_WIRE_H
#define CAPGEN_WIRE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum { CLI, SRV };                                  /* directions: sender */
enum { FIN = 1, SYN = 2, RST = 4, PSH = 8, ACK = 16 };

struct conn {
    int v6;
    uint8_t ip[2][16];
    uint16_t port[2];
    uint32_t isn[2];
    uint16_t win[2];                /* raw window field */
    int ws[2];                      /* window scale option in SYNs, -1: none */
    uint16_t mss[2];
    int sack_perm, timestamps;
    uint16_t ipid[2];
    uint32_t tsval[2];
    uint64_t last[2];               /* time of the last packet sent */
};

/* Opens path for writing, or exits with a message. */
FILE *open_or_die(const char *path);

/* Big-endian 16 and 32 bits. */
void put16(uint8_t *p, uint32_t v);
void put32(uint8_t *p, uint32_t v);

/* A classic pcap file of Ethernet frames, with microsecond timestamps. */
void pcap_header(FILE *f, uint32_t snaplen);
/* One frame at us microseconds since the epoch, caplen of its len bytes. */
void pcap_record(FILE *f, uint64_t us, const uint8_t *frame, size_t caplen, size_t len);

/* A connection between host .1 (client) and host .2 (server) of network `net`. */
struct conn conn(int v6, int net, uint16_t cport, uint16_t sport, uint32_t cisn, uint32_t sisn);

/*
 * Builds an Ethernet frame carrying one TCP segment from `dir` at time t.
 * seq and ack are relative to the ISNs (the SYN has seq 0).  data == NULL
 * means a payload derived from the sequence number, so that retransmissions
 * repeat the original bytes.  Returns the frame length.
 */
size_t build(uint8_t *f, struct conn *c, int dir, uint64_t t, unsigned flags,
             uint32_t seq, uint32_t ack, const uint8_t *data, size_t len);

#endif
