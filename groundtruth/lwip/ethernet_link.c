// SPDX-License-Identifier: GPL-2.0-or-later
#include "ethernet_link.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include "lwip/ip4.h"
#include "lwip/pbuf.h"
#include "sent_segments.h"

#define ETHERNET_HEADER 14
#define MAX_FRAME 2048

static void fail(const char *what)
{
    fprintf(stderr, "lwip-sender: %s: %s\n", what, strerror(errno));
    exit(1);
}

/* netif->output: the frame leaves as lwIP built it, behind an Ethernet
 * header to the peer; the retransmission log sees it first. */
static err_t send_ip4(struct netif *netif, struct pbuf *p, const ip4_addr_t *next_hop)
{
    struct ethernet_link *link = netif->state;
    unsigned char frame[MAX_FRAME];
    size_t len = ETHERNET_HEADER + p->tot_len;
    (void)next_hop;

    if (len > sizeof frame)
        return ERR_BUF;
    memcpy(frame, link->peer_mac, 6);
    memcpy(frame + 6, link->own_mac, 6);
    frame[12] = 0x08;
    frame[13] = 0x00;
    pbuf_copy_partial(p, frame + ETHERNET_HEADER, p->tot_len, 0);
    sent_segments_record(frame + ETHERNET_HEADER, p->tot_len);
    while (send(link->fd, frame, len, 0) < 0) {
        if (errno != ENOBUFS && errno != EAGAIN && errno != EINTR)
            fail("send");
    }
    return ERR_OK;
}

static err_t init_netif(struct netif *netif)
{
    netif->name[0] = 'g';
    netif->name[1] = 't';
    netif->mtu = 1500;
    netif->output = send_ip4;
    return ERR_OK;
}

static void read_mac(const char *text, unsigned char mac[6])
{
    if (sscanf(text, "%hhx:%hhx:%hhx:%hhx:%hhx:%hhx", &mac[0], &mac[1], &mac[2], &mac[3], &mac[4], &mac[5]) != 6) {
        fprintf(stderr, "lwip-sender: not a MAC address: %s\n", text);
        exit(2);
    }
}

void ethernet_link_open(struct ethernet_link *link, const char *ifname, const char *address, int prefix,
                        const char *peer_mac)
{
    struct sockaddr_ll sll = {.sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_IP)};
    struct ifreq ifr = {0};
    ip4_addr_t ip, mask, gateway;

    read_mac(peer_mac, link->peer_mac);
    link->fd = socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK, htons(ETH_P_IP));
    if (link->fd < 0)
        fail("AF_PACKET socket");
    snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", ifname);
    sll.sll_ifindex = (int)if_nametoindex(ifname);
    if (!sll.sll_ifindex || bind(link->fd, (struct sockaddr *)&sll, sizeof sll) < 0 ||
        ioctl(link->fd, SIOCGIFHWADDR, &ifr) < 0)
        fail(ifname);
    memcpy(link->own_mac, ifr.ifr_hwaddr.sa_data, 6);
    if (!ip4addr_aton(address, &ip) || prefix < 1 || prefix > 32) {
        fprintf(stderr, "lwip-sender: not an IPv4 address and prefix: %s/%d\n", address, prefix);
        exit(2);
    }
    ip4_addr_set_u32(&mask, lwip_htonl(0xffffffffu << (32 - prefix)));
    ip4_addr_set_zero(&gateway);
    netif_add(&link->netif, &ip, &mask, &gateway, link, init_netif, ip4_input);
    netif_set_default(&link->netif);
    netif_set_link_up(&link->netif);
    netif_set_up(&link->netif);
}

void ethernet_link_receive(struct ethernet_link *link)
{
    unsigned char frame[MAX_FRAME];
    struct sockaddr_ll sll;
    socklen_t sll_len = sizeof sll;
    ssize_t n;

    while ((n = recvfrom(link->fd, frame, sizeof frame, 0, (struct sockaddr *)&sll, &sll_len)) > 0) {
        struct pbuf *p;

        sll_len = sizeof sll;
        if (sll.sll_pkttype != PACKET_HOST || n <= ETHERNET_HEADER)
            continue;
        p = pbuf_alloc(PBUF_RAW, (u16_t)(n - ETHERNET_HEADER), PBUF_RAM);
        if (!p)
            continue;   /* lwIP out of memory: the frame is lost, as on a device */
        pbuf_take(p, frame + ETHERNET_HEADER, (u16_t)(n - ETHERNET_HEADER));
        sent_segments_before_input(frame + ETHERNET_HEADER, (size_t)(n - ETHERNET_HEADER));
        if (link->netif.input(p, &link->netif) != ERR_OK)
            pbuf_free(p);
    }
    if (n < 0 && errno != EAGAIN && errno != EINTR)
        fail("recv");
}
