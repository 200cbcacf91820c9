/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "items.h"

#include "timestamp.h"

void tcpra_add_time(proto_tree *tree, int hf, tvbuff_t *tvb, guint64 ns)
{
    nstime_t t;

    t.secs = (time_t)(ns / TCPRA_NS_PER_S);
    t.nsecs = (int)(ns % TCPRA_NS_PER_S);
    proto_item_set_generated(proto_tree_add_time(tree, hf, tvb, 0, 0, &t));
}

void tcpra_add_uint(proto_tree *tree, int hf, tvbuff_t *tvb, guint32 value)
{
    proto_item_set_generated(proto_tree_add_uint(tree, hf, tvb, 0, 0, value));
}

void tcpra_add_string(proto_tree *tree, int hf, tvbuff_t *tvb, const char *text)
{
    proto_item_set_generated(proto_tree_add_string(tree, hf, tvb, 0, 0, text));
}
