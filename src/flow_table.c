/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "flow_table.h"

#include <stdlib.h>
#include <string.h>

/* Both directions of a connection share one key: the endpoints in a fixed
 * order. */
struct flow_key {
    struct tcpra_address addr[2];
    uint16_t port[2];
};

_Static_assert(sizeof(struct flow_key) % sizeof(uint64_t) == 0, "hash_key reads whole words");

struct tcpra_flow_entry {
    struct flow_key key;
    struct tcpra_flow flow;
};

/* Wireshark's order of endpoints: by address length, then bytes; between
 * equal addresses, by port. The greater source sends on directions[0]. When
 * both endpoints are identical every packet lands on directions[1], as in
 * Wireshark. */
static int compare_addresses(const struct tcpra_address *a, const struct tcpra_address *b)
{
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    return memcmp(a->bytes, b->bytes, a->len);
}

static int sending_direction(const struct tcpra_segment *seg)
{
    int order = compare_addresses(&seg->src, &seg->dst);

    if (order == 0)
        order = seg->src_port > seg->dst_port ? 1 : -1;
    return order >= 0 ? 0 : 1;
}

static struct flow_key make_key(const struct tcpra_segment *seg)
{
    struct flow_key key;
    bool src_first = sending_direction(seg) == 0;

    memset(&key, 0, sizeof key);    /* padding takes part in hashing */
    key.addr[0] = src_first ? seg->src : seg->dst;
    key.addr[1] = src_first ? seg->dst : seg->src;
    key.port[0] = src_first ? seg->src_port : seg->dst_port;
    key.port[1] = src_first ? seg->dst_port : seg->src_port;
    for (int i = 0; i < 2; i++)
        memset(key.addr[i].bytes + key.addr[i].len, 0, sizeof key.addr[i].bytes - key.addr[i].len);
    return key;
}

/* Eight bytes at a time (the key is 40 bytes), each word multiplied in and
 * its high bits folded down at once: a product's low bits depend only on
 * the factors' low bits, and the bytes that differ between connections (the
 * last of an address, the ports) sit high in their words. The table uses the
 * low bits of the result, so the end mixes every bit into every other
 * (MurmurHash3's finaliser). */
static size_t hash_key(const struct flow_key *key)
{
    uint64_t words[sizeof *key / sizeof(uint64_t)], h = 0;

    memcpy(words, key, sizeof words);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        h = (h ^ words[i]) * 0x9e3779b97f4a7c15ull;
        h ^= h >> 32;
    }
    h = (h ^ (h >> 33)) * 0xff51afd7ed558ccdull;
    h = (h ^ (h >> 33)) * 0xc4ceb9fe1a85ec53ull;
    return (size_t)(h ^ (h >> 33));
}

static size_t probe(const struct tcpra_flow_table *table, const struct flow_key *key)
{
    size_t mask = table->capacity - 1, i = hash_key(key) & mask;

    while (table->slots[i] && memcmp(&table->slots[i]->key, key, sizeof *key) != 0)
        i = (i + 1) & mask;
    return i;
}

static bool grow(struct tcpra_flow_table *table)
{
    size_t capacity = table->capacity ? table->capacity * 2 : 64;
    struct tcpra_flow_table bigger = *table;

    bigger.slots = calloc(capacity, sizeof *bigger.slots);
    if (!bigger.slots)
        return false;
    bigger.capacity = capacity;
    for (size_t i = 0; i < table->capacity; i++) {
        if (table->slots[i])
            bigger.slots[probe(&bigger, &table->slots[i]->key)] = table->slots[i];
    }
    free(table->slots);
    *table = bigger;
    return true;
}

struct tcpra_flow_lookup tcpra_flow_table_find(struct tcpra_flow_table *table,
                                               const struct tcpra_segment *seg)
{
    struct tcpra_flow_lookup found = {NULL, sending_direction(seg)};
    struct flow_key key = make_key(seg);
    struct tcpra_flow_entry *entry;
    size_t slot;

    if ((table->count + 1) * 2 > table->capacity && !grow(table))
        return found;
    slot = probe(table, &key);
    if (!table->slots[slot]) {
        entry = malloc(sizeof *entry);
        if (!entry)
            return found;
        entry->key = key;
        tcpra_flow_init(&entry->flow, table->next_index++);
        table->slots[slot] = entry;
        table->count++;
    }
    found.flow = &table->slots[slot]->flow;
    return found;
}

void tcpra_flow_table_restart(struct tcpra_flow_table *table, struct tcpra_flow *flow)
{
    tcpra_flow_free(flow);
    tcpra_flow_init(flow, table->next_index++);
}

void tcpra_flow_table_free(struct tcpra_flow_table *table)
{
    for (size_t i = 0; i < table->capacity; i++) {
        if (table->slots[i]) {
            tcpra_flow_free(&table->slots[i]->flow);
            free(table->slots[i]);
        }
    }
    free(table->slots);
    *table = (struct tcpra_flow_table){0};
}
