/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "compat_verdict.h"

static const struct {
    const char *name;
    const char *title;
} classes[TCPRA_CLASS_COUNT] = {
    [TCPRA_RETRANSMISSION] = {"retransmission", "Retransmission"},
    [TCPRA_FAST_RETRANSMISSION] = {"fast_retransmission", "Fast retransmission"},
    [TCPRA_SPURIOUS_RETRANSMISSION] = {"spurious_retransmission", "Spurious retransmission"},
    [TCPRA_OUT_OF_ORDER] = {"out_of_order", "Out-of-order"},
    [TCPRA_LOST_SEGMENT] = {"lost_segment", "Previous segment not captured"},
    [TCPRA_ACK_LOST_SEGMENT] = {"ack_lost_segment", "ACKed unseen segment"},
    [TCPRA_DUPLICATE_ACK] = {"duplicate_ack", "Duplicate ACK"},
    [TCPRA_KEEP_ALIVE] = {"keep_alive", "Keep-alive"},
    [TCPRA_KEEP_ALIVE_ACK] = {"keep_alive_ack", "Keep-alive ACK"},
    [TCPRA_ZERO_WINDOW] = {"zero_window", "Zero window"},
    [TCPRA_ZERO_WINDOW_PROBE] = {"zero_window_probe", "Zero-window probe"},
    [TCPRA_ZERO_WINDOW_PROBE_ACK] = {"zero_window_probe_ack", "Zero-window probe ACK"},
    [TCPRA_WINDOW_UPDATE] = {"window_update", "Window update"},
    [TCPRA_WINDOW_FULL] = {"window_full", "Window full"},
    [TCPRA_REUSED_PORTS] = {"reused_ports", "Ports reused"},
    [TCPRA_PARTIAL_ACK] = {"partial_ack", "Partial ACK"},
    [TCPRA_AMBIGUOUS_ACK] = {"ambiguous_ack", "Ambiguous ACK"},
};

uint32_t tcpra_class_bits(const struct tcpra_compat_verdict *verdict)
{
    uint32_t bits = verdict->classes;

    if (bits & (TCPRA_BIT(TCPRA_FAST_RETRANSMISSION) | TCPRA_BIT(TCPRA_SPURIOUS_RETRANSMISSION)))
        bits |= TCPRA_BIT(TCPRA_RETRANSMISSION);
    return bits;
}

const char *tcpra_class_name(enum tcpra_class c)
{
    return (unsigned)c < TCPRA_CLASS_COUNT ? classes[c].name : "unknown";
}

const char *tcpra_class_title(enum tcpra_class c)
{
    return (unsigned)c < TCPRA_CLASS_COUNT ? classes[c].title : "Unknown";
}
