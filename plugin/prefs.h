/* SPDX-License-Identifier: GPL-2.0-or-later */
/* TCPRA's preferences (Preferences > Protocols > TCPRA, or tshark -o tcpra.*). */
#ifndef TCPRA_PREFS_H
#define TCPRA_PREFS_H

#include "config.h"

/* Register the preferences; changing one re-dissects with the new values. */
void tcpra_prefs_register(int proto);

/* The configuration the preferences describe. An invalid value is reported
 * once and its default used instead. */
const struct tcpra_config *tcpra_prefs_config(void);

#endif
