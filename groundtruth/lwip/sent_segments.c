// SPDX-License-Identifier: GPL-2.0-or-later
#include "sent_segments.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lwip/priv/tcp_priv.h"
#include "lwip/tcp.h"

#define MAX_FLOWS 4096
#define TCP_SYN_FLAG 0x02
#define TCP_FIN_FLAG 0x01

/* One connection as lwIP sends it. */
struct sent_flow {
    uint32_t local_ip, remote_ip;     /* network order */
    uint16_t local_port, remote_port; /* host order */
    uint32_t isn;                     /* of the SYN-ACK: a new one is a new connection */
    uint32_t snd_max;                 /* the sequence number after the highest byte sent */
    int fast_armed;                   /* TF_INFR seen clear since the last fast retransmission */
};

/* A TCP segment's header fields the log needs. */
struct segment {
    uint32_t src, dst;
    uint16_t sport, dport;
    uint32_t seq;
    uint32_t seq_space;
    uint8_t flags;
};

static FILE *out;
static struct sent_flow flows[MAX_FLOWS];
static size_t flow_count;

void sent_segments_open(const char *path)
{
    out = fopen(path, "w");
    if (!out) {
        fprintf(stderr, "lwip-sender: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    setvbuf(out, NULL, _IOLBF, 0);
}

static int parse(const unsigned char *ip, size_t len, struct segment *s)
{
    size_t ihl, total, doff;

    if (len < 20 || ip[0] >> 4 != 4 || ip[9] != IPPROTO_TCP)
        return 0;
    ihl = (size_t)(ip[0] & 0x0f) * 4;
    total = (size_t)ip[2] << 8 | ip[3];
    if (total > len || total < ihl + 20)
        return 0;
    doff = (size_t)(ip[ihl + 12] >> 4) * 4;
    if (total < ihl + doff)
        return 0;
    memcpy(&s->src, ip + 12, 4);
    memcpy(&s->dst, ip + 16, 4);
    s->sport = (uint16_t)(ip[ihl] << 8 | ip[ihl + 1]);
    s->dport = (uint16_t)(ip[ihl + 2] << 8 | ip[ihl + 3]);
    s->seq = (uint32_t)ip[ihl + 4] << 24 | (uint32_t)ip[ihl + 5] << 16 | (uint32_t)ip[ihl + 6] << 8 | ip[ihl + 7];
    s->flags = ip[ihl + 13];
    s->seq_space = (uint32_t)(total - ihl - doff) + !!(s->flags & TCP_SYN_FLAG) + !!(s->flags & TCP_FIN_FLAG);
    return 1;
}

static struct tcp_pcb *pcb_of(uint16_t local_port, uint32_t remote_ip, uint16_t remote_port)
{
    for (struct tcp_pcb *pcb = tcp_active_pcbs; pcb; pcb = pcb->next) {
        if (pcb->local_port == local_port && pcb->remote_port == remote_port &&
            ip4_addr_get_u32(ip_2_ip4(&pcb->remote_ip)) == remote_ip)
            return pcb;
    }
    return NULL;
}

static struct sent_flow *flow_of(uint32_t local_ip, uint16_t local_port, uint32_t remote_ip, uint16_t remote_port)
{
    for (size_t i = flow_count; i-- > 0;) {
        struct sent_flow *f = &flows[i];
        if (f->local_port == local_port && f->remote_port == remote_port && f->local_ip == local_ip &&
            f->remote_ip == remote_ip)
            return f;
    }
    return NULL;
}

/* TF_INFR clear now: the next time it is set, a fast retransmission starts. */
static void observe(struct sent_flow *f, const struct tcp_pcb *pcb)
{
    if (f && pcb && !(pcb->flags & TF_INFR))
        f->fast_armed = 1;
}

void sent_segments_before_input(const unsigned char *ip, size_t len)
{
    struct segment s;

    if (parse(ip, len, &s))
        observe(flow_of(s.dst, s.dport, s.src, s.sport), pcb_of(s.dport, s.src, s.sport));
}

static const char *cause_of(struct sent_flow *f, const struct tcp_pcb *pcb, const struct segment *s)
{
    if (s->flags & TCP_SYN_FLAG)
        return "syn";
    if (pcb && (pcb->flags & TF_INFR) && f->fast_armed) {
        f->fast_armed = 0;
        return "fast";
    }
    if (pcb && (pcb->flags & TF_RTO))
        return "rto";
    return "-";
}

static struct sent_flow *new_flow(const struct segment *s)
{
    struct sent_flow *f;

    if (flow_count == MAX_FLOWS) {
        fprintf(stderr, "lwip-sender: more than %d connections\n", MAX_FLOWS);
        exit(1);
    }
    f = &flows[flow_count++];
    *f = (struct sent_flow){.local_ip = s->src, .remote_ip = s->dst, .local_port = s->sport,
                            .remote_port = s->dport, .isn = s->seq, .snd_max = s->seq, .fast_armed = 1};
    return f;
}

static int64_t monotonic_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void sent_segments_record(const unsigned char *ip, size_t len)
{
    struct segment s;
    struct sent_flow *f;
    const struct tcp_pcb *pcb;
    uint32_t end;

    if (!parse(ip, len, &s) || !s.seq_space)
        return;
    f = flow_of(s.src, s.sport, s.dst, s.dport);
    if (!f || ((s.flags & TCP_SYN_FLAG) && s.seq != f->isn))
        f = new_flow(&s);
    pcb = pcb_of(s.sport, s.dst, s.dport);
    if ((int32_t)(s.seq - f->snd_max) < 0) {
        char saddr[INET_ADDRSTRLEN], daddr[INET_ADDRSTRLEN];
        int64_t now = monotonic_ns();

        inet_ntop(AF_INET, &s.src, saddr, sizeof saddr);
        inet_ntop(AF_INET, &s.dst, daddr, sizeof daddr);
        fprintf(out, "%lld.%09lld %s %u %s %u %s\n", (long long)(now / 1000000000), (long long)(now % 1000000000),
                saddr, s.sport, daddr, s.dport, cause_of(f, pcb, &s));
    }
    observe(f, pcb);
    end = s.seq + s.seq_space;
    if ((int32_t)(end - f->snd_max) > 0)
        f->snd_max = end;
}
