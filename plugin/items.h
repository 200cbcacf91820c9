/* SPDX-License-Identifier: GPL-2.0-or-later */
/* TCPRA's items: generated, on no bytes of the frame. */
#ifndef TCPRA_ITEMS_H
#define TCPRA_ITEMS_H

#include <epan/packet.h>

void tcpra_add_time(proto_tree *tree, int hf, tvbuff_t *tvb, guint64 ns);
void tcpra_add_uint(proto_tree *tree, int hf, tvbuff_t *tvb, guint32 value);
void tcpra_add_string(proto_tree *tree, int hf, tvbuff_t *tvb, const char *text);

#endif
