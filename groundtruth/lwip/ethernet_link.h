/* SPDX-License-Identifier: GPL-2.0-or-later */
/* lwIP's network interface on a Linux interface through an AF_PACKET
 * socket: lwIP owns the host's IPv4 address, the host's kernel has none,
 * so it never answers the peer (no RSTs). The peer's MAC address is fixed,
 * as the lab's hosts have static neighbours: no ARP crosses the path. */
#ifndef GT_ETHERNET_LINK_H
#define GT_ETHERNET_LINK_H

#include "lwip/netif.h"

struct ethernet_link {
    struct netif netif;
    int fd;                      /* AF_PACKET socket on the interface */
    unsigned char own_mac[6];
    unsigned char peer_mac[6];
};

/* Opens IFNAME and adds lwIP's interface with ADDRESS/PREFIX as default;
 * exits on failure. */
void ethernet_link_open(struct ethernet_link *link, const char *ifname, const char *address, int prefix,
                        const char *peer_mac);
/* Hands every IPv4 frame waiting on the socket to lwIP. */
void ethernet_link_receive(struct ethernet_link *link);

#endif
