// SPDX-License-Identifier: GPL-2.0-or-later
/* The lab's path: copies Ethernet frames between two interfaces, applying
 * each direction's impairments to TCP, and records what it saw. It writes a
 * capture of each side as a tap next to that host would see it (frames
 * from the host when they arrive, frames to the host when they leave) and
 * the fate of every TCP frame keyed by frame numbers in those captures:
 *
 *   IN_SIDE  IN_FRAME  FATE  OUT_FRAME
 *
 * FATE: forward, duplicate (the network's second copy), drop-<why>, or
 * held (still delayed when the forwarder stopped: never delivered).
 * Frames other than TCP (ARP, neighbour discovery) pass at once, unrecorded.
 * It also writes what a tap in the middle of the path sees (middle_tap.h).
 *
 *   forwarder IF_A IF_B A.pcap B.pcap MIDDLE.pcap FATES.tsv MIDDLE_FATES.tsv SEED
 *             RULES_A_TO_B RULES_B_TO_A
 *
 * Prints "ready" once both interfaces are open; stops on SIGTERM or SIGINT.
 * Exits 3 if the kernel dropped a frame before the forwarder read it.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "count_hold.h"
#include "impairment.h"
#include "middle_tap.h"
#include "pcap_writer.h"
#include "release_queue.h"
#include "tcp_frame.h"

#define SNAPLEN 128
#define MAX_FRAME 65536

struct side {
    const char *name;
    int fd;
    struct pcap_writer capture;
    struct impairment toward_other;   /* applied to frames coming from this side */
    uint64_t arrivals;                /* TCP frames from this side so far */
    struct count_hold held;           /* frames from this side held by count */
};

static volatile sig_atomic_t stopping;

static void on_signal(int sig)
{
    (void)sig;
    stopping = 1;
}

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;

    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int open_interface(const char *ifname)
{
    int fd = socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK, htons(ETH_P_ALL));
    struct sockaddr_ll sll = {.sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_ALL)};
    int one = 1, buffer = 8 << 20;

    if (fd < 0) {
        perror("forwarder: AF_PACKET socket");
        exit(1);
    }
    sll.sll_ifindex = (int)if_nametoindex(ifname);
    if (!sll.sll_ifindex || bind(fd, (struct sockaddr *)&sll, sizeof sll) < 0) {
        fprintf(stderr, "forwarder: %s: %s\n", ifname, strerror(errno));
        exit(1);
    }
    /* Our own transmissions on this interface are not frames from its host. */
    if (setsockopt(fd, SOL_PACKET, PACKET_IGNORE_OUTGOING, &one, sizeof one) < 0 ||
        setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one) < 0 ||
        setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &buffer, sizeof buffer) < 0) {
        perror("forwarder: setsockopt");
        exit(1);
    }
    return fd;
}

static void transmit(struct side *to, const unsigned char *data, size_t len)
{
    while (send(to->fd, data, len, 0) < 0) {
        if (errno != ENOBUFS && errno != EAGAIN) {
            fprintf(stderr, "forwarder: send on %s: %s\n", to->name, strerror(errno));
            exit(1);
        }
    }
}

struct lab {
    struct side sides[2];
    struct release_queue queue;
    struct middle_tap middle;
    FILE *fates;
    int64_t realtime_offset_ns;
    int64_t first_tcp_ns;   /* -1 until the first TCP frame */
};

/* FATE's frame held: released at its time, or held by count (count_hold.h)
 * until the HOLD_FOR-th frame after it has left and its time has come, or
 * its deadline. */
static void hold(struct lab *lab, int to, uint64_t in_frame, int is_copy, const struct fate *fate,
                 const unsigned char *data, size_t len)
{
    struct side *from = &lab->sides[!to];
    struct held_frame h = {.release_ns = is_copy ? fate->copy_release_ns : fate->release_ns, .to_side = to,
                           .in_frame = in_frame, .is_copy = is_copy, .index = from->arrivals,
                           .len = len, .data = malloc(len)};

    if (!h.data) {
        perror("forwarder");
        exit(1);
    }
    memcpy(h.data, data, len);
    if (!is_copy && fate->hold_for) {
        h.wait_for = h.index + (uint64_t)fate->hold_for;
        h.due_ns = fate->release_ns;
        h.release_ns = fate->hold_deadline_ns;
        count_hold_add(&from->held, h);
    } else {
        release_queue_push(&lab->queue, h);
    }
}

