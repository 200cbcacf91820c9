/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "text.h"

#include <stdarg.h>
#include <stdio.h>

void tcpra_append(struct text *t, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (t->used >= t->size)
        return;
    va_start(ap, fmt);
    n = vsnprintf(t->buf + t->used, t->size - t->used, fmt, ap);
    va_end(ap);
    if (n > 0)
        t->used += (size_t)n;
}
