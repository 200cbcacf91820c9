/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The analysis of each Wireshark release, as a set of switches. */
#include "config.h"

void tcpra_config_behave_like(struct tcpra_config *config, enum tcpra_behaviour release)
{
    bool since_4_4 = release != TCPRA_BEHAVE_4_0;

    config->ack_unseen_rule = since_4_4 ? TCPRA_UNSEEN_MOVE_TO_ACK : TCPRA_UNSEEN_ONCE_PER_HOLE;
    config->zero_window_probe_consumed = since_4_4;
    config->sack_fast_rtx = since_4_4;
    config->sack_relative_edges = since_4_4;
    config->sack_window_update_is_dupack = since_4_4;
    config->ooo_excludes_unacked = since_4_4;
    config->ooo_after_empty_highest = since_4_4;
    config->original_at_or_above_seq = since_4_4;
    config->restart_after_close = since_4_4;
    config->syn_ack_restarts = since_4_4;
    config->ooo_clock =
        release == TCPRA_BEHAVE_4_6 ? TCPRA_OOO_SINCE_PEER : TCPRA_OOO_SINCE_HIGHEST;
}
