/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A frame's verdicts as one line of JSON, CSV or TSV. The columns carry the
 * names of the plugin's fields without "tcpra.": tcpra.cause.evidence is
 * cause.evidence; flags and cause.kinds list the boolean fields set
 * (tcpra.<class>, tcpra.cause.<kind>). */
#ifndef TCPRA_CLI_OUTPUT_H
#define TCPRA_CLI_OUTPUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "config.h"
#include "connection_table.h"
#include "timestamp.h"
#include "verdict.h"

enum tcpra_output_format {
    TCPRA_OUTPUT_JSON,          /* JSON lines */
    TCPRA_OUTPUT_CSV,
    TCPRA_OUTPUT_TSV,
};

/* One frame's line: its verdict, and its connection's endpoints when known. */
struct tcpra_output_frame {
    const char *file;
    uint32_t frame;
    tcpra_time time;
    const struct tcpra_verdict *verdict;
    const struct tcpra_endpoints *endpoints;
};

/* Whether a verdict says anything: a class, a cause, or a frame settled. */
bool tcpra_output_has_verdict(const struct tcpra_verdict *verdict);

/* The column names, for CSV and TSV (JSON has none). */
void tcpra_output_header(FILE *out, enum tcpra_output_format format);
void tcpra_output_frame(FILE *out, enum tcpra_output_format format, const struct tcpra_config *config,
                        const struct tcpra_output_frame *frame);

/* s as a JSON string, quoted and escaped. */
void tcpra_output_json_string(FILE *out, const char *s);

#endif
