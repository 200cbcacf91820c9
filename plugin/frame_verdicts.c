/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "frame_verdicts.h"

#include <string.h>

#include "extract.h"
#include "frame_store.h"

static struct tcpra_frame_store *store;

/* A frame's layers, unpacked. */
struct layers {
    struct tcpra_verdict verdicts[TCPRA_MAX_LAYERS];
    struct tcpra_layer_facts facts[TCPRA_MAX_LAYERS];
};

void tcpra_frame_verdicts_store(packet_info *pinfo, const struct tcpra_verdict *verdicts,
                                const struct tcpra_layer_facts *facts, unsigned count)
{
    guint8 record[1 + TCPRA_MAX_LAYERS * TCPRA_PACKED_LAYER_MAX];

    tcpra_frame_store_put(&store, pinfo->num, record, tcpra_record_pack(verdicts, facts, count, record));
}

void tcpra_frame_verdicts_settle(const struct tcpra_verdict *settling, guint32 by)
{
    for (guint32 i = 0; i < settling->settled_count; i++) {
        guint8 *record = tcpra_frame_store_get(store, settling->settled_frames[i]);

        if (record)
            tcpra_record_settle(record, settling, by);
    }
}

const struct tcpra_frame_verdicts *tcpra_frame_verdicts_get(packet_info *pinfo)
{
    const guint8 *record = tcpra_frame_store_get(store, pinfo->num);
    /* One allocation a frame: the header, then the layers. */
    struct unpacked {
        struct tcpra_frame_verdicts frame;
        struct layers l;
    } *u;

    if (!record)
        return NULL;
    u = wmem_new(pinfo->pool, struct unpacked);
    u->frame.count = tcpra_record_count(record);
    tcpra_record_unpack(record, u->l.verdicts, u->l.facts);
    u->frame.verdicts = u->l.verdicts;
    u->frame.facts = u->l.facts;
    return &u->frame;
}
