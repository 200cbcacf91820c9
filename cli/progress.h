/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A progress line on stderr for long runs: packets, MB/s and the time
 * left, rewritten in place twice a second once a run has taken two
 * seconds; never when stderr is not a terminal. Workers add what they read;
 * a thread of its own prints. */
#ifndef TCPRA_CLI_PROGRESS_H
#define TCPRA_CLI_PROGRESS_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

struct tcpra_progress {
    atomic_uint_fast64_t packets, bytes;   /* read so far, by all workers */
    uint64_t total_bytes;                  /* of all files; 0 when unknown */
    atomic_bool done;
    bool shown;
    pthread_t thread;
};

/* Start the line's thread when stderr is a terminal. */
void tcpra_progress_start(struct tcpra_progress *progress, uint64_t total_bytes);
void tcpra_progress_add(struct tcpra_progress *progress, uint64_t packets, uint64_t bytes);
/* Stop the thread and clear the line. */
void tcpra_progress_stop(struct tcpra_progress *progress);

#endif