/* NOW: when the frame reached the interface (monotonic clock). */
static void arrive(struct lab *lab, int from, unsigned char *data, size_t len, int64_t now)
{
    struct side *in = &lab->sides[from];
    struct tcp_frame t;
    struct fate fate;

    if (!tcp_frame_parse(data, len, &t)) {
        transmit(&lab->sides[!from], data, len);
        return;
    }
    if (lab->first_tcp_ns < 0)
        lab->first_tcp_ns = now;
    in->arrivals++;
    ip_id_as_sent(&in->toward_other.ip_id, data, len);
    uint64_t in_frame = pcap_writer_add(&in->capture, now + lab->realtime_offset_ns, data, len);
    ip_id_on_path(&in->toward_other.ip_id, data, len);
    impairment_decide(&in->toward_other, &t, now, now - lab->first_tcp_ns, &fate);
    middle_tap_arrive(&lab->middle, from, in_frame, &in->toward_other, &fate, now, data, len);
    if (fate.drop_reason) {
        fprintf(lab->fates, "%s\t%llu\t%s\t-\n", in->name, (unsigned long long)in_frame, fate.drop_reason);
        return;
    }
    hold(lab, !from, in_frame, 0, &fate, data, len);
    if (fate.copied)
        hold(lab, !from, in_frame, 1, &fate, data, len);
}

static void release(struct lab *lab, struct held_frame *h)
{
    struct side *out = &lab->sides[h->to_side];

    transmit(out, h->data, h->len);
    uint64_t out_frame = pcap_writer_add(&out->capture, clock_ns(CLOCK_MONOTONIC) + lab->realtime_offset_ns,
                                         h->data, h->len);
    fprintf(lab->fates, "%s\t%llu\t%s\t%llu\n", lab->sides[!h->to_side].name, (unsigned long long)h->in_frame,
            h->is_copy ? "duplicate" : "forward", (unsigned long long)out_frame);
    free(h->data);
}

/* The kernel's receive time of the frame (realtime), else now. */
static int64_t received_at(struct msghdr *msg)
{
    for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
            struct timespec ts;
            memcpy(&ts, CMSG_DATA(c), sizeof ts);
            return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
        }
    }
    return clock_ns(CLOCK_REALTIME);
}

static void read_side(struct lab *lab, int from, unsigned char *buf)
{
    struct sockaddr_ll sll;
    char control[CMSG_SPACE(sizeof(struct timespec))];
    struct iovec iov = {.iov_base = buf, .iov_len = MAX_FRAME};
    ssize_t n;

    for (;;) {
        struct msghdr msg = {.msg_name = &sll, .msg_namelen = sizeof sll, .msg_iov = &iov, .msg_iovlen = 1,
                             .msg_control = control, .msg_controllen = sizeof control};
        n = recvmsg(lab->sides[from].fd, &msg, 0);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                return;
            perror("forwarder: recv");
            exit(1);
        }
        /* Stamped when it reached the interface, not when this process got
         * to read it: on a busy machine the two can be milliseconds apart. */
        if (sll.sll_pkttype != PACKET_OUTGOING)
            arrive(lab, from, buf, (size_t)n, received_at(&msg) - lab->realtime_offset_ns);
    }
}

/* Frames held by count whose wait is over leave right behind the frame
 * that ended it. */
static void release_held(struct lab *lab, int64_t now)
{
    struct held_frame h;

    for (int s = 0; s < 2; s++) {
        while (count_hold_take(&lab->sides[s].held, now, &h)) {
            count_hold_passed(&lab->sides[s].held, h.index);
            release(lab, &h);
        }
    }
}

static void release_due(struct lab *lab)
{
    int64_t now = clock_ns(CLOCK_MONOTONIC);

    middle_tap_pass(&lab->middle, now, lab->realtime_offset_ns);
    release_held(lab, now);
    while (lab->queue.count && release_queue_peek(&lab->queue)->release_ns <= now) {
        struct held_frame h = release_queue_pop(&lab->queue);
        count_hold_passed(&lab->sides[!h.to_side].held, h.index);
        release(lab, &h);
        release_held(lab, now);
    }
}

