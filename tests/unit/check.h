/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A minimal test harness: CHECK records a failure and goes on; main()
 * returns non-zero when any check failed. */
#ifndef TCPRA_TEST_CHECK_H
#define TCPRA_TEST_CHECK_H

#include <stdio.h>


static int check_failures, check_count;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        check_count++;                                                                \
        if (!(cond)) {                                                                \
            check_failures++;                                                         \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                             \
    } while (0)

#define CHECK_EQ(a, b)                                                                 \
    do {                                                                               \
        long long check_a_ = (long long)(a), check_b_ = (long long)(b);                \
        check_count++;                                                                 \
        if (check_a_ != check_b_) {                                                    \
            check_failures++;                                                          \
            fprintf(stderr, "%s:%d: %s == %lld, expected %s == %lld\n", __FILE__,      \
                    __LINE__, #a, check_a_, #b, check_b_);                             \
        }                                                                              \
    } while (0)

/* The bit of a verdict class: B(FAST_RETRANSMISSION) (compat_verdict.h). */
#define B(c) TCPRA_BIT(TCPRA_##c)

static int check_report(const char *name)
{
    printf("%s: %d checks, %d failed\n", name, check_count, check_failures);
    return check_failures ? 1 : 0;
}

#endif
