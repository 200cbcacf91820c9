// SPDX-License-Identifier: GPL-2.0-or-later
#include "impairment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MS 1000000LL

static void bad_rule(const char *rule)
{
    fprintf(stderr, "forwarder: bad rule \"%s\" (see impairment.h)\n", rule);
    exit(2);
}

static void add_window(struct time_window *w, int *n, const char *value, const char *rule)
{
    double start, dur;

    if (*n == GT_MAX_WINDOWS || sscanf(value, "%lf:%lf", &start, &dur) != 2)
        bad_rule(rule);
    w[*n].start_ns = (int64_t)(start * MS);
    w[*n].end_ns = (int64_t)((start + dur) * MS);
    (*n)++;
}

static void parse_rule(struct impairment *imp, char *rule, uint64_t seed)
{
    char *value = strchr(rule, '=');
    double a, b, c;
    int n;

    if (!value)
        bad_rule(rule);
    *value++ = 0;
    if (!strcmp(rule, "loss") && sscanf(value, "%lf", &a) == 1)
        imp->loss = a;
    else if (!strcmp(rule, "burst") && sscanf(value, "%lf:%lf", &a, &b) == 2)
        imp->burst_enter = a, imp->burst_stay = b;
    else if (!strcmp(rule, "blackout"))
        add_window(imp->blackouts, &imp->n_blackouts, value, rule);
    else if (!strcmp(rule, "stall"))
        add_window(imp->stalls, &imp->n_stalls, value, rule);
    else if (!strcmp(rule, "delay") && sscanf(value, "%lf", &a) == 1)
        imp->delay_ns = (int64_t)(a * MS);
    else if (!strcmp(rule, "jitter") && sscanf(value, "%lf", &a) == 1)
        imp->jitter_ns = (int64_t)(a * MS);
    else if (!strcmp(rule, "reorder") && sscanf(value, "%lf:%lf", &a, &b) == 2)
        imp->reorder = a, imp->reorder_extra_ns = (int64_t)(b * MS);
    else if (!strcmp(rule, "duplicate") && sscanf(value, "%lf", &a) == 1)
        imp->duplicate = a;
    else if (!strcmp(rule, "drop_syn") && sscanf(value, "%lf", &a) == 1)
        imp->drop_syn = (int)a;
    else if (!strcmp(rule, "drop_byte") && sscanf(value, "%lf:%lf", &a, &b) == 2)
        imp->drop_byte = (int64_t)a, imp->drop_byte_times = (int)b;
    else if (!strcmp(rule, "reorder_by") && (n = sscanf(value, "%lf:%lf:%lf", &a, &b, &c)) >= 2 &&
             b >= 1 && b <= GT_MAX_REORDER_BY)
        imp->reorder_by = a, imp->reorder_by_frames = (int)b,
        imp->reorder_by_max_ns = (int64_t)((n == 3 ? c : 100) * MS);
    else if (!strcmp(rule, "spray") && sscanf(value, "%lf:%lf", &a, &b) == 2 && a >= 1 && a <= GT_MAX_PATHS)
        imp->paths = (int)a, imp->path_spread_ns = (int64_t)(b * MS);
    else if (!strcmp(rule, "rate") && sscanf(value, "%lf:%lf", &a, &b) == 2 && a > 0 && b >= 1 &&
             b <= GT_MAX_QUEUE)
        imp->rate_bits_per_ns = a / 1000, imp->queue_max = (int)b;
    else if (!strcmp(rule, "ip_id") && ip_id_init(&imp->ip_id, value, seed))
        ;
    else
        bad_rule(rule);
}

void impairment_init(struct impairment *imp, const char *rules, uint64_t seed)
{
    char *copy = strdup(rules), *save = NULL;

    memset(imp, 0, sizeof *imp);
    imp->drop_byte = -1;
    imp->paths = 1;
    ip_id_init(&imp->ip_id, "linux", seed);
    prng_seed(&imp->prng, seed);
    for (char *r = strtok_r(copy, ",", &save); r; r = strtok_r(NULL, ",", &save))
        parse_rule(imp, r, seed);
    free(copy);
}

static struct flow_state *flow_of(struct impairment *imp, const struct tcp_frame *t)
{
    for (int i = 0; i < imp->n_flows; i++)
        if (!memcmp(imp->flows[i].key, t->flow_key, sizeof t->flow_key))
            return &imp->flows[i];
    if (imp->n_flows == GT_MAX_FLOWS) {
        fprintf(stderr, "forwarder: more than %d connections\n", GT_MAX_FLOWS);
        exit(1);
    }
    struct flow_state *f = &imp->flows[imp->n_flows++];
    memcpy(f->key, t->flow_key, sizeof t->flow_key);
    return f;
}

