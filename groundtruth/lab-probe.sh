#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Whether the lab can run on this machine: root, ethtool, lwIP, network
# namespaces, and tracefs with the kernel's TCP events. Exits 0 when it
# can; otherwise prints why not on one line and exits 1.
#   groundtruth/lab-probe.sh
cannot() {
    echo "$*"
    exit 1
}
[ "$(id -u)" = 0 ] || cannot "needs root"
command -v ethtool >/dev/null || cannot "needs ethtool"
probe="tcpra-probe-$$"
ip netns add "$probe" 2>/dev/null || cannot "cannot make a network namespace"
ip netns del "$probe"
[ -d /sys/kernel/tracing/events/tcp/tcp_retransmit_skb ] ||
    mount -t tracefs nodev /sys/kernel/tracing 2>/dev/null || cannot "no tracefs"
[ -d /sys/kernel/tracing/events/tcp/tcp_cong_state_set ] || cannot "this kernel has no tcp:tcp_cong_state_set event"
# Random draws serve some connections from lwIP (lwip/), built against it.
pkg-config --exists lwip || cannot "needs lwIP (liblwip-dev)"
exit 0
