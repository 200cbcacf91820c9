/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The cause analysis's preferences: on or off, the stack whose timers it
 * assumes, and its own duplicate-ACK threshold. */
#ifndef TCPRA_CAUSE_PREFS_H
#define TCPRA_CAUSE_PREFS_H

#include <epan/prefs.h>

#include "config.h"

/* Register the preferences, at the values of defaults. */
void tcpra_cause_prefs_register(module_t *module, const struct tcpra_cause_config *defaults);

/* Set config, which holds the defaults, as the preferences say; an invalid
 * value is reported and its default used. */
void tcpra_cause_prefs_apply(struct tcpra_cause_config *config);

#endif
