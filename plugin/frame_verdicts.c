/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A frame's record: the packed verdicts, then count facts. */
#include "frame_verdicts.h"

#include <string.h>

#include "extract.h"
#include "frame_store.h"
#include "frame_verdicts_pack.h"

static struct tcpra_frame_store *store;

static void put(guint32 frame, const struct tcpra_verdict *verdicts, const struct tcpra_layer_facts *facts,
                unsigned count)
{
    guint8 record[1 + TCPRA_MAX_LAYERS * (TCPRA_PACKED_VERDICT_MAX + sizeof *facts)];
    size_t len = tcpra_pack_verdicts(verdicts, count, record);

    memcpy(record + len, facts, count * sizeof *facts);
    tcpra_frame_store_put(&store, frame, record, len + count * sizeof *facts);
}

void tcpra_frame_verdicts_store(packet_info *pinfo, const struct tcpra_verdict *verdicts,
                                const struct tcpra_layer_facts *facts, unsigned count)
{
    put(pinfo->num, verdicts, facts, count);
}

/* Mark frame's retransmission of flow_index spurious; returns the
 * retransmission of the same bytes before it, or 0. */
static guint32 settle_one(guint32 frame, guint32 flow_index, enum tcpra_spurious_basis basis, guint32 evidence)
{
    const guint8 *record = tcpra_frame_store_get(store, frame);
    struct tcpra_verdict verdicts[TCPRA_MAX_LAYERS];
    struct tcpra_layer_facts facts[TCPRA_MAX_LAYERS];
    unsigned count;

    if (!record)
        return 0;
    count = tcpra_packed_count(record);
    memcpy(facts, record + tcpra_unpack_verdicts(record, verdicts), count * sizeof facts[0]);
    for (unsigned i = 0; i < count; i++) {
        struct tcpra_cause *c = &verdicts[i].cause;

        if (verdicts[i].flow_index != flow_index || c->trigger == TCPRA_TRIGGER_NONE)
            continue;
        c->flags |= TCPRA_CAUSE_SPURIOUS | TCPRA_CAUSE_SETTLED_LATER;
        c->spurious_basis = (guint8)basis;
        c->evidence_frame = evidence;
        /* The record is replaced: the old one's bytes stay unused. */
        put(frame, verdicts, facts, count);
        return c->previous_frame < frame ? c->previous_frame : 0;
    }
    return 0;
}

void tcpra_frame_verdicts_settle(guint32 frame, guint32 flow_index, enum tcpra_spurious_basis basis,
                                 gboolean all_copies, guint32 evidence)
{
    guint32 previous = settle_one(frame, flow_index, basis, evidence);

    /* The first copy arrived: every copy sent after it was needless. */
    while (all_copies && previous)
        previous = settle_one(previous, flow_index, basis, evidence);
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
