/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Whether anything TCPRA computes can be seen in the dissection about to
 * start. When nothing can, TCPRA asks Wireshark for no fields (so tshark
 * builds no tree for it) and classifies nothing: a pass that shows no
 * TCPRA field, expert info, column or statistic loses nothing by it. */
#ifndef TCPRA_AUDIENCE_H
#define TCPRA_AUDIENCE_H

#include <glib.h>

/* The preference that makes every pass classify (tcpra.classify_always);
 * after the tcpra preferences' module is registered. */
void tcpra_audience_register(void);

/* Decided when a capture is opened (the init routine), once tshark's
 * preferences are read: TRUE in any program but tshark (the GUI's first
 * pass keeps every verdict for what is clicked, filtered or counted
 * later), and in tshark when a listener of TCPRA's or the expert infos' tap
 * exists, a tap filters, a column shows TCPRA or expert fields, or the
 * command line may show them (tshark_args.h). */
gboolean tcpra_audience_exists(void);

#endif
