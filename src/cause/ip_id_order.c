/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "ip_id_order.h"

void tcpra_ip_id_note(struct tcpra_ip_id_order *o, bool has_ip_id, uint16_t ip_id)
{
    /* Zero is no counter's value: Linux's SYN-ACK, a middlebox's rewrite. */
    if (!has_ip_id || ip_id == 0)
        return;
    if (o->has_last) {
        int16_t step = (int16_t)(uint16_t)(ip_id - o->last);

        if (step != 0 && step >= -TCPRA_IP_ID_NEAR && step <= TCPRA_IP_ID_NEAR) {
            o->near++;
            if (step == 1)
                o->unit++;
            else if (step < 0)
                o->back++;
        } else {
            o->far++;
        }
    }
    if (!o->has_last || tcpra_ip_id_before(o->newest, ip_id))
        o->newest = ip_id;
    o->has_last = true;
    o->last = ip_id;
}
