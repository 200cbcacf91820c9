/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The cause verdict of one TCP layer, in its TCPRA subtree. */
#ifndef TCPRA_CAUSE_DISPLAY_H
#define TCPRA_CAUSE_DISPLAY_H

#include <epan/packet.h>

#include "experts.h"

void tcpra_cause_display(const struct tcpra_shown *shown, proto_tree *tree);

#endif
