/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "prefs.h"

#include <epan/prefs.h>
#include <wsutil/report_message.h>

#include "cause_prefs.h"
#include "release_prefs.h"
#include "ws_compat.h"

/* The preferences' values, set to the core's defaults at registration. */
static guint dupack_threshold;
static char fast_rtx_window_default[TCPRA_DURATION_TEXT_MAX], ooo_threshold_default[TCPRA_DURATION_TEXT_MAX];
static const char *fast_rtx_window_ms, *ooo_threshold_ms;
static gint ooo_source;
static tcpra_pref_bool fast_rtx_supersedes_ooo, unseen_ack_enables_fast_rtx;

static struct tcpra_config defaults, config;

static const enum_val_t ooo_sources[] = {
    {"rtt", "Handshake RTT, else the out-of-order threshold", TCPRA_OOO_HANDSHAKE_RTT},
    {"fixed", "Always the out-of-order threshold", TCPRA_OOO_FIXED},
    {NULL, NULL, 0},
};

static void apply(void)
{
    struct tcpra_compat_config *compat = &config.compat;
    char err[200];

    config = defaults;
    if (tcpra_check_dupack_threshold(dupack_threshold, err, sizeof err))
        compat->dupack_threshold = dupack_threshold;
    else
        report_failure("TCPRA: %s; using %u.", err, defaults.compat.dupack_threshold);
    if (!tcpra_parse_duration_ms(fast_rtx_window_ms, "fast_rtx_window_ms", &compat->fast_rtx_window_ns, err,
                                 sizeof err))
        report_failure("TCPRA: %s; using %s.", err, fast_rtx_window_default);
    if (!tcpra_parse_duration_ms(ooo_threshold_ms, "ooo_threshold_ms", &compat->ooo_threshold_ns, err, sizeof err))
        report_failure("TCPRA: %s; using %s.", err, ooo_threshold_default);
    compat->ooo_source = ooo_source == TCPRA_OOO_FIXED ? TCPRA_OOO_FIXED : TCPRA_OOO_HANDSHAKE_RTT;
    compat->fast_rtx_supersedes_ooo = fast_rtx_supersedes_ooo ? true : false;
    compat->unseen_ack_enables_fast_rtx = unseen_ack_enables_fast_rtx ? true : false;
    tcpra_release_prefs_apply(compat);
    tcpra_cause_prefs_apply(&config.cause);
}

/* Each preference starts at the core's default. */
static void start_at_defaults(void)
{
    tcpra_config_defaults(&defaults);
    dupack_threshold = defaults.compat.dupack_threshold;
    tcpra_format_duration_ms(defaults.compat.fast_rtx_window_ns, fast_rtx_window_default);
    tcpra_format_duration_ms(defaults.compat.ooo_threshold_ns, ooo_threshold_default);
    fast_rtx_window_ms = fast_rtx_window_default;
    ooo_threshold_ms = ooo_threshold_default;
    ooo_source = defaults.compat.ooo_source;
    fast_rtx_supersedes_ooo = defaults.compat.fast_rtx_supersedes_ooo;
    unseen_ack_enables_fast_rtx = defaults.compat.unseen_ack_enables_fast_rtx;
}

const struct tcpra_config *tcpra_prefs_config(void)
{
    return &config;
}

void tcpra_prefs_register(int proto)
{
    module_t *module = prefs_register_protocol(proto, apply);

    start_at_defaults();

    prefs_register_uint_preference(module, "dupack_threshold", "Duplicate-ACK threshold",
        "A retransmission is fast only after at least this many duplicate ACKs from the peer "
        "(1 to 1000; Wireshark: 2).",
        10, &dupack_threshold);
    prefs_register_string_preference(module, "fast_rtx_window_ms", "Fast-retransmit window (ms)",
        "A fast retransmission follows the peer's last packet by less than this many milliseconds; "
        "decimals allowed down to 0.000001 (Wireshark: 20).",
        &fast_rtx_window_ms);
    prefs_register_enum_preference(module, "ooo_threshold_source", "Out-of-order threshold source",
        "Where the out-of-order threshold comes from: the handshake RTT when it was measured "
        "(Wireshark), or always the value below.",
        &ooo_source, ooo_sources, FALSE);
    prefs_register_string_preference(module, "ooo_threshold_ms", "Out-of-order threshold (ms)",
        "A segment filling a hole less than this many milliseconds after the highest segment is "
        "out-of-order; used without a handshake RTT, or always when the source is fixed "
        "(Wireshark: 3).",
        &ooo_threshold_ms);
    prefs_register_bool_preference(module, "fast_rtx_supersedes_ooo",
        "Fast retransmission supersedes out-of-order",
        "When a segment qualifies as both, call it a fast retransmission "
        "(Wireshark's tcp.fastrt_supersedes_ooo, default on).",
        &fast_rtx_supersedes_ooo);
    prefs_register_bool_preference(module, "unseen_ack_enables_fast_rtx",
        "ACKed unseen segment enables fast retransmission",
        "Wireshark quirk: after an \"ACKed unseen segment\" the peer's duplicate-ACK count becomes "
        "-1 in an unsigned field, which passes any threshold, so the next retransmission of the "
        "ACKed byte within the window is called fast. On to match Wireshark; off to count it as "
        "no duplicate ACKs.",
        &unseen_ack_enables_fast_rtx);
    tcpra_release_prefs_register(module);
    tcpra_cause_prefs_register(module, &defaults.cause);
    apply();
}
