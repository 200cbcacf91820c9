/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "extract.h"

#include <string.h>

#include <wsutil/pint.h>

#include "tcp_header.h"
#include "ws_compat.h"

static int proto_tcp = -1, proto_ip = -1, proto_ipv6 = -1, hf_tcp_len = -1;

void tcpra_extract_want(GArray *wanted)
{
    proto_tcp = proto_get_id_by_filter_name("tcp");
    proto_ip = proto_get_id_by_filter_name("ip");
    proto_ipv6 = proto_get_id_by_filter_name("ipv6");
    hf_tcp_len = proto_registrar_get_id_byname("tcp.len");
    g_array_append_val(wanted, proto_tcp);
    g_array_append_val(wanted, proto_ip);
    g_array_append_val(wanted, proto_ipv6);
    g_array_append_val(wanted, hf_tcp_len);
}

static const guint8 *header_bytes(const field_info *fi, guint needed)
{
    if (!fi->ds_tvb || fi->start < 0 || !tvb_bytes_exist(fi->ds_tvb, fi->start, (gint)needed))
        return NULL;
    return tvb_get_ptr(fi->ds_tvb, fi->start, (gint)needed);
}

/* The IP layer directly below a TCP layer: the last IPv4 or IPv6 header
 * added at a lower layer number. */
static const field_info *ip_below(GPtrArray *layers, int tcp_layer, const field_info *best)
{
    for (guint i = 0; layers && i < layers->len; i++) {
        const field_info *fi = (const field_info *)g_ptr_array_index(layers, i);

        if (fi->total_layer_num < tcp_layer && (!best || fi->total_layer_num > best->total_layer_num))
            best = fi;
    }
    return best;
}

/* The addresses, the IPv4 identification and the TTL (IPv6: hop limit). */
static gboolean read_ip_header(const field_info *ip, struct tcpra_segment *seg)
{
    gboolean v6 = ip->hfinfo->id == proto_ipv6;
    guint len = v6 ? 16 : 4, offset = v6 ? 8 : 12;
    const guint8 *hdr = header_bytes(ip, offset + 2 * len);

    if (!hdr)
        return FALSE;
    seg->src.family = seg->dst.family = v6 ? 6 : 4;
    seg->src.len = seg->dst.len = (uint8_t)len;
    memcpy(seg->src.bytes, hdr + offset, len);
    memcpy(seg->dst.bytes, hdr + offset + len, len);
    seg->has_ip_id = !v6;
    seg->ip_id = v6 ? 0 : TCPRA_PNTOH16(hdr + 4);
    seg->ttl = hdr[v6 ? 7 : 8];
    return TRUE;
}

static field_info *payload_len_of(GPtrArray *lens, const field_info *tcp)
{
    for (guint i = 0; lens && i < lens->len; i++) {
        field_info *fi = (field_info *)g_ptr_array_index(lens, i);

        if (fi->total_layer_num == tcp->total_layer_num)
            return fi;
    }
    return NULL;
}

static gboolean read_segment(packet_info *pinfo, const field_info *tcp, field_info *len_fi,
                             struct tcpra_segment *seg)
{
    const guint8 *h = header_bytes(tcp, TCPRA_TCP_FIXED_FIELDS);
    guint captured;

    if (!h)
        return FALSE;
    captured = (guint)tvb_captured_length_remaining(tcp->ds_tvb, tcp->start);
    /* The TCP item spans the captured segment, or just its header once the
     * header was read: either bounds what belongs to this segment. */
    if (tcp->length > 0 && (guint)tcp->length < captured)
        captured = (guint)tcp->length;
    seg->frame = pinfo->num;
    seg->time = tcpra_time_from((int64_t)pinfo->abs_ts.secs, (int32_t)pinfo->abs_ts.nsecs);
    tcpra_read_tcp_fixed_fields(h, seg);
    seg->has_payload_len = len_fi != NULL;
    seg->payload_len = len_fi ? TCPRA_FINFO_UINT(len_fi) : 0;
    if (len_fi && (guint64)seg->header_len + seg->payload_len < captured)
        captured = seg->header_len + seg->payload_len;
    seg->captured_len = captured;
    seg->options = NULL;
    seg->options_len = 0;
    if (captured > TCPRA_TCP_MIN_HEADER && seg->header_len > TCPRA_TCP_MIN_HEADER) {
        guint wanted = MIN(captured, seg->header_len) - TCPRA_TCP_MIN_HEADER;

        seg->options = header_bytes(tcp, TCPRA_TCP_MIN_HEADER + wanted) + TCPRA_TCP_MIN_HEADER;
        seg->options_len = wanted;
    }
    return TRUE;
}

unsigned tcpra_extract_segments(packet_info *pinfo, proto_tree *tree,
                                struct tcpra_segment segs[TCPRA_MAX_LAYERS],
                                int layer_nums[TCPRA_MAX_LAYERS])
{
    GPtrArray *tcps = proto_get_finfo_ptr_array(tree, proto_tcp);
    GPtrArray *lens = proto_get_finfo_ptr_array(tree, hf_tcp_len);
    GPtrArray *ip4 = proto_get_finfo_ptr_array(tree, proto_ip);
    GPtrArray *ip6 = proto_get_finfo_ptr_array(tree, proto_ipv6);
    unsigned count = 0;

    for (guint i = 0; tcps && i < tcps->len && count < TCPRA_MAX_LAYERS; i++) {
        const field_info *tcp = (const field_info *)g_ptr_array_index(tcps, i);
        const field_info *ip = ip_below(ip6, tcp->total_layer_num, ip_below(ip4, tcp->total_layer_num, NULL));
        struct tcpra_segment *seg = &segs[count];

        memset(seg, 0, sizeof *seg);
        if (ip && read_ip_header(ip, seg) && read_segment(pinfo, tcp, payload_len_of(lens, tcp), seg))
            layer_nums[count++] = tcp->total_layer_num;
    }
    return count;
}
