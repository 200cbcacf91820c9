/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The preferences for the rules that differ between Wireshark releases:
 * tcpra.behave_like picks a release, and each switch may override it. */
#ifndef TCPRA_RELEASE_PREFS_H
#define TCPRA_RELEASE_PREFS_H

#include <epan/prefs.h>

#include "compat_config.h"

void tcpra_release_prefs_register(module_t *module);

/* Set config's release switches as the preferences say. */
void tcpra_release_prefs_apply(struct tcpra_compat_config *config);

#endif
