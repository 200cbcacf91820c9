/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The knobs of both analyses, and how they are given: durations in
 * milliseconds, duplicate-ACK thresholds within bounds. */
#ifndef TCPRA_CONFIG_H
#define TCPRA_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cause.h"
#include "compat_config.h"

struct tcpra_config {
    struct tcpra_compat_config compat;
    /* The cause analysis, which none of the above affects. */
    struct tcpra_cause_config cause;
};

#define TCPRA_DUPACK_THRESHOLD_MIN 1u
#define TCPRA_DUPACK_THRESHOLD_MAX 1000u
/* Durations are given in milliseconds with up to six decimals (1 ns). */
#define TCPRA_DURATION_MAX_MS 3600000u
/* Room for any duration as text, "3600000.000001" the longest valid. */
#define TCPRA_DURATION_TEXT_MAX 24u

/* Wireshark 4.0's analysis, and the cause analysis on for a Linux sender. */
void tcpra_config_defaults(struct tcpra_config *config);

/* Parse a duration in milliseconds such as "20", "0.5" or "3.000001".
 * On error returns false and writes a message naming `what` into err. */
bool tcpra_parse_duration_ms(const char *text, const char *what, uint64_t *out_ns,
                             char *err, size_t err_size);
/* The same as text tcpra_parse_duration_ms() reads back: "20", "0.5". */
void tcpra_format_duration_ms(uint64_t ns, char text[TCPRA_DURATION_TEXT_MAX]);

/* Check a dup-ACK threshold; same error convention. */
bool tcpra_check_dupack_threshold(unsigned value, char *err, size_t err_size);

#endif
