/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The command line: the output wanted, the files, and the analysis knobs,
 * named and checked as the plugin's preferences are. */
#ifndef TCPRA_CLI_COMMAND_LINE_H
#define TCPRA_CLI_COMMAND_LINE_H

#include "scan.h"

struct tcpra_cli_options {
    struct tcpra_scan_options scan;
    unsigned jobs;
    char *const *files;
    unsigned file_count;
};

enum tcpra_cli_parse {
    TCPRA_CLI_RUN,
    TCPRA_CLI_DONE,             /* --help or --version was printed */
    TCPRA_CLI_USAGE_ERROR,      /* a message was printed */
};

enum tcpra_cli_parse tcpra_cli_parse(int argc, char **argv, struct tcpra_cli_options *options);

#endif
