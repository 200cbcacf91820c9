/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Evidence that comes after a retransmission can prove it needless: a
 * D-SACK naming its bytes, an ACK echoing the first copy's timestamp, the
 * first copy itself arriving late. The frame holding the evidence settles
 * the earlier one (struct tcpra_cause: settles_frame), and when the first
 * copy arrived, every retransmission of the same bytes before it too. Each
 * connection keeps its retransmissions, with the copy each followed, to
 * name those frames; a frame's stored verdict then becomes spurious, settled
 * later, with the settling frame as evidence. */
#ifndef TCPRA_SETTLEMENT_H
#define TCPRA_SETTLEMENT_H

#include <stdbool.h>
#include <stdint.h>

#include "cause.h"

/* A connection's retransmissions in capture order: frame, and the
 * retransmission of the same bytes before it (0: none). */
struct tcpra_resend_log {
    uint32_t (*resends)[2];
    uint32_t count, capacity;
};

/* A growing list of frame numbers. */
struct tcpra_frame_list {
    uint32_t *frames;
    uint32_t count, capacity;
};

/* Remember frame, whose verdict cause is a retransmission. */
void tcpra_resend_log_note(struct tcpra_resend_log *log, uint32_t frame, const struct tcpra_cause *cause);
/* The frames cause settles, into settled (emptied first): its settles_frame
 * and, with settles_all_copies, the retransmissions of the same bytes before
 * it. Only retransmissions logged are settled. */
void tcpra_resend_log_settled(const struct tcpra_resend_log *log, const struct tcpra_cause *cause,
                              struct tcpra_frame_list *settled);
void tcpra_resend_log_free(struct tcpra_resend_log *log);

/* What an earlier retransmission's verdict becomes when frame `by`, whose
 * verdict is settling, settles it. */
void tcpra_cause_settle(struct tcpra_cause *earlier, const struct tcpra_cause *settling, uint32_t by);

void tcpra_frame_list_free(struct tcpra_frame_list *list);

#endif
