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
    /* One allocation a frame: the header, then the verdicts, then the facts. */
    struct unpacked {
        struct tcpra_frame_verdicts frame;
        struct tcpra_verdict verdicts[TCPRA_MAX_LAYERS];
        struct tcpra_layer_facts facts[TCPRA_MAX_LAYERS];
    } *u;

    if (!record)
        return NULL;
    u = wmem_new(pinfo->pool, struct unpacked);
    u->frame.count = tcpra_packed_count(record);
    memcpy(u->facts, record + tcpra_unpack_verdicts(record, u->verdicts),
           u->frame.count * sizeof u->facts[0]);
    u->frame.verdicts = u->verdicts;
    u->frame.facts = u->facts;
    return &u->frame;
}
