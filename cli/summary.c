/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "summary.h"

#include <arpa/inet.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"

/* Room for "[ffff:...:ffff]:65535". */
#define ENDPOINT_TEXT_MAX 56

bool tcpra_summary_count_segment(struct tcpra_summary *summary, const struct tcpra_verdict *verdict,
                                 uint32_t payload_len)
{
    uint32_t index = verdict->connection;

    if (index >= summary->capacity) {
        uint32_t grown = summary->capacity ? summary->capacity : 256;
        struct tcpra_connection_summary *moved;

        while (grown <= index)
            grown *= 2;
        moved = realloc(summary->connections, grown * sizeof *moved);
        if (!moved)
            return false;
        memset(moved + summary->capacity, 0, (grown - summary->capacity) * sizeof *moved);
        summary->connections = moved;
        summary->capacity = grown;
    }
    if (index >= summary->count)
        summary->count = index + 1;
    summary->connections[index].packets++;
    if (payload_len)
        summary->connections[index].data_segments++;
    return true;
}

void tcpra_summary_add_verdict(struct tcpra_summary *summary, const struct tcpra_verdict *verdict)
{
    struct tcpra_connection_summary *s;
    const struct tcpra_cause *c = &verdict->cause;

    if (verdict->connection >= summary->count)
        return;
    s = &summary->connections[verdict->connection];
    for (uint32_t bits = tcpra_cause_kind_bits(c); bits; bits &= bits - 1)
        s->kinds[__builtin_ctz(bits)]++;
    if (c->trigger != TCPRA_TRIGGER_NONE)
        s->retransmissions++;
    if (c->trigger == TCPRA_TRIGGER_RTO && c->backoff > s->max_backoff)
        s->max_backoff = c->backoff;
    if (c->vantage != TCPRA_VANTAGE_UNKNOWN)
        s->vantage[verdict->direction & 1] = c->vantage;
}

static void add_into(struct tcpra_connection_summary *sum, const struct tcpra_connection_summary *s)
{
    sum->packets += s->packets;
    sum->data_segments += s->data_segments;
    sum->retransmissions += s->retransmissions;
    for (int k = 0; k < TCPRA_KIND_COUNT; k++)
        sum->kinds[k] += s->kinds[k];
    if (s->max_backoff > sum->max_backoff)
        sum->max_backoff = s->max_backoff;
}

static double share(uint64_t part, uint64_t whole)
{
    return whole ? (double)part / (double)whole : 0.0;
}

static void address_text(const struct tcpra_address *a, char *text)
{
    if (!inet_ntop(a->family == 6 ? AF_INET6 : AF_INET, a->bytes, text, INET6_ADDRSTRLEN))
        strcpy(text, "?");
}

/* A connection's or a host pair's row; ports and vantage only for a
 * connection (vantage not NULL). */
static void print_row(FILE *out, bool json, const char *file, const char *type, int64_t flow,
                      const struct tcpra_endpoints *ep, const struct tcpra_connection_summary *s)
{
    char a[INET6_ADDRSTRLEN], b[INET6_ADDRSTRLEN];
    double spurious = share(s->kinds[TCPRA_KIND_SPURIOUS], s->retransmissions);
    double reordered = share(s->kinds[TCPRA_KIND_REORDERED], s->data_segments);
    bool connection = flow >= 0;

    address_text(&ep->addr[0], a);
    address_text(&ep->addr[1], b);
    if (json) {
        fprintf(out, "{\"type\":\"%s\",\"file\":", type);
        tcpra_output_json_string(out, file);
        if (connection)
            fprintf(out, ",\"flow\":%" PRId64 ",\"a\":\"%s\",\"a_port\":%u,\"b\":\"%s\",\"b_port\":%u", flow, a,
                    ep->port[0], b, ep->port[1]);
        else
            fprintf(out, ",\"a\":\"%s\",\"b\":\"%s\"", a, b);
        fprintf(out, ",\"packets\":%" PRIu64 ",\"data_segments\":%" PRIu64 ",\"retransmissions\":%" PRIu64, s->packets,
                s->data_segments, s->retransmissions);
        for (int k = 0; k < TCPRA_KIND_COUNT; k++)
            fprintf(out, ",\"%s\":%" PRIu64, tcpra_cause_kinds[k].name, s->kinds[k]);
        fprintf(out, ",\"spurious_share\":%.4f,\"reordering_rate\":%.4f,\"max_backoff\":%u", spurious, reordered,
                s->max_backoff);
        if (connection)
            fprintf(out, ",\"vantage_a\":\"%s\",\"vantage_b\":\"%s\"",
                    tcpra_vantage_name((enum tcpra_vantage)s->vantage[0]),
                    tcpra_vantage_name((enum tcpra_vantage)s->vantage[1]));
        fputs("}\n", out);
        return;
    }
    if (connection) {
        char endpoints[2 * ENDPOINT_TEXT_MAX + 8];

        snprintf(endpoints, sizeof endpoints, "%s:%u <-> %s:%u", a, ep->port[0], b, ep->port[1]);
        fprintf(out, "%6" PRId64 "  %-47s", flow, endpoints);
    } else {
        char hosts[2 * INET6_ADDRSTRLEN + 8];

        snprintf(hosts, sizeof hosts, "%s <-> %s", a, b);
        fprintf(out, "%-55s", hosts);
    }
    fprintf(out, " %9" PRIu64 " %7" PRIu64, s->packets, s->retransmissions);
    for (int k = 0; k < TCPRA_KIND_COUNT; k++)
        fprintf(out, " %9" PRIu64, s->kinds[k]);
    fprintf(out, " %8.1f%% %7.2f%% %7u", 100 * spurious, 100 * reordered, s->max_backoff);
    if (connection)
        fprintf(out, "  %s/%s", tcpra_vantage_name((enum tcpra_vantage)s->vantage[0]),
                tcpra_vantage_name((enum tcpra_vantage)s->vantage[1]));
    fputc('\n', out);
}

