// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Realistic traffic: a download starts every FLOW_SPACING_US, each over its
 * own path (RTT 1 to 100 ms, 10 to 40 segments a round trip), 60% of them
 * a few segments long, 30% hundreds, 10% thousands. The capture is taken at
 * the clients. Of the server's segments, 0.4% are lost before the capture
 * point and resent one RTT after the third duplicate ACK (or, at a flow's
 * tail, after a timeout), 0.4% arrive after the next one, and 0.1% arrive
 * twice, the copy after a timeout. The client ACKs every second segment,
 * and at once when a segment is out of order or fills a hole. Every flow
 * ends with FINs.
 */
#include <stdbool.h>
#include <stdlib.h>

#include "large.h"

#define MSS 1448u
#define FLOW_SPACING_US 8000u
#define TIMEOUT_US 200000u

struct pkt {
    uint64_t t;                 /* microseconds from the capture's start */
    uint32_t order;             /* among packets of the same time */
    uint32_t flow;
    uint32_t seq, ack;          /* relative to the ISNs */
    uint16_t len;
    uint8_t dir, flags;
};

/* A server segment reaching the capture point; k == n: the FIN. */
struct arrival {
    uint64_t t;
    uint32_t k;
};

struct download {
    uint32_t id, n, total, request;     /* segments, bytes, request bytes */
    uint64_t rtt, gap;
};

static struct {
    struct pkt *items;
    size_t count, capacity;
} pkts;
static struct conn *conns;
static size_t conn_capacity;
static uint64_t rng = 1;

