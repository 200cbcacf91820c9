/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Every difference between the Wireshark releases TCPRA builds against. */
#ifndef TCPRA_WS_COMPAT_H
#define TCPRA_WS_COMPAT_H

#include <wireshark.h>
#include <epan/proto.h>

#define TCPRA_WS_AT_LEAST(major, minor) \
    (WIRESHARK_VERSION_MAJOR > (major) || \
     (WIRESHARK_VERSION_MAJOR == (major) && WIRESHARK_VERSION_MINOR >= (minor)))

/* Boolean preferences point to a gboolean (int) before 4.2, to a bool since:
 * the wrong width corrupts memory. */
#if TCPRA_WS_AT_LEAST(4, 2)
typedef bool tcpra_pref_bool;
#else
typedef gboolean tcpra_pref_bool;
#endif

/* wmem callbacks (wmem_register_callback) return a gboolean before 4.2, a
 * bool since. */
#if TCPRA_WS_AT_LEAST(4, 2)
typedef bool tcpra_wmem_cb_result;
#else
typedef gboolean tcpra_wmem_cb_result;
#endif

/* Before 4.2 the tree's top level is never faked: every protocol's item is
 * there however little of the tree is wanted. Since, an item nobody looks
 * for is faked at any level, the top one included. */
#define TCPRA_WS_FAKES_TOP_LEVEL TCPRA_WS_AT_LEAST(4, 2)

/* Since 4.2 a plugin tells its type through plugin_describe(); without it,
 * tshark -G plugins and About > Plugins list it as "unknown". */
#define TCPRA_WS_HAS_PLUGIN_DESCRIBE TCPRA_WS_AT_LEAST(4, 2)

/* Which program runs: each release's tshark names itself "tshark" through
 * ws_log_init(), which sets GLib's program name (4.0 to 4.6); the GUI
 * "wireshark", sharkd "sharkd". */
#define TCPRA_RUNNING_TSHARK() (g_strcmp0(g_get_prgname(), "tshark") == 0)

/* The analysis of the release built against: TCPRA's default behaviour. */
#define TCPRA_WS_BEHAVIOUR tcpra_behaviour_of_release(WIRESHARK_VERSION_MAJOR, WIRESHARK_VERSION_MINOR)

#endif
