/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "release_prefs.h"

#include "ws_compat.h"

/* Each switch is "auto" (as tcpra.behave_like), on or off; on is always the
 * newer release's behaviour. */
enum { SWITCH_AUTO = -1, SWITCH_OFF = 0, SWITCH_ON = 1 };

static gint behave_like;

/* Names from the core (tcpra_behaviour_names), set at registration. */
static enum_val_t releases[] = {
    {NULL, "Wireshark 4.0", TCPRA_BEHAVE_4_0},
    {NULL, "Wireshark 4.2 and 4.4", TCPRA_BEHAVE_4_4},
    {NULL, "Wireshark 4.6", TCPRA_BEHAVE_4_6},
    {NULL, NULL, 0},
};

static const enum_val_t switch_values[] = {
    {"auto", "As the release in tcpra.behave_like", SWITCH_AUTO},
    {"on", "On", SWITCH_ON},
    {"off", "Off", SWITCH_OFF},
    {NULL, NULL, 0},
};

/* Each switch's preference: SWITCH_AUTO, SWITCH_ON or SWITCH_OFF. */
static gint switch_settings[TCPRA_SWITCH_COUNT];

void tcpra_release_prefs_apply(struct tcpra_compat_config *config)
{
    tcpra_config_behave_like(config, behave_like == TCPRA_BEHAVE_4_6   ? TCPRA_BEHAVE_4_6
                                     : behave_like == TCPRA_BEHAVE_4_4 ? TCPRA_BEHAVE_4_4
                                                                       : TCPRA_BEHAVE_4_0);
    for (int s = 0; s < TCPRA_SWITCH_COUNT; s++) {
        if (switch_settings[s] != SWITCH_AUTO)
            tcpra_config_set_switch(config, (enum tcpra_release_switch)s,
                                    switch_settings[s] == SWITCH_ON);
    }
}

void tcpra_release_prefs_register(module_t *module)
{
    for (int b = 0; b < TCPRA_BEHAVE_COUNT; b++)
        releases[b].name = tcpra_behaviour_names[releases[b].value];
    behave_like = TCPRA_WS_BEHAVIOUR;
    prefs_register_enum_preference(module, "behave_like", "Behave like Wireshark",
        "The release whose analysis TCPRA reproduces; each switch below left at \"auto\" follows "
        "it. Default: the release TCPRA was built for.",
        &behave_like, releases, FALSE);
    for (int s = 0; s < TCPRA_SWITCH_COUNT; s++) {
        const struct tcpra_switch_info *info = &tcpra_switch_infos[s];

        switch_settings[s] = SWITCH_AUTO;
        prefs_register_enum_preference(module, info->preference, info->title, info->description,
                                       &switch_settings[s], switch_values, FALSE);
    }
}