static void print_heading(FILE *out, const char *first, bool vantage)
{
    fprintf(out, "%-55s %9s %7s", first, "packets", "rtx");
    for (int k = 0; k < TCPRA_KIND_COUNT; k++)
        fprintf(out, " %9.9s", tcpra_cause_kinds[k].name);
    fprintf(out, " %9s %8s %7s%s\n", "spurious%", "reorder%", "backoff", vantage ? "  vantage a/b" : "");
}

/* Connections sorted by host pair, for the per-pair sums. */
struct pair_entry {
    struct tcpra_endpoints ep;
    uint32_t index;
};

static int compare_pairs(const void *x, const void *y)
{
    const struct tcpra_endpoints *a = &((const struct pair_entry *)x)->ep, *b = &((const struct pair_entry *)y)->ep;
    int diff = memcmp(&a->addr[0], &b->addr[0], sizeof a->addr[0]);

    return diff ? diff : memcmp(&a->addr[1], &b->addr[1], sizeof a->addr[1]);
}

static void print_host_pairs(FILE *out, bool json, const char *file, const struct tcpra_summary *summary,
                             struct pair_entry *pairs, uint32_t count)
{
    qsort(pairs, count, sizeof *pairs, compare_pairs);
    if (!json)
        print_heading(out, "host pair", false);
    for (uint32_t i = 0; i < count;) {
        struct tcpra_connection_summary sum = {0};
        uint32_t j = i;

        for (; j < count && compare_pairs(&pairs[i], &pairs[j]) == 0; j++)
            add_into(&sum, &summary->connections[pairs[j].index]);
        print_row(out, json, file, "host_pair", -1, &pairs[i].ep, &sum);
        i = j;
    }
}

void tcpra_summary_print(FILE *out, bool json, const char *file, const struct tcpra_summary *summary,
                         const struct tcpra_analyzer *analyzer)
{
    struct pair_entry *pairs = malloc((summary->count ? summary->count : 1) * sizeof *pairs);
    uint32_t count = 0;

    if (!pairs) {
        fprintf(stderr, "tcpra: %s: out of memory for the summary\n", file);
        return;
    }
    if (!json) {
        fprintf(out, "%s\n", file);
        print_heading(out, "  flow  connection (a <-> b)", true);
    }
    for (uint32_t i = 0; i < summary->count; i++) {
        struct tcpra_endpoints ep;

        if (!summary->connections[i].packets || !tcpra_analyzer_endpoints(analyzer, i, &ep))
            continue;
        print_row(out, json, file, "connection", i, &ep, &summary->connections[i]);
        pairs[count++] = (struct pair_entry){ep, i};
    }
    print_host_pairs(out, json, file, summary, pairs, count);
    free(pairs);
}

void tcpra_summary_free(struct tcpra_summary *summary)
{
    free(summary->connections);
    memset(summary, 0, sizeof *summary);
}
