/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <stdio.h>

#include "timestamp.h"

void tcpra_config_defaults(struct tcpra_config *config)
{
    tcpra_compat_config_defaults(&config->compat);
    tcpra_cause_config_defaults(&config->cause);
}

static bool fail(char *err, size_t err_size, const char *what, const char *text, const char *why)
{
    snprintf(err, err_size, "%s: \"%s\" %s", what, text ? text : "", why);
    return false;
}

bool tcpra_parse_duration_ms(const char *text, const char *what, uint64_t *out_ns,
                             char *err, size_t err_size)
{
    const char *p = text;
    uint64_t whole = 0, frac_ns = 0, scale = TCPRA_NS_PER_MS;
    int digits = 0;

    if (!p)
        return fail(err, err_size, what, text, "is empty");
    while (*p == ' ')
        p++;
    for (; *p >= '0' && *p <= '9'; p++, digits++) {
        whole = whole * 10 + (uint64_t)(*p - '0');
        if (whole > TCPRA_DURATION_MAX_MS)
            return fail(err, err_size, what, text, "is more than one hour");
    }
    if (*p == '.') {
        for (p++; *p >= '0' && *p <= '9'; p++, digits++) {
            scale /= 10;
            if (scale == 0)
                return fail(err, err_size, what, text, "has more than six decimals (1 ns)");
            frac_ns += (uint64_t)(*p - '0') * scale;
        }
    }
    while (*p == ' ')
        p++;
    if (*p != '\0' || digits == 0)
        return fail(err, err_size, what, text, "is not a number of milliseconds (e.g. 20 or 0.5)");
    *out_ns = whole * TCPRA_NS_PER_MS + frac_ns;
    if (*out_ns > (uint64_t)TCPRA_DURATION_MAX_MS * TCPRA_NS_PER_MS)
        return fail(err, err_size, what, text, "is more than one hour");
    return true;
}

void tcpra_format_duration_ms(uint64_t ns, char text[TCPRA_DURATION_TEXT_MAX])
{
    unsigned long long whole = (unsigned long long)(ns / TCPRA_NS_PER_MS);
    unsigned frac = (unsigned)(ns % TCPRA_NS_PER_MS);
    int decimals = 6;

    if (!frac) {
        snprintf(text, TCPRA_DURATION_TEXT_MAX, "%llu", whole);
        return;
    }
    for (; frac % 10 == 0; frac /= 10)
        decimals--;
    snprintf(text, TCPRA_DURATION_TEXT_MAX, "%llu.%0*u", whole, decimals, frac);
}

bool tcpra_check_dupack_threshold(unsigned value, char *err, size_t err_size)
{
    if (value >= TCPRA_DUPACK_THRESHOLD_MIN && value <= TCPRA_DUPACK_THRESHOLD_MAX)
        return true;
    snprintf(err, err_size, "duplicate-ACK threshold %u is outside %u..%u", value,
             TCPRA_DUPACK_THRESHOLD_MIN, TCPRA_DUPACK_THRESHOLD_MAX);
    return false;
}
