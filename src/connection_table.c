/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "connection_table.h"

#include <stdlib.h>
#include <string.h>

/* Both directions of a connection share one key: the endpoints in a fixed
 * order. */
struct connection_key {
    struct tcpra_address addr[2];
    uint16_t port[2];
};

_Static_assert(sizeof(struct connection_key) % sizeof(uint64_t) == 0, "hash_key reads whole words");

/* A connection's one packet: what the analysis reads of it, but for the
 * endpoints, which are the key's. */
struct first_packet {
    tcpra_time time;
    uint32_t index;             /* the connection's */
    uint32_t frame, seq, ack, captured_len, payload_len, options_len;
    uint16_t flags, window, ip_id;
    uint8_t ttl, header_len, direction;
    bool has_ip_id, has_payload_len;
};

struct tcpra_connection_entry {
    struct connection_key key;
    struct tcpra_connection *conn;    /* NULL while the connection has one packet */
    struct first_packet first;
    uint8_t options[];          /* first.options_len bytes */
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

/* direction: sending_direction(seg). */
static struct connection_key make_key(const struct tcpra_segment *seg, int direction)
{
    struct connection_key key;
    bool src_first = direction == 0;

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
static size_t hash_key(const struct connection_key *key)
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

/* An entry with 32 bits of its key's hash, the bits that chose the slot
 * and more: a slot of another key is passed over without reading its
 * entry, which with many connections is a cache miss each. Eight bytes a
 * slot, where a pointer alone is as many. */
struct tcpra_connection_slot {
    uint32_t hash;
    tcpra_record_handle entry;  /* 0: free */
};

static struct tcpra_connection_entry *entry_at(const struct tcpra_connection_table *table, const struct tcpra_connection_slot *slot)
{
    return (struct tcpra_connection_entry *)tcpra_record_get(&table->entries, slot->entry);
}

static size_t probe(const struct tcpra_connection_table *table, const struct connection_key *key, uint32_t hash)
{
    size_t mask = table->capacity - 1, i = hash & mask;
    const struct tcpra_connection_slot *slot;

    while ((slot = &table->slots[i])->entry &&
           (slot->hash != hash || memcmp(&entry_at(table, slot)->key, key, sizeof *key) != 0))
        i = (i + 1) & mask;
    return i;
}

static bool grow(struct tcpra_connection_table *table)
{
    size_t capacity = table->capacity ? table->capacity * 2 : 64;
    struct tcpra_connection_slot *slots;

    /* The slot is chosen by the 32 bits kept. */
    if (capacity > (size_t)UINT32_MAX + 1 || !(slots = calloc(capacity, sizeof *slots)))
        return false;
    for (size_t i = 0; i < table->capacity; i++) {
        const struct tcpra_connection_slot *slot = &table->slots[i];
        size_t at = slot->hash & (capacity - 1);

        if (!slot->entry)
            continue;
        /* Keys are unique: the first free slot is this one's. */
        while (slots[at].entry)
            at = (at + 1) & (capacity - 1);
        slots[at] = *slot;
    }
    free(table->slots);
    table->slots = slots;
    table->capacity = capacity;
    return true;
}

/* Where connection index came from: its entry, and the direction of its
 * first packet. Eight bytes a connection. */
struct tcpra_connection_origin {
    tcpra_record_handle entry;  /* 0: none (out of memory) */
    uint8_t first_sender;
};

static void note_origin(struct tcpra_connection_table *table, uint32_t index, tcpra_record_handle entry,
                        int direction)
{
    if (index >= table->origins_capacity) {
        uint32_t capacity = table->origins_capacity ? table->origins_capacity : 64;
        struct tcpra_connection_origin *origins;

        while (capacity <= index && capacity <= UINT32_MAX / 2)
            capacity *= 2;
        if (capacity <= index || !(origins = realloc(table->origins, (size_t)capacity * sizeof *origins)))
            return;
        memset(origins + table->origins_capacity, 0, (capacity - table->origins_capacity) * sizeof *origins);
        table->origins = origins;
        table->origins_capacity = capacity;
    }
    table->origins[index] = (struct tcpra_connection_origin){entry, (uint8_t)direction};
}

static struct tcpra_connection_entry *new_entry(struct tcpra_connection_table *table, const struct connection_key *key,
                                          const struct tcpra_segment *seg, int direction,
                                          tcpra_record_handle *handle)
{
    uint32_t options_len = seg->options ? seg->options_len : 0;
    struct tcpra_connection_entry *entry = tcpra_record_add(&table->entries, sizeof *entry + options_len, handle);

    if (!entry)
        return NULL;
    entry->key = *key;
    entry->conn = NULL;
    entry->first = (struct first_packet){
        .time = seg->time,
        .index = table->next_index,
        .frame = seg->frame,
        .seq = seg->seq,
        .ack = seg->ack,
        .captured_len = seg->captured_len,
        .payload_len = seg->payload_len,
        .flags = seg->flags,
        .window = seg->window,
        .ip_id = seg->ip_id,
        .ttl = seg->ttl,
        .header_len = seg->header_len,
        .direction = (uint8_t)direction,
        .options_len = options_len,
        .has_ip_id = seg->has_ip_id,
        .has_payload_len = seg->has_payload_len,
    };
    if (options_len)
        memcpy(entry->options, seg->options, options_len);
    return entry;
}

struct tcpra_connection_lookup tcpra_connection_table_find(struct tcpra_connection_table *table,
                                                           const struct tcpra_segment *seg)
{
    struct tcpra_connection_lookup found = {.direction = sending_direction(seg)};
    struct connection_key key = make_key(seg, found.direction);
    uint32_t hash = (uint32_t)hash_key(&key);
    struct tcpra_connection_slot *slot;

    if ((table->count + 1) * 2 > table->capacity && !grow(table))
        return found;
    slot = &table->slots[probe(table, &key, hash)];
    if (!slot->entry) {
        if (!new_entry(table, &key, seg, found.direction, &slot->entry))
            return found;
        slot->hash = hash;
        note_origin(table, table->next_index++, slot->entry, found.direction);
        table->count++;
        found.is_new = true;
    }
    found.entry = entry_at(table, slot);
    found.handle = slot->entry;
    found.conn = found.entry->conn;
    return found;
}

uint32_t tcpra_connection_table_index(const struct tcpra_connection_entry *entry)
{
    return entry->first.index;
}

static void first_segment(const struct tcpra_connection_entry *entry, struct tcpra_segment *seg)
{
    const struct first_packet *p = &entry->first;

    *seg = (struct tcpra_segment){
        .frame = p->frame,
        .time = p->time,
        .src = entry->key.addr[p->direction],
        .dst = entry->key.addr[!p->direction],
        .has_ip_id = p->has_ip_id,
        .ip_id = p->ip_id,
        .ttl = p->ttl,
        .src_port = entry->key.port[p->direction],
        .dst_port = entry->key.port[!p->direction],
        .seq = p->seq,
        .ack = p->ack,
        .flags = p->flags,
        .window = p->window,
        .header_len = p->header_len,
        .captured_len = p->captured_len,
        .has_payload_len = p->has_payload_len,
        .payload_len = p->payload_len,
        .options = p->options_len ? entry->options : NULL,
        .options_len = p->options_len,
    };
}

struct tcpra_connection *tcpra_connection_table_add_state(struct tcpra_connection_table *table,
                                                          struct tcpra_connection_entry *entry,
                                                          struct tcpra_segment *first, int *first_direction)
{
    struct tcpra_connection *conn = malloc(sizeof *conn);

