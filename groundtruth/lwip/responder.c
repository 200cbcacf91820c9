// SPDX-License-Identifier: GPL-2.0-or-later
#include "responder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lwip/tcp.h"

#define MAX_REQUEST 32

/* One client's connection. */
struct exchange {
    struct tcp_pcb *pcb;
    char request[MAX_REQUEST];   /* the request line read so far */
    size_t request_len;
    uint64_t bytes_owed;         /* of the responses asked for, not yet queued */
};

static const uint8_t *response_block(void)
{
    static uint8_t block[TCP_MSS];

    for (size_t i = 0; i < sizeof block; i++)
        block[i] = (uint8_t)i;
    return block;
}

/* Queues as much of the owed bytes as lwIP's send buffer takes. */
static void send_owed(struct exchange *x)
{
    static const uint8_t *block;

    if (!block)
        block = response_block();
    while (x->bytes_owed > 0 && tcp_sndbuf(x->pcb) > 0 && tcp_sndqueuelen(x->pcb) < TCP_SND_QUEUELEN - 1) {
        u16_t n = (u16_t)(x->bytes_owed < TCP_MSS ? x->bytes_owed : TCP_MSS);

        if (n > tcp_sndbuf(x->pcb))
            n = tcp_sndbuf(x->pcb);
        if (tcp_write(x->pcb, block, n, TCP_WRITE_FLAG_COPY) != ERR_OK)
            break;
        x->bytes_owed -= n;
    }
    tcp_output(x->pcb);
}

static void forget(struct exchange *x)
{
    tcp_arg(x->pcb, NULL);
    tcp_recv(x->pcb, NULL);
    tcp_sent(x->pcb, NULL);
    tcp_err(x->pcb, NULL);
    free(x);
}

static void read_requests(struct exchange *x, struct pbuf *p)
{
    for (u16_t i = 0; i < p->tot_len; i++) {
        char c = (char)pbuf_get_at(p, i);

        if (c != '\n') {
            if (x->request_len < MAX_REQUEST - 1)
                x->request[x->request_len++] = c;
            continue;
        }
        x->request[x->request_len] = '\0';
        x->bytes_owed += strtoull(x->request, NULL, 10);
        x->request_len = 0;
    }
}

static err_t on_receive(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err)
{
    struct exchange *x = arg;
    (void)err;

    if (!p) {   /* the client closed: close after it */
        forget(x);
        if (tcp_close(pcb) == ERR_OK)
            return ERR_OK;
        tcp_abort(pcb);
        return ERR_ABRT;
    }
    read_requests(x, p);
    tcp_recved(pcb, p->tot_len);
    pbuf_free(p);
    send_owed(x);
    return ERR_OK;
}

static err_t on_sent(void *arg, struct tcp_pcb *pcb, u16_t len)
{
    (void)pcb;
    (void)len;
    send_owed(arg);
    return ERR_OK;
}

/* The connection is gone (reset or given up): lwIP has freed its pcb. */
static void on_error(void *arg, err_t err)
{
    (void)err;
    free(arg);
}

static err_t on_accept(void *arg, struct tcp_pcb *pcb, err_t err)
{
    struct exchange *x;
    (void)arg;

    if (err != ERR_OK || !pcb)
        return ERR_VAL;
    x = calloc(1, sizeof *x);
    if (!x)
        return ERR_MEM;
    x->pcb = pcb;
    tcp_arg(pcb, x);
    tcp_recv(pcb, on_receive);
    tcp_sent(pcb, on_sent);
    tcp_err(pcb, on_error);
    /* Each response leaves as soon as it is queued, its last segment too. */
    tcp_nagle_disable(pcb);
    return ERR_OK;
}

void responder_listen(uint16_t port)
{
    struct tcp_pcb *pcb = tcp_new_ip_type(IPADDR_TYPE_V4);
    err_t err = ERR_MEM;

    if (!pcb || tcp_bind(pcb, IP4_ADDR_ANY, port) != ERR_OK ||
        !(pcb = tcp_listen_with_backlog_and_err(pcb, TCP_DEFAULT_LISTEN_BACKLOG, &err))) {
        fprintf(stderr, "lwip-sender: cannot listen on port %u (%d)\n", port, err);
        exit(1);
    }
    tcp_accept(pcb, on_accept);
}
