/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "frame_store.h"
#include "ws_compat.h"

#include <string.h>

#define FRAMES_PER_BLOCK 4096u          /* frames one index block covers */
#define CHUNK_SIZE (256u * 1024)        /* bytes of records per chunk */
#define MAX_CHUNKS (G_MAXUINT32 / CHUNK_SIZE)

struct tcpra_frame_store {
    /* blocks[frame / FRAMES_PER_BLOCK][frame % FRAMES_PER_BLOCK]: where
     * the frame's record starts, plus one; 0 when it has none. */
    guint32 **blocks;
    guint32 block_count;
    guint8 **chunks;
    guint32 chunk_count, chunk_capacity;
    guint32 used;                       /* bytes used in the last chunk */
};

/* The file scope is about to be freed, and the store with it. */
static tcpra_wmem_cb_result forget(wmem_allocator_t *allocator _U_, wmem_cb_event_t event _U_, void *store)
{
    *(struct tcpra_frame_store **)store = NULL;
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
static guint32 *index_entry(struct tcpra_frame_store *st, guint32 frame)
{
    guint32 block = frame / FRAMES_PER_BLOCK;

    if (block >= st->block_count) {
        guint32 count = MAX(block + 1, st->block_count * 2);

        st->blocks = (guint32 **)wmem_realloc(wmem_file_scope(), st->blocks, count * sizeof *st->blocks);
        memset(st->blocks + st->block_count, 0, (count - st->block_count) * sizeof *st->blocks);
        st->block_count = count;
    }
    if (!st->blocks[block])
        st->blocks[block] = wmem_alloc0_array(wmem_file_scope(), guint32, FRAMES_PER_BLOCK);
    return &st->blocks[block][frame % FRAMES_PER_BLOCK];
}

/* Room for len more bytes in the last chunk, starting a new one if need be. */
static gboolean make_room(struct tcpra_frame_store *st, size_t len)
{
    if (st->chunk_count && st->used + len <= CHUNK_SIZE)
        return TRUE;
    if (len > CHUNK_SIZE || st->chunk_count == MAX_CHUNKS)
        return FALSE;
    if (st->chunk_count == st->chunk_capacity) {
        st->chunk_capacity = MAX(16, st->chunk_capacity * 2);
        st->chunks = (guint8 **)wmem_realloc(wmem_file_scope(), st->chunks,
                                             st->chunk_capacity * sizeof *st->chunks);
    }
    st->chunks[st->chunk_count++] = (guint8 *)wmem_alloc(wmem_file_scope(), CHUNK_SIZE);
    st->used = 0;
    return TRUE;
}

void tcpra_frame_store_put(struct tcpra_frame_store **store, guint32 frame, const guint8 *bytes,
                           size_t len)
{
    struct tcpra_frame_store *st = store_for(store);

    if (!make_room(st, len))
        return;
    memcpy(st->chunks[st->chunk_count - 1] + st->used, bytes, len);
    *index_entry(st, frame) = (st->chunk_count - 1) * CHUNK_SIZE + st->used + 1;
    st->used += (guint32)len;
}

const guint8 *tcpra_frame_store_get(const struct tcpra_frame_store *store, guint32 frame)
{
    guint32 block = frame / FRAMES_PER_BLOCK, at;

    if (!store || block >= store->block_count || !store->blocks[block])
        return NULL;
    at = store->blocks[block][frame % FRAMES_PER_BLOCK];
    if (!at--)
        return NULL;
    return store->chunks[at / CHUNK_SIZE] + at % CHUNK_SIZE;
}