static const struct time_window *window_at(const struct time_window *w, int n, int64_t t)
{
    for (int i = 0; i < n; i++)
        if (t >= w[i].start_ns && t < w[i].end_ns)
            return &w[i];
    return NULL;
}

/* Whether the frame carries stream byte OFFSET (sequence numbers wrap). */
static int carries_byte(const struct flow_state *f, const struct tcp_frame *t, int64_t offset)
{
    uint32_t first = t->seq - (f->isn + 1);

    return f->isn_known && t->payload_len > 0 && (uint32_t)offset - first < t->payload_len;
}

static const char *drop_reason(struct impairment *imp, const struct tcp_frame *t, int64_t since_start_ns)
{
    struct flow_state *f = flow_of(imp, t);

    if (t->flags & TCP_FLAG_SYN) {
        f->isn = t->seq;
        f->isn_known = 1;
    }
    if (window_at(imp->blackouts, imp->n_blackouts, since_start_ns))
        return "drop-blackout";
    if ((t->flags & TCP_FLAG_SYN) && f->syns_dropped < imp->drop_syn) {
        f->syns_dropped++;
        return "drop-syn";
    }
    if (imp->drop_byte >= 0 && f->offset_drops < imp->drop_byte_times &&
        carries_byte(f, t, imp->drop_byte)) {
        f->offset_drops++;
        return "drop-byte";
    }
    if (imp->burst_enter > 0) {
        double p = prng_unit(&imp->prng);
        imp->in_burst = imp->in_burst ? p < imp->burst_stay : p < imp->burst_enter;
        if (imp->in_burst)
            return "drop-burst";
    }
    if (imp->loss > 0 && prng_unit(&imp->prng) < imp->loss)
        return "drop-random";
    return NULL;
}

/* When the frame has crossed the bottleneck (NOW without one); -1 when
 * its queue is full. */
static int64_t through_bottleneck(struct impairment *imp, const struct tcp_frame *t, int64_t now_ns)
{
    if (imp->rate_bits_per_ns <= 0)
        return now_ns;
    while (imp->queue_len && imp->queue_done_ns[imp->queue_head] <= now_ns) {
        imp->queue_head = (imp->queue_head + 1) % GT_MAX_QUEUE;
        imp->queue_len--;
    }
    if (imp->queue_len >= imp->queue_max)
        return -1;
    int64_t start = imp->link_free_ns > now_ns ? imp->link_free_ns : now_ns;
    imp->link_free_ns = start + (int64_t)(8.0 * t->frame_len / imp->rate_bits_per_ns);
    imp->queue_done_ns[(imp->queue_head + imp->queue_len++) % GT_MAX_QUEUE] = imp->link_free_ns;
    return imp->link_free_ns;
}

void impairment_decide(struct impairment *imp, const struct tcp_frame *t, int64_t now_ns,
                       int64_t since_start_ns, struct fate *fate)
{
    memset(fate, 0, sizeof *fate);
    fate->drop_reason = drop_reason(imp, t, since_start_ns);
    if (fate->drop_reason)
        return;
    int64_t sent = through_bottleneck(imp, t, now_ns);
    if (sent < 0) {
        fate->drop_reason = "drop-queue";
        return;
    }

    int64_t release = sent + imp->delay_ns;
    if (imp->jitter_ns > 0)
        release += (int64_t)(prng_unit(&imp->prng) * (double)imp->jitter_ns);
    const struct time_window *stall = window_at(imp->stalls, imp->n_stalls, since_start_ns);
    if (stall)
        release += stall->end_ns - since_start_ns;
    int path = 0;
    if (imp->paths > 1) {
        path = (int)(prng_unit(&imp->prng) * imp->paths);
        release += imp->path_spread_ns * path / (imp->paths - 1);
    }
    if (imp->reorder > 0 && prng_unit(&imp->prng) < imp->reorder) {
        release += imp->reorder_extra_ns;
    } else {
        /* A queue: jitter delays, but never lets a frame pass the one before. */
        if (release < imp->last_release_ns[path])
            release = imp->last_release_ns[path];
        imp->last_release_ns[path] = release;
    }
    fate->release_ns = release;
    if (imp->reorder_by > 0 && prng_unit(&imp->prng) < imp->reorder_by) {
        /* Each its own displacement: held frames overtake each other too. */
        fate->hold_for = 1 + (int)(prng_unit(&imp->prng) * imp->reorder_by_frames);
        fate->hold_deadline_ns = release + imp->reorder_by_max_ns;
    }
    if (imp->duplicate > 0 && prng_unit(&imp->prng) < imp->duplicate) {
        fate->copied = 1;
        fate->copy_release_ns = release + 20000;   /* 20 us behind the original */
    }
}
