/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What tshark's command line asks to be shown. tshark compiles its filters
 * before a capture's init routines run but keeps them to itself, and starts
 * its statistics (-z) only after them; its own command line is the one place
 * TCPRA can learn, when a capture is opened, what the pass will show. */
#ifndef TCPRA_TSHARK_ARGS_H
#define TCPRA_TSHARK_ARGS_H

#include <glib.h>

/* Reads this process's command line as tshark's. FALSE when it may show
 * more than the texts it names: the packet details (-V, -O, -T json
 * without -e, pdml), statistics (-z), coloring rules, scripts (-X), an
 * option this reader does not know, or a command line it cannot read.
 * Otherwise TRUE, with every display filter and printed field (-Y, -R, -e,
 * a filter after the options) appended to texts. */
gboolean tcpra_tshark_args_read(GPtrArray *texts);

#endif
