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

/* What of TCPRA a dissection can show. */
enum tcpra_audience_kind {
    TCPRA_SEES_NOTHING,
    /* Only fields of TCPRA's that tshark's command line names (a filter,
     * -e): no details, expert infos, column or statistic. */
    TCPRA_SEES_NAMED,
    TCPRA_SEES_ALL,
};

struct tcpra_audience {
    enum tcpra_audience_kind kind;
    /* TCPRA_SEES_NAMED: the fields named (every field whose name is a word
     * of a filter or an -e), and whether one of them is the cause
     * analysis's, or one comparing with the built-in analysis. */
    GArray *named;
    gboolean cause_named, comparison_named;
};

/* Decided when a capture is opened (the init routine), once tshark's
 * preferences are read, into audience (its named array the caller's, emptied
 * first). Everything in any program but tshark (the GUI's first pass keeps
 * every verdict for what is clicked, filtered or counted later), and in
 * tshark when classify_always is on, a listener of TCPRA's or the expert
 * infos' tap exists, a tap filters, a column shows TCPRA or expert fields,
 * or the command line may show more than the fields it names
 * (tshark_args.h); otherwise the fields named, if any. */
void tcpra_audience_decide(int proto_tcpra, struct tcpra_audience *audience);

#endif
