/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "compat_config.h"

#include "timestamp.h"

void tcpra_compat_config_defaults(struct tcpra_compat_config *config)
{
    config->dupack_threshold = 2;
    config->fast_rtx_window_ns = 20 * TCPRA_NS_PER_MS;
    config->ooo_source = TCPRA_OOO_HANDSHAKE_RTT;
    config->ooo_threshold_ns = 3 * TCPRA_NS_PER_MS;
    config->fast_rtx_supersedes_ooo = true;
    config->unseen_ack_enables_fast_rtx = true;
    tcpra_config_behave_like(config, TCPRA_BEHAVE_4_0);
}

bool tcpra_dupacks_suffice(const struct tcpra_compat_config *config, int32_t dupacks)
{
    if (dupacks < 0)
        return config->unseen_ack_enables_fast_rtx;
    return (uint32_t)dupacks >= config->dupack_threshold;
}
