/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "frame_verdicts.h"

#include <string.h>

#include <epan/proto_data.h>

void tcpra_frame_verdicts_store(packet_info *pinfo, int proto, const struct tcpra_verdict *verdicts,
                                unsigned count)
{
    struct tcpra_frame_verdicts *stored;
    size_t size = sizeof *stored + count * sizeof stored->verdicts[0];

    stored = (struct tcpra_frame_verdicts *)wmem_alloc(wmem_file_scope(), size);
    stored->count = count;
    memcpy(stored->verdicts, verdicts, count * sizeof stored->verdicts[0]);
    p_add_proto_data(wmem_file_scope(), pinfo, proto, 0, stored);
}

const struct tcpra_frame_verdicts *tcpra_frame_verdicts_get(packet_info *pinfo, int proto)
{
    return (const struct tcpra_frame_verdicts *)p_get_proto_data(wmem_file_scope(), pinfo, proto, 0);
}
