/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Records that live as long as their store, packed in large blocks and
 * named by 32-bit handles: no allocator header or rounding per record, and
 * a handle is half a pointer. */
#ifndef TCPRA_RECORD_BLOCKS_H
#define TCPRA_RECORD_BLOCKS_H

#include <stddef.h>
#include <stdint.h>

struct tcpra_record_blocks {
    uint8_t **blocks;
    uint32_t count, capacity;   /* blocks in use, allocated */
    uint32_t used;              /* bytes used in the last block */
};

/* A handle never 0: 0 can mean "none" to the caller. */
typedef uint32_t tcpra_record_handle;

/* Room for size bytes, aligned for any field, its handle into *handle; NULL
 * when out of memory or when the store holds 65,535 blocks already (4 GiB of
 * records). */
void *tcpra_record_add(struct tcpra_record_blocks *store, size_t size, tcpra_record_handle *handle);
/* The same for bytes read one by one: packed one after another, unaligned. */
uint8_t *tcpra_record_add_bytes(struct tcpra_record_blocks *store, size_t size, tcpra_record_handle *handle);
void *tcpra_record_get(const struct tcpra_record_blocks *store, tcpra_record_handle handle);
void tcpra_record_blocks_free(struct tcpra_record_blocks *store);

#endif
