/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "extract.h"

#include <string.h>

#include "ip_packet.h"
#include "tcp_header.h"
#include "ws_compat.h"

static int proto_tcp = -1, proto_ip = -1, proto_ipv6 = -1, proto_icmp = -1, proto_icmpv6 = -1;

void tcpra_extract_init(GArray *wanted)
{
    proto_tcp = proto_get_id_by_filter_name("tcp");
    proto_ip = proto_get_id_by_filter_name("ip");
    proto_ipv6 = proto_get_id_by_filter_name("ipv6");
    proto_icmp = proto_get_id_by_filter_name("icmp");
    proto_icmpv6 = proto_get_id_by_filter_name("icmpv6");
#if TCPRA_WS_FAKES_TOP_LEVEL
    g_array_append_vals(wanted, (int[]){proto_tcp, proto_ip, proto_ipv6, proto_icmp, proto_icmpv6}, 5);
#else
    (void)wanted;
#endif
}

/* A protocol's bytes as the tree places them: where they start in their
 * data source, how many of them were captured and how many were sent. */
struct placed {
    const guint8 *bytes;
    guint32 captured, reported;
};

static gboolean place(const field_info *fi, struct placed *out)
{
    if (!fi->ds_tvb || fi->start < 0 || !tvb_bytes_exist(fi->ds_tvb, fi->start, 1))
        return FALSE;
    out->captured = (guint32)tvb_captured_length_remaining(fi->ds_tvb, fi->start);
    out->reported = (guint32)tvb_reported_length_remaining(fi->ds_tvb, fi->start);
    out->bytes = tvb_get_ptr(fi->ds_tvb, fi->start, (gint)out->captured);
    return TRUE;
}

static unsigned version_of(const field_info *ip)
{
    return ip->hfinfo->id == proto_ipv6 ? 6 : 4;
}

/* The addresses, the IPv4 identification and the TTL (IPv6: hop limit). */
static gboolean read_ip_header(const struct placed *at, unsigned version, struct tcpra_segment *seg)
{
    gboolean v6 = version == 6;
    guint len = v6 ? 16 : 4, offset = v6 ? 8 : 12;

    if (at->captured < offset + 2 * len)
        return FALSE;
    seg->src.family = seg->dst.family = (uint8_t)version;
    seg->src.len = seg->dst.len = (uint8_t)len;
    memcpy(seg->src.bytes, at->bytes + offset, len);
    memcpy(seg->dst.bytes, at->bytes + offset + len, len);
    seg->has_ip_id = !v6;
    seg->ip_id = v6 ? 0 : tcpra_be16(at->bytes + 4);
    seg->ttl = at->bytes[v6 ? 7 : 8];
    return TRUE;
}

/* The TCP header the TCP layer found, with the length its IP layer gives
 * it: from the IP header in the same data source, or, reassembled from
 * fragments, the whole of its own. */
static gboolean read_segment(const field_info *tcp, const field_info *ip, struct tcpra_segment *seg)
{
    struct placed at, ip_at;
    guint32 captured, reported = 0;
    gboolean known;

    if (!place(tcp, &at) || at.captured < TCPRA_TCP_FIXED_FIELDS || !place(ip, &ip_at) ||
        !read_ip_header(&ip_at, version_of(ip), seg))
        return FALSE;
    if (tcp->ds_tvb != ip->ds_tvb) {
        known = TRUE;
        reported = at.reported;
    } else {
        known = tcp->start > ip->start &&
                tcpra_ip_segment_length(version_of(ip), ip_at.bytes, ip_at.captured, ip_at.reported,
                                        (guint32)(tcp->start - ip->start), &reported);
    }
    /* The TCP item spans the captured segment, or just its header once the
     * header was read: either bounds what belongs to this segment. */
    captured = tcp->length > 0 ? MIN(at.captured, (guint32)tcp->length) : at.captured;
    tcpra_tcp_read_header(at.bytes, captured, reported, known, seg);
    if (seg->has_payload_len && (guint64)seg->header_len + seg->payload_len < captured)
        seg->captured_len = seg->header_len + seg->payload_len;
    return TRUE;
}

/* The TCP header an ICMP error quotes, read from the IP packet carrying the
 * error as the command line reads it. */
static gboolean read_quoted(const field_info *ip, struct tcpra_segment *seg)
{
    struct placed at;

    return place(ip, &at) &&
           tcpra_ip_packet_read(version_of(ip), at.bytes, at.captured, at.reported, seg) == TCPRA_PACKET_SEGMENT;
}

/* Every protocol is dissected into the tree's top level (an ICMP error's
 * quoted packet into the error's subtree): TCPRA walks the top level alone,
 * where the IP and TCP items are there however little of the tree is
 * wanted (ws_compat.h), and reads their bytes. */
unsigned tcpra_extract_segments(packet_info *pinfo, proto_tree *tree,
                                struct tcpra_segment segs[TCPRA_MAX_LAYERS],
                                int layer_nums[TCPRA_MAX_LAYERS])
{
    const field_info *ip = NULL;
    unsigned count = 0;

    for (proto_node *node = tree ? tree->first_child : NULL; node && count < TCPRA_MAX_LAYERS; node = node->next) {
        const field_info *fi = node->finfo;
        int id = fi ? fi->hfinfo->id : -1;
        struct tcpra_segment *seg = &segs[count];
        gboolean found;

        if (id == proto_ip || id == proto_ipv6) {
            ip = fi;
            continue;
        }
        if (!ip || (id != proto_tcp && id != proto_icmp && id != proto_icmpv6))
            continue;
        memset(seg, 0, sizeof *seg);
        found = id == proto_tcp ? read_segment(fi, ip, seg) : read_quoted(ip, seg);
        if (!found)
            continue;
        seg->frame = pinfo->num;
        seg->time = tcpra_time_from((int64_t)pinfo->abs_ts.secs, (int32_t)pinfo->abs_ts.nsecs);
        layer_nums[count++] = id == proto_tcp ? fi->total_layer_num : -1;
    }
    return count;
}
