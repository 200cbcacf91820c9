/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "frame_store.h"
#include "ws_compat.h"

#include <string.h>

#include "record_blocks.h"

#define FRAMES_PER_BLOCK 4096u          /* frames one index block covers */

struct tcpra_frame_store {
    /* blocks[frame / FRAMES_PER_BLOCK][frame % FRAMES_PER_BLOCK]: the
     * frame's record; 0 when it has none. */
    tcpra_record_handle **blocks;
    guint32 block_count;
    struct tcpra_record_blocks records;
};

/* The file scope is about to be freed, and the store with it. */
static tcpra_wmem_cb_result forget(wmem_allocator_t *allocator _U_, wmem_cb_event_t event _U_, void *store)
{
    struct tcpra_frame_store **st = (struct tcpra_frame_store **)store;

    tcpra_record_blocks_free(&(*st)->records);
    *st = NULL;
    return FALSE;
}

static struct tcpra_frame_store *store_for(struct tcpra_frame_store **store)
{
    if (!*store) {
        *store = wmem_new0(wmem_file_scope(), struct tcpra_frame_store);
        wmem_register_callback(wmem_file_scope(), forget, store);
    }
    return *store;
}

/* The index entry of frame, made with its block when missing. */
static tcpra_record_handle *index_entry(struct tcpra_frame_store *st, guint32 frame)
{
    guint32 block = frame / FRAMES_PER_BLOCK;

    if (block >= st->block_count) {
        guint32 count = MAX(block + 1, st->block_count * 2);

        st->blocks = (tcpra_record_handle **)wmem_realloc(wmem_file_scope(), st->blocks, count * sizeof *st->blocks);
        memset(st->blocks + st->block_count, 0, (count - st->block_count) * sizeof *st->blocks);
        st->block_count = count;
    }
    if (!st->blocks[block])
        st->blocks[block] = wmem_alloc0_array(wmem_file_scope(), tcpra_record_handle, FRAMES_PER_BLOCK);
    return &st->blocks[block][frame % FRAMES_PER_BLOCK];
}

void tcpra_frame_store_put(struct tcpra_frame_store **store, guint32 frame, const guint8 *bytes, size_t len)
{
    struct tcpra_frame_store *st = store_for(store);
    tcpra_record_handle handle;
    guint8 *record = tcpra_record_add_bytes(&st->records, len, &handle);

    if (!record)
        return;
    memcpy(record, bytes, len);
    *index_entry(st, frame) = handle;
}

guint8 *tcpra_frame_store_get(const struct tcpra_frame_store *store, guint32 frame)
{
    guint32 block = frame / FRAMES_PER_BLOCK;
    tcpra_record_handle handle;

    if (!store || block >= store->block_count || !store->blocks[block])
        return NULL;
    handle = store->blocks[block][frame % FRAMES_PER_BLOCK];
    return handle ? tcpra_record_get(&store->records, handle) : NULL;
}
