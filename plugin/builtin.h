/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Wireshark's own verdicts (tcp.analysis.*), read from the frame's tree in
 * TCPRA's vocabulary. */
#ifndef TCPRA_BUILTIN_H
#define TCPRA_BUILTIN_H

#include <epan/packet.h>

/* Add the built-in analysis fields to the fields the post-dissector wants. */
void tcpra_builtin_want(GArray *wanted);

/* Whether the built-in sequence analysis runs (tcp.analyze_sequence_numbers). */
gboolean tcpra_builtin_analysis_enabled(void);

/* TCPRA_BIT(class) for each class the running Wireshark's built-in analysis
 * has a field for (after tcpra_builtin_want()): 4.0 has no partial_ack,
 * only 4.6 an ambiguous_ack. */
guint32 tcpra_builtin_reportable(void);

/* TCPRA_BIT(class) for each class the built-in shows on TCP layer layer_num. */
guint32 tcpra_builtin_classes(proto_tree *tree, int layer_num);

#endif
