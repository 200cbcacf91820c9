/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Notes on what an ACK acknowledged, from Wireshark 4.4 and 4.6: the
 * segment it decides on (tcpra_ack_reach) was acknowledged only in part, or
 * its bytes went out more than once, so that the ACK may answer either
 * copy and gives no round-trip time (Karn's algorithm). Like Wireshark,
 * these are read from the ACK number of every segment, and do not count as
 * the segment's classes for the rules of the next one. */
#include "context.h"

void tcpra_rule_ack_notes(struct tcpra_context *ctx, struct tcpra_ack_reach reach)
{
    if (!reach.reached)
        return;
    if (ctx->config->partial_ack_note && reach.partial)
        tcpra_mark(ctx, TCPRA_PARTIAL_ACK);
    if (ctx->config->ambiguous_ack_note && reach.resent)
        tcpra_mark(ctx, TCPRA_AMBIGUOUS_ACK);
}
