// SPDX-License-Identifier: GPL-2.0-or-later
/* The lab's data sender (host A) on lwIP instead of the kernel's TCP: it
 * owns A's IPv4 address on IFNAME itself, serves traffic.py's clients and
 * logs every segment it sends again with lwIP's cause (sent_segments.h).
 *
 *   lwip-sender IFNAME ADDRESS/PREFIX PORT PEER_MAC RETRANSMISSIONS_FILE
 *
 * One thread runs lwIP (no tcpip thread): it waits for a frame or lwIP's
 * next timer. Prints "ready" once listening; stops on SIGTERM or SIGINT. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ethernet_link.h"
#include "lwip/init.h"
#include "lwip/timeouts.h"
#include "responder.h"
#include "sent_segments.h"

static volatile sig_atomic_t stopping;

static void stop(int sig)
{
    (void)sig;
    stopping = 1;
}

int main(int argc, char **argv)
{
    static struct ethernet_link link;
    struct sigaction on_stop = {.sa_handler = stop};
    char *slash;

    if (argc != 6 || !(slash = strchr(argv[2], '/'))) {
        fprintf(stderr, "usage: lwip-sender IFNAME ADDRESS/PREFIX PORT PEER_MAC RETRANSMISSIONS_FILE\n");
        return 2;
    }
    *slash = '\0';
    sigaction(SIGTERM, &on_stop, NULL);
    sigaction(SIGINT, &on_stop, NULL);
    sent_segments_open(argv[5]);
    lwip_init();
    ethernet_link_open(&link, argv[1], argv[2], atoi(slash + 1), argv[4]);
    responder_listen((uint16_t)atoi(argv[3]));
    printf("ready\n");
    fflush(stdout);
    while (!stopping) {
        struct pollfd pfd = {.fd = link.fd, .events = POLLIN};
        u32_t wait_ms = sys_timeouts_sleeptime();

        if (poll(&pfd, 1, wait_ms == SYS_TIMEOUTS_SLEEPTIME_INFINITE ? -1 : (int)wait_ms) < 0 && errno != EINTR) {
            perror("lwip-sender: poll");
            return 1;
        }
        if (pfd.revents & POLLIN)
            ethernet_link_receive(&link);
        sys_check_timeouts();
    }
    return 0;
}
