/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A frame's record: the packed verdicts, then count facts. */
#include "frame_verdicts.h"

#include <string.h>

#include "extract.h"
#include "frame_store.h"
#include "frame_verdicts_pack.h"

static struct tcpra_frame_store *store;

void tcpra_frame_verdicts_store(packet_info *pinfo, const struct tcpra_verdict *verdicts,
                                const struct tcpra_layer_facts *facts, unsigned count)
{
    guint8 record[1 + TCPRA_MAX_LAYERS * (TCPRA_PACKED_VERDICT_MAX + sizeof *facts)];
    size_t len = tcpra_pack_verdicts(verdicts, count, record);

    memcpy(record + len, facts, count * sizeof *facts);
    tcpra_frame_store_put(&store, pinfo->num, record, len + count * sizeof *facts);
}

const struct tcpra_frame_verdicts *tcpra_frame_verdicts_get(packet_info *pinfo)
{
    const guint8 *record = tcpra_frame_store_get(store, pinfo->num);
    struct tcpra_frame_verdicts *frame;
    struct tcpra_verdict *verdicts;
    struct tcpra_layer_facts *facts;

    if (!record)
        return NULL;
    frame = wmem_new(pinfo->pool, struct tcpra_frame_verdicts);
    frame->count = tcpra_packed_count(record);
    verdicts = wmem_alloc_array(pinfo->pool, struct tcpra_verdict, frame->count);
    facts = wmem_alloc_array(pinfo->pool, struct tcpra_layer_facts, frame->count);
    memcpy(facts, record + tcpra_unpack_verdicts(record, verdicts), frame->count * sizeof *facts);
    frame->verdicts = verdicts;
    frame->facts = facts;
    return frame;
}
