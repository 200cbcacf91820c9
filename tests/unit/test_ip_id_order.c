/* SPDX-License-Identifier: GPL-2.0-or-later */
/* IP IDs as other stacks and the network leave them: a counter orders
 * packets however the network reorders it, random or zeroed IDs do not,
 * and only a connection's own counter makes a skip a missing packet. */
#include <stdlib.h>

#include "check.h"
#include "ip_id_order.h"

enum { PACKETS = 400 };

static struct tcpra_ip_id_order run(const uint16_t *ids, int count)
{
    struct tcpra_ip_id_order o = {0};

    for (int i = 0; i < count; i++)
        tcpra_ip_id_note(&o, true, ids[i]);
    return o;
}

int main(void)
{
    uint16_t ids[PACKETS];
    struct tcpra_ip_id_order o;

    /* Linux: one counter per connection, from a random start, wrapping. */
    for (int i = 0; i < PACKETS; i++)
        ids[i] = (uint16_t)(65400 + i);
    o = run(ids, PACKETS);
    CHECK(tcpra_ip_id_orders(&o) && tcpra_ip_id_dense(&o));
    /* Most packets displaced by up to 30 places: still a counter. */
    srand(7);
    for (int i = 0; i < PACKETS; i++) {
        int j = i + rand() % 31;
        uint16_t t;

        if (j >= PACKETS)
            j = i;
        t = ids[i];
        ids[i] = ids[j];
        ids[j] = t;
    }
    o = run(ids, PACKETS);
    CHECK(tcpra_ip_id_orders(&o));
    /* One counter per host: a connection's IDs skip the host's other
     * packets. They order; a skip is no missing packet. */
    for (int i = 0, id = 1000; i < PACKETS; i++, id += 2 + rand() % 20)
        ids[i] = (uint16_t)id;
    o = run(ids, PACKETS);
    CHECK(tcpra_ip_id_orders(&o) && !tcpra_ip_id_dense(&o));
    /* ...even when the connection sends in bursts, most steps by one: the
     * host's other connections send between its bursts. */
    for (int i = 0, id = 1000; i < PACKETS; i++, id += i % 4 ? 1 : 2 + rand() % 20)
        ids[i] = (uint16_t)id;
    o = run(ids, PACKETS);
    CHECK(tcpra_ip_id_orders(&o) && !tcpra_ip_id_dense(&o));
    /* A connection's own counter through 3 % loss before the capture. */
    for (int i = 0, id = 1000; i < PACKETS; i++, id += i % 33 ? 1 : 2)
        ids[i] = (uint16_t)id;
    o = run(ids, PACKETS);
    CHECK(tcpra_ip_id_dense(&o));
    /* Random IDs, and zeros: no order. */
    for (int i = 0; i < PACKETS; i++)
        ids[i] = (uint16_t)rand();
    o = run(ids, PACKETS);
    CHECK(!tcpra_ip_id_orders(&o));
    for (int i = 0; i < PACKETS; i++)
        ids[i] = 0;
    o = run(ids, PACKETS);
    CHECK(!tcpra_ip_id_orders(&o) && !o.has_last);
    /* A SYN-ACK's zero before a random start is no step. */
    ids[0] = 0;
    for (int i = 1; i < 4; i++)
        ids[i] = (uint16_t)(52177 + i);
    o = run(ids, 4);
    CHECK_EQ(o.newest, 52180);
    CHECK_EQ(o.far, 0);
    CHECK(tcpra_ip_id_orders(&o));
    return check_report("ip_id_order");
}
