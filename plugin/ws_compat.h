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

/* field_info holds its value inline before 4.2, by pointer since. */
#if TCPRA_WS_AT_LEAST(4, 2)
#define TCPRA_FINFO_UINT(finfo) fvalue_get_uinteger((finfo)->value)
#else
#define TCPRA_FINFO_UINT(finfo) fvalue_get_uinteger(&(finfo)->value)
#endif

#endif