    if (!conn)
        return NULL;
    tcpra_connection_init(conn, entry->first.index);
    entry->conn = conn;
    table->states++;
    first_segment(entry, first);
    *first_direction = entry->first.direction;
    return conn;
}

void tcpra_connection_table_restart(struct tcpra_connection_table *table, const struct tcpra_connection_lookup *found)
{
    uint32_t index = table->next_index++;

    tcpra_connection_free(found->conn);
    tcpra_connection_init(found->conn, index);
    note_origin(table, index, found->handle, found->direction);
}

bool tcpra_connection_table_endpoints(const struct tcpra_connection_table *table, uint32_t index,
                                      struct tcpra_endpoints *out)
{
    const struct tcpra_connection_entry *entry;

    if (index >= table->origins_capacity || !table->origins[index].entry)
        return false;
    entry = tcpra_record_get(&table->entries, table->origins[index].entry);
    for (int d = 0; d < 2; d++) {
        out->addr[d] = entry->key.addr[d];
        out->port[d] = entry->key.port[d];
    }
    out->first_sender = table->origins[index].first_sender;
    return true;
}

void tcpra_connection_table_free(struct tcpra_connection_table *table)
{
    for (size_t i = 0; i < table->capacity; i++) {
        struct tcpra_connection_entry *entry = table->slots[i].entry ? entry_at(table, &table->slots[i]) : NULL;

        if (entry && entry->conn) {
            tcpra_connection_free(entry->conn);
            free(entry->conn);
        }
    }
    tcpra_record_blocks_free(&table->entries);
    free(table->slots);
    free(table->origins);
    *table = (struct tcpra_connection_table){0};
}