/* splitmix64 */
static uint64_t random64(void)
{
    uint64_t z = (rng += 0x9e3779b97f4a7c15ull);

    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static uint32_t below(uint32_t n)
{
    return (uint32_t)(random64() % n);
}

static void *or_die(void *p)
{
    if (!p) {
        fputs("capgen: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static void *grow(void *p, size_t *capacity, size_t size)
{
    *capacity = *capacity ? *capacity * 2 : 4096;
    return or_die(realloc(p, *capacity * size));
}

static void add(const struct download *d, int dir, uint64_t t, unsigned flags, uint32_t seq,
                uint32_t ack, uint32_t len)
{
    if (pkts.count == pkts.capacity)
        pkts.items = grow(pkts.items, &pkts.capacity, sizeof *pkts.items);
    pkts.items[pkts.count] = (struct pkt){ t, (uint32_t)pkts.count, d->id, seq, ack, (uint16_t)len,
                                           (uint8_t)dir, (uint8_t)flags };
    pkts.count++;
}

/* Client 10.x.y.z, one of eight servers; half of the flows with
 * timestamps, SACK and window scaling, one in ten over IPv6. */
static void new_conn(uint32_t id)
{
    struct conn *c;

    if (id >= conn_capacity)
        conns = grow(conns, &conn_capacity, sizeof *conns);
    c = &conns[id];
    *c = conn(below(10) == 0, 0, (uint16_t)(10000 + id % 50000), 5201, (uint32_t)random64(),
              (uint32_t)random64());
    c->ip[CLI][c->v6 ? 13 : 1] = (uint8_t)(1 + (id >> 16) % 200);
    c->ip[CLI][c->v6 ? 14 : 2] = (uint8_t)(id >> 8);
    c->ip[CLI][c->v6 ? 15 : 3] = (uint8_t)id;
    c->ip[SRV][c->v6 ? 15 : 3] = (uint8_t)(100 + id % 8);
    if (below(2)) {
        c->timestamps = c->sack_perm = 1;
        c->ws[CLI] = c->ws[SRV] = 7;
    }
}

static uint32_t segments(void)
{
    uint32_t r = below(100);

    if (r < 60)
        return 1 + below(8);
    if (r < 90)
        return 10 + below(190);
    return 200 + below(2800);
}

static uint32_t seq_of(uint32_t k)
{
    return 1 + k * MSS;
}

static uint32_t len_of(const struct download *d, uint32_t k)
{
    return k + 1 < d->n ? MSS : d->total - (d->n - 1) * MSS;
}

static int by_time(const void *a, const void *b)
{
    const struct arrival *x = a, *y = b;

    return x->t != y->t ? (x->t < y->t ? -1 : 1) : (x->k > y->k) - (x->k < y->k);
}

/* When the server's segments reach the capture point: first, lost, late,
 * twice; then the FIN after the last. */
static size_t arrivals(const struct download *d, uint64_t first, struct arrival *out)
{
    size_t count = 0;
    uint64_t last = first, timeout = d->rtt * 2 > TIMEOUT_US ? d->rtt * 2 : TIMEOUT_US;

    for (uint32_t k = 0; k < d->n; k++) {
        uint64_t t = first + k * d->gap;
        uint32_t fate = below(1000);

        if (fate < 4)
            t = k + 3 < d->n ? first + (k + 3) * d->gap + d->rtt : t + timeout;
        else if (fate < 8 && k + 1 < d->n)
            t += d->gap + d->gap / 2;
        else if (fate < 9)
            out[count++] = (struct arrival){ t + timeout, k };
        out[count++] = (struct arrival){ t, k };
    }
    for (size_t i = 0; i < count; i++)
        last = out[i].t > last ? out[i].t : last;
    out[count++] = (struct arrival){ last + d->gap, d->n };
    qsort(out, count, sizeof *out, by_time);
    return count;
}

static void ack(const struct download *d, uint64_t t, uint32_t next)
{
    uint32_t acked = next < d->n ? next * MSS : d->total;

    add(d, CLI, t + 20, ACK, 1 + d->request, 1 + acked, 0);
}

/* The client's side: what arrives, and its ACKs. */
static void receive(const struct download *d, const struct arrival *in, size_t count)
{
    bool *received = or_die(calloc(d->n, sizeof *received));
    uint32_t next = 0, above = 0, pending = 0;
    uint32_t fin = 1 + d->total, client_end = 1 + d->request;

    for (size_t i = 0; i < count; i++) {
        uint32_t k = in[i].k;
        uint64_t t = in[i].t;

        if (k == d->n) {
            add(d, SRV, t, FIN | ACK, fin, client_end, 0);
            add(d, CLI, t + 50, FIN | ACK, client_end, fin + 1, 0);
            add(d, SRV, t + 50 + d->rtt, ACK, fin + 1, client_end + 1, 0);
            break;
        }
        add(d, SRV, t, k + 1 == d->n ? PSH | ACK : ACK, seq_of(k), client_end, len_of(d, k));
        if (k < next || received[k]) {
            ack(d, t, next);
        } else if (k == next) {
            bool fills_hole = above > 0;

            received[k] = true;
            for (next++; next < d->n && received[next]; next++)
                above--;
            if (fills_hole || ++pending == 2 || next == d->n) {
                ack(d, t, next);
                pending = 0;
            }
        } else {
            received[k] = true;
            above++;
            ack(d, t, next);
        }
    }
    free(received);
}

static void download(uint32_t id, uint64_t start)
{
    struct download d = { .id = id };
    struct arrival *in;
    uint64_t t;

    new_conn(id);
    d.rtt = 1000 + below(99000);
    d.gap = d.rtt / (10 + below(30));
    d.n = segments();
    d.total = (d.n - 1) * MSS + 1 + below(MSS);
    d.request = 200 + below(400);
    add(&d, CLI, start, SYN, 0, 0, 0);
    add(&d, SRV, start + d.rtt, SYN | ACK, 0, 1, 0);
    add(&d, CLI, start + d.rtt + 10, ACK, 1, 1, 0);
    t = start + d.rtt + 20;
    add(&d, CLI, t, PSH | ACK, 1, 1, d.request);
    in = or_die(malloc((2 * (size_t)d.n + 1) * sizeof *in));
    receive(&d, in, arrivals(&d, t + d.rtt, in));
    free(in);
}

static size_t packets_before(uint64_t t)
{
    size_t count = 0;

    for (size_t i = 0; i < pkts.count; i++)
        count += pkts.items[i].t < t;
    return count;
}

static int by_time_then_order(const void *a, const void *b)
{
    const struct pkt *x = a, *y = b;

    if (x->t != y->t)
        return x->t < y->t ? -1 : 1;
    return (x->order > y->order) - (x->order < y->order);
}

void write_traffic(const char *path, unsigned long packets)
{
    FILE *f = large_open(path);
    uint32_t flows = 0;

    /* Every packet before the next flow's start is there. */
    do {
        for (uint32_t end = flows + 64; flows < end; flows++)
            download(flows, (uint64_t)flows * FLOW_SPACING_US);
    } while (packets_before((uint64_t)flows * FLOW_SPACING_US) < packets);
    qsort(pkts.items, pkts.count, sizeof *pkts.items, by_time_then_order);
    for (size_t i = 0; i < packets; i++) {
        const struct pkt *p = &pkts.items[i];

        large_frame(f, &conns[p->flow], p->dir, p->t, p->flags, p->seq, p->ack, p->len);
    }
    fclose(f);
    free(pkts.items);
    free(conns);
}
