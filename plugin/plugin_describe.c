/* SPDX-License-Identifier: GPL-2.0-or-later */
/* TCPRA's type for tshark -G plugins and Help > About > Plugins, on the
 * releases that ask plugins for it. */
#define WS_BUILD_DLL
#include "ws_compat.h"

#if TCPRA_WS_HAS_PLUGIN_DESCRIBE
#include <wsutil/plugins.h>

WS_DLL_PUBLIC uint32_t plugin_describe(void);

uint32_t plugin_describe(void)
{
    return WS_PLUGIN_DESC_DISSECTOR;
}
#endif
