/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Byte records by frame number, kept while the capture file is open: four
 * bytes of index a frame, and the records packed one after another in the
 * core's record blocks, where proto data costs tens of bytes a frame
 * before the record itself. */
#ifndef TCPRA_FRAME_STORE_H
#define TCPRA_FRAME_STORE_H

#include <epan/packet.h>

struct tcpra_frame_store;

/* Keep a copy of len bytes (at most 64 KiB) as frame's record. *store
 * starts NULL; it is made on first use and becomes NULL again when the file
 * scope ends. When the store is full (4 GiB of records), the record is not
 * kept. */
void tcpra_frame_store_put(struct tcpra_frame_store **store, guint32 frame, const guint8 *bytes, size_t len);
/* frame's record, or NULL; writable in place for as many bytes as it has. */
guint8 *tcpra_frame_store_get(const struct tcpra_frame_store *store, guint32 frame);

#endif
