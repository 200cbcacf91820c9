/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "record_blocks.h"

#include <stdbool.h>
#include <stdlib.h>

/* A handle is the block's number plus one, then the record's offset in it:
 * 16 bits each. A record larger than a block has a block of its own. */
#define OFFSET_BITS 16u
#define BLOCK_SIZE ((size_t)1 << OFFSET_BITS)
#define MAX_BLOCKS 0xFFFFu
#define ALIGNMENT 8u

static bool add_block(struct tcpra_record_blocks *store, size_t size)
{
    if (store->count == MAX_BLOCKS)
        return false;
    if (store->count == store->capacity) {
        uint32_t capacity = store->capacity ? store->capacity * 2 : 16;
        uint8_t **blocks = realloc(store->blocks, capacity * sizeof *blocks);

        if (!blocks)
            return false;
        store->blocks = blocks;
        store->capacity = capacity;
    }
    store->blocks[store->count] = malloc(size);
    if (!store->blocks[store->count])
        return false;
    store->count++;
    store->used = 0;
    return true;
}

static void *add(struct tcpra_record_blocks *store, size_t size, size_t alignment, tcpra_record_handle *handle)
{
    size_t at = ((size_t)store->used + alignment - 1) & ~(alignment - 1);

    if (!store->count || at >= BLOCK_SIZE || at + size > BLOCK_SIZE) {
        if (!add_block(store, size > BLOCK_SIZE ? size : BLOCK_SIZE))
            return NULL;
        at = 0;
    }
    *handle = (store->count << OFFSET_BITS) | (uint32_t)at;
    /* A record of a whole block leaves none of it to the next. */
    store->used = at + size >= BLOCK_SIZE ? (uint32_t)BLOCK_SIZE : (uint32_t)(at + size);
    return tcpra_record_get(store, *handle);
}

void *tcpra_record_add(struct tcpra_record_blocks *store, size_t size, tcpra_record_handle *handle)
{
    return add(store, size, ALIGNMENT, handle);
}

uint8_t *tcpra_record_add_bytes(struct tcpra_record_blocks *store, size_t size, tcpra_record_handle *handle)
{
    return add(store, size, 1, handle);
}

void *tcpra_record_get(const struct tcpra_record_blocks *store, tcpra_record_handle handle)
{
    return store->blocks[(handle >> OFFSET_BITS) - 1] + (handle & (BLOCK_SIZE - 1));
}

void tcpra_record_blocks_free(struct tcpra_record_blocks *store)
{
    for (uint32_t i = 0; i < store->count; i++)
        free(store->blocks[i]);
    free(store->blocks);
    *store = (struct tcpra_record_blocks){0};
}
