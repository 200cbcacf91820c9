/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "cause_prefs.h"

#include <wsutil/report_message.h>

#include "cause_names.h"
#include "ws_compat.h"

/* The preferences' values, set to the core's defaults at registration. */
static tcpra_pref_bool enabled;
static gint stack;
static guint dupack_threshold;

/* Names from the core (tcpra_cause_stack_names), set at registration. */
static enum_val_t stacks[] = {
    {NULL, "Linux: 200 ms minimum RTO, tail-loss probes", TCPRA_STACK_LINUX},
    {NULL, "RFC 6298: 1 s minimum RTO, no tail-loss probes", TCPRA_STACK_RFC},
    {NULL, NULL, 0},
};

void tcpra_cause_prefs_apply(struct tcpra_cause_config *config)
{
    char err[200];

    config->enabled = enabled ? true : false;
    config->stack = stack == TCPRA_STACK_RFC ? TCPRA_STACK_RFC : TCPRA_STACK_LINUX;
    if (tcpra_check_dupack_threshold(dupack_threshold, err, sizeof err))
        config->dupack_threshold = dupack_threshold;
    else
        report_failure("TCPRA: cause_dupack_threshold: %s; using %u.", err, config->dupack_threshold);
}

void tcpra_cause_prefs_register(module_t *module, const struct tcpra_cause_config *defaults)
{
    stacks[TCPRA_STACK_LINUX].name = tcpra_cause_stack_names[TCPRA_STACK_LINUX];
    stacks[TCPRA_STACK_RFC].name = tcpra_cause_stack_names[TCPRA_STACK_RFC];
    enabled = defaults->enabled;
    stack = defaults->stack;
    dupack_threshold = defaults->dupack_threshold;
    prefs_register_bool_preference(module, "cause_analysis", "Cause analysis",
        "Beside the Wireshark-compatible classes, name what set each retransmission off "
        "(tcpra.cause.*), from the capture's own evidence. Default on.",
        &enabled);
    prefs_register_enum_preference(module, "cause_stack", "Cause analysis: sender's stack",
        "The TCP whose timers the cause analysis assumes: Linux (200 ms minimum RTO, tail-loss "
        "probes; default) or RFC 6298 (1 s minimum RTO, no tail-loss probes).",
        &stack, stacks, FALSE);
    prefs_register_uint_preference(module, "cause_dupack_threshold", "Cause analysis: duplicate-ACK threshold",
        "Duplicate ACKs that start loss recovery without SACK (RFC 5681: 3; 1 to 1000). Separate "
        "from the Wireshark-compatible dupack_threshold.",
        10, &dupack_threshold);
}
