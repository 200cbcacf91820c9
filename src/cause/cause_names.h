/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The cause verdict in words: one table of its kinds, which the fields
 * (tcpra.cause.<name>), the statistics, the comparison with the built-in
 * and the command line all read. */
#ifndef TCPRA_CAUSE_NAMES_H
#define TCPRA_CAUSE_NAMES_H

#include <stdbool.h>
#include <stdint.h>

#include "cause.h"

/* What a cause verdict can say, one boolean each. */
enum tcpra_cause_kind {
    TCPRA_KIND_RTO,
    TCPRA_KIND_LOSS_RECOVERY,
    TCPRA_KIND_TLP,
    TCPRA_KIND_SYN,
    TCPRA_KIND_SPURIOUS,
    TCPRA_KIND_REORDERED,
    TCPRA_KIND_NETWORK_DUPLICATE,
    TCPRA_KIND_COUNT
};

struct tcpra_cause_kind_words {
    const char *name;       /* "rto": the field tcpra.cause.rto */
    const char *word;       /* "rto": in a sentence ("cause: rto") */
    const char *title;      /* "RTO": a statistics row */
    const char *field;      /* "Retransmission timeout": the field's title */
    const char *summary;    /* "Cause: retransmission timeout": its expert info */
    bool warning;           /* no retransmission at all: worth a warning */
};

extern const struct tcpra_cause_kind_words tcpra_cause_kinds[TCPRA_KIND_COUNT];

/* The kinds a verdict has, one bit (1u << kind) each. */
uint32_t tcpra_cause_kind_bits(const struct tcpra_cause *cause);
/* The one kind that names the verdict: a network duplicate, a reordered
 * original, else its trigger; TCPRA_KIND_COUNT when none (new data). */
enum tcpra_cause_kind tcpra_cause_primary_kind(const struct tcpra_cause *cause);
/* The primary kind's word and title; "not a retransmission" and "none"
 * without one. */
const char *tcpra_cause_word(const struct tcpra_cause *cause);
const char *tcpra_cause_title(const struct tcpra_cause *cause);
/* "sender", "receiver", "middle", "unknown". */
const char *tcpra_vantage_name(enum tcpra_vantage vantage);

/* "linux", "rfc": the value of tcpra.cause_stack and of --cause-stack. */
extern const char *const tcpra_cause_stack_names[TCPRA_STACK_COUNT];
/* The stack of that name; false when there is none. */
bool tcpra_cause_stack_from_name(const char *name, enum tcpra_cause_stack *out);

#endif