static int poll_timeout_ms(const struct lab *lab)
{
    int64_t next = middle_tap_next(&lab->middle);

    if (lab->queue.count && release_queue_peek(&lab->queue)->release_ns < next)
        next = release_queue_peek(&lab->queue)->release_ns;
    for (int s = 0; s < 2; s++) {
        int64_t deadline = count_hold_deadline(&lab->sides[s].held);
        if (deadline < next)
            next = deadline;
    }
    if (next == INT64_MAX)
        return 100;
    int64_t wait = next - clock_ns(CLOCK_MONOTONIC);
    return wait <= 0 ? 0 : (int)((wait + 999999) / 1000000);
}

static unsigned kernel_drops(int fd)
{
    struct tpacket_stats st;
    socklen_t len = sizeof st;

    return getsockopt(fd, SOL_PACKET, PACKET_STATISTICS, &st, &len) == 0 ? st.tp_drops : 0;
}

int main(int argc, char **argv)
{
    static unsigned char buf[MAX_FRAME];
    struct lab *lab = calloc(1, sizeof *lab);

    if (argc != 11) {
        fprintf(stderr, "usage: forwarder IF_A IF_B A.pcap B.pcap MIDDLE.pcap FATES.tsv MIDDLE_FATES.tsv SEED"
                        " RULES_A_TO_B RULES_B_TO_A\n");
        return 2;
    }
    uint64_t seed = strtoull(argv[8], NULL, 0);
    for (int s = 0; s < 2; s++) {
        lab->sides[s].name = s ? "B" : "A";
        lab->sides[s].fd = open_interface(argv[1 + s]);
        pcap_writer_open(&lab->sides[s].capture, argv[3 + s], SNAPLEN);
        /* Each direction draws from its own generator: one's traffic does not shift the other's fates. */
        impairment_init(&lab->sides[s].toward_other, argv[9 + s], seed * 2 + (uint64_t)s);
    }
    middle_tap_open(&lab->middle, argv[5], argv[7], seed);
    lab->fates = fopen(argv[6], "w");
    if (!lab->fates) {
        perror(argv[6]);
        return 1;
    }
    lab->first_tcp_ns = -1;
    lab->realtime_offset_ns = clock_ns(CLOCK_REALTIME) - clock_ns(CLOCK_MONOTONIC);
    fprintf(lab->fates, "# in_side\tin_frame\tfate\tout_frame\trealtime_minus_monotonic_ns=%lld\n",
            (long long)lab->realtime_offset_ns);
    signal(SIGTERM, on_signal);
    signal(SIGINT, on_signal);
    printf("ready\n");
    fflush(stdout);

    struct pollfd fds[2] = {{.fd = lab->sides[0].fd, .events = POLLIN}, {.fd = lab->sides[1].fd, .events = POLLIN}};
    while (!stopping) {
        if (poll(fds, 2, poll_timeout_ms(lab)) < 0 && errno != EINTR) {
            perror("forwarder: poll");
            return 1;
        }
        for (int s = 0; s < 2; s++)
            if (fds[s].revents & POLLIN)
                read_side(lab, s, buf);
        release_due(lab);
    }
    struct held_frame h;
    for (int s = 0; s < 2; s++)
        while (count_hold_take(&lab->sides[s].held, INT64_MAX, &h))
            release_queue_push(&lab->queue, h);
    while (lab->queue.count) {
        h = release_queue_pop(&lab->queue);
        fprintf(lab->fates, "%s\t%llu\theld\t-\n", lab->sides[!h.to_side].name, (unsigned long long)h.in_frame);
        free(h.data);
    }
    unsigned drops = kernel_drops(lab->sides[0].fd) + kernel_drops(lab->sides[1].fd);
    for (int s = 0; s < 2; s++)
        pcap_writer_close(&lab->sides[s].capture);
    if (middle_tap_close(&lab->middle, lab->realtime_offset_ns) != 0) {
        perror(argv[7]);
        return 1;
    }
    if (fclose(lab->fates) != 0) {
        perror(argv[6]);
        return 1;
    }
    if (drops) {
        fprintf(stderr, "forwarder: the kernel dropped %u frames before they were read\n", drops);
        return 3;
    }
    return 0;
}
