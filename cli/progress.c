/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "progress.h"

#include <inttypes.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#define QUIET_SECONDS 2.0
#define PERIOD_NS 500000000L

static double seconds_since(const struct timespec *start)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static void print_line(const struct tcpra_progress *p, double elapsed)
{
    uint64_t packets = atomic_load(&p->packets), bytes = atomic_load(&p->bytes);
    double rate = (double)bytes / elapsed;

    fprintf(stderr, "\r%" PRIu64 " packets, %.1f MB/s", packets, rate / 1e6);
    if (p->total_bytes && rate > 0 && bytes <= p->total_bytes)
        fprintf(stderr, ", %.0f s left", (double)(p->total_bytes - bytes) / rate);
    fputs("   ", stderr);
}

static void *run(void *arg)
{
    struct tcpra_progress *p = arg;
    struct timespec start, pause = {0, PERIOD_NS};

    clock_gettime(CLOCK_MONOTONIC, &start);
    while (!atomic_load(&p->done)) {
        double elapsed;

        nanosleep(&pause, NULL);
        elapsed = seconds_since(&start);
        if (elapsed >= QUIET_SECONDS && !atomic_load(&p->done)) {
            print_line(p, elapsed);
            p->shown = true;
        }
    }
    return NULL;
}

void tcpra_progress_start(struct tcpra_progress *progress, uint64_t total_bytes)
{
    atomic_init(&progress->packets, 0);
    atomic_init(&progress->bytes, 0);
    atomic_init(&progress->done, false);
    progress->total_bytes = total_bytes;
    progress->shown = false;
    if (!isatty(STDERR_FILENO) || pthread_create(&progress->thread, NULL, run, progress) != 0)
        atomic_store(&progress->done, true);
}

void tcpra_progress_add(struct tcpra_progress *progress, uint64_t packets, uint64_t bytes)
{
    atomic_fetch_add(&progress->packets, packets);
    atomic_fetch_add(&progress->bytes, bytes);
}

void tcpra_progress_stop(struct tcpra_progress *progress)
{
    if (atomic_exchange(&progress->done, true))
        return;
    pthread_join(progress->thread, NULL);
    if (progress->shown)
        fputs("\r\033[K", stderr);
}
