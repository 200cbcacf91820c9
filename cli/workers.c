/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "workers.h"

#include <pthread.h>
#include <stdlib.h>

/* A file's scan: its output held in a temporary file until its turn. */
struct job {
    FILE *output;
    bool whole;
    bool done;
};

struct pool {
    char *const *paths;
    unsigned count, next;
    const struct tcpra_scan_options *options;
    struct tcpra_progress *progress;
    struct job *jobs;
    pthread_mutex_t lock;
    pthread_cond_t finished;
};

static void *work(void *arg)
{
    struct pool *pool = arg;

    for (;;) {
        unsigned i;
        struct job *job;

        pthread_mutex_lock(&pool->lock);
        i = pool->next++;
        pthread_mutex_unlock(&pool->lock);
        if (i >= pool->count)
            return NULL;
        job = &pool->jobs[i];
        job->output = tmpfile();
        job->whole = job->output && tcpra_scan_file(pool->paths[i], pool->options, job->output, pool->progress);
        if (!job->output)
            perror("tcpra: a temporary file for the output");
        pthread_mutex_lock(&pool->lock);
        job->done = true;
        pthread_cond_broadcast(&pool->finished);
        pthread_mutex_unlock(&pool->lock);
    }
}

static void copy_out(FILE *from, FILE *out)
{
    char buf[1 << 16];
    size_t n;

    rewind(from);
    while ((n = fread(buf, 1, sizeof buf, from)) > 0)
        fwrite(buf, 1, n, out);
    fclose(from);
}

static unsigned scan_in_parallel(struct pool *pool, unsigned jobs, FILE *out)
{
    pthread_t *threads = calloc(jobs, sizeof *threads);
    unsigned started = 0, failed = 0;

    if (!threads)
        return pool->count;
    while (started < jobs && pthread_create(&threads[started], NULL, work, pool) == 0)
        started++;
    if (started == 0)
        work(pool);
    for (unsigned i = 0; i < pool->count; i++) {
        pthread_mutex_lock(&pool->lock);
        while (!pool->jobs[i].done)
            pthread_cond_wait(&pool->finished, &pool->lock);
        pthread_mutex_unlock(&pool->lock);
        if (pool->jobs[i].output)
            copy_out(pool->jobs[i].output, out);
        failed += !pool->jobs[i].whole;
    }
    for (unsigned t = 0; t < started; t++)
        pthread_join(threads[t], NULL);
    free(threads);
    return failed;
}

unsigned tcpra_scan_files(char *const *paths, unsigned count, unsigned jobs, const struct tcpra_scan_options *options,
                          FILE *out, struct tcpra_progress *progress)
{
    struct pool pool = {paths, count, 0, options, progress, NULL,
                        PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER};
    unsigned failed = 0;

    if (jobs <= 1 || count <= 1) {
        for (unsigned i = 0; i < count; i++)
            failed += !tcpra_scan_file(paths[i], options, out, progress);
        return failed;
    }
    pool.jobs = calloc(count, sizeof *pool.jobs);
    if (!pool.jobs)
        return count;
    failed = scan_in_parallel(&pool, jobs < count ? jobs : count, out);
    free(pool.jobs);
    return failed;
}
