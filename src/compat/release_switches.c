/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The analysis of each Wireshark release, as a set of switches
 * (release_switches.h). */
#include "compat_config.h"

#include <string.h>

const struct tcpra_switch_info tcpra_switch_infos[TCPRA_SWITCH_COUNT] = {
#define TCPRA_SWITCH_INFO(type, member, off, on, in_4_0, in_4_4, in_4_6, title, description)   \
    [TCPRA_SWITCH_##member] = {#member, title, description, {in_4_0, in_4_4, in_4_6}},
    TCPRA_RELEASE_SWITCHES(TCPRA_SWITCH_INFO)
#undef TCPRA_SWITCH_INFO
};

void tcpra_config_set_switch(struct tcpra_compat_config *config, enum tcpra_release_switch which, bool on)
{
    switch (which) {
#define TCPRA_SWITCH_SET(type, member, off_value, on_value, ...)                                 \
    case TCPRA_SWITCH_##member:                                                                  \
        config->member = on ? (on_value) : (off_value);                                          \
        break;
        TCPRA_RELEASE_SWITCHES(TCPRA_SWITCH_SET)
#undef TCPRA_SWITCH_SET
    case TCPRA_SWITCH_COUNT:
        break;
    }
}

bool tcpra_config_switch_on(const struct tcpra_compat_config *config, enum tcpra_release_switch which)
{
    switch (which) {
#define TCPRA_SWITCH_GET(type, member, off_value, on_value, ...)                                 \
    case TCPRA_SWITCH_##member:                                                                  \
        return config->member == (on_value);
        TCPRA_RELEASE_SWITCHES(TCPRA_SWITCH_GET)
#undef TCPRA_SWITCH_GET
    case TCPRA_SWITCH_COUNT:
        break;
    }
    return false;
}

void tcpra_config_behave_like(struct tcpra_compat_config *config, enum tcpra_behaviour release)
{
    for (int s = 0; s < TCPRA_SWITCH_COUNT; s++)
        tcpra_config_set_switch(config, (enum tcpra_release_switch)s,
                                tcpra_switch_infos[s].on_in[release]);
}

const char *const tcpra_behaviour_names[TCPRA_BEHAVE_COUNT] = {
    [TCPRA_BEHAVE_4_0] = "4.0", [TCPRA_BEHAVE_4_4] = "4.4", [TCPRA_BEHAVE_4_6] = "4.6"};

bool tcpra_behaviour_from_name(const char *name, enum tcpra_behaviour *out)
{
    for (int b = 0; b < TCPRA_BEHAVE_COUNT; b++) {
        if (strcmp(name, tcpra_behaviour_names[b]) == 0) {
            *out = (enum tcpra_behaviour)b;
            return true;
        }
    }
    return false;
}

enum tcpra_behaviour tcpra_behaviour_of_release(unsigned major, unsigned minor)
{
    unsigned version = major * 100 + minor;

    return version >= 406 ? TCPRA_BEHAVE_4_6 : version >= 402 ? TCPRA_BEHAVE_4_4 : TCPRA_BEHAVE_4_0;
}
