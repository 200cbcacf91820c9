/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "frame_facts.h"

#include <string.h>

/* Endpoints by flow index: indices are dense, in order of first packet. */
static wmem_array_t *endpoints;

void tcpra_facts_start(void)
{
    endpoints = wmem_array_new(wmem_file_scope(), sizeof(struct tcpra_endpoints));
}

static gboolean same_endpoint(const struct tcpra_address *addr, guint16 port,
                              const struct tcpra_address *other, guint16 other_port)
{
    return port == other_port && addr->len == other->len && memcmp(addr->bytes, other->bytes, addr->len) == 0;
}

guint8 tcpra_facts_side(guint32 flow_index, const struct tcpra_segment *seg)
{
    const struct tcpra_endpoints *known;

    while (wmem_array_get_count(endpoints) <= flow_index) {
        struct tcpra_endpoints first = {{seg->src, seg->dst}, {seg->src_port, seg->dst_port}};

        wmem_array_append_one(endpoints, first);
    }
    known = tcpra_facts_endpoints(flow_index);
    return same_endpoint(&seg->src, seg->src_port, &known->addr[0], known->port[0]) ? 0 : 1;
}

const struct tcpra_endpoints *tcpra_facts_endpoints(guint32 flow_index)
{
    if (!endpoints || flow_index >= wmem_array_get_count(endpoints))
        return NULL;
    return (const struct tcpra_endpoints *)wmem_array_index(endpoints, flow_index);
}
