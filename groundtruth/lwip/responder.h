/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The lab's server (traffic.py server) over lwIP's raw TCP API: on each
 * connection, every request line names a count of bytes, which it sends
 * back; it closes once the client has closed. */
#ifndef GT_RESPONDER_H
#define GT_RESPONDER_H

#include <stdint.h>

/* Listens on PORT of every lwIP address; exits on failure. */
void responder_listen(uint16_t port);

#endif
