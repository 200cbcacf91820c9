/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Building a verdict's words in a fixed buffer: appends stop at its end. */
#ifndef TCPRA_TEXT_H
#define TCPRA_TEXT_H

#include <stddef.h>

struct text {
    char *buf;
    size_t size, used;
};

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void tcpra_append(struct text *t, const char *fmt, ...);

#endif
