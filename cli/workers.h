/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Many files on many cores: each worker scans one whole file at a time,
 * so every file's verdicts are those of a single worker; each file's output
 * is printed whole and in the order the files were given. */
#ifndef TCPRA_CLI_WORKERS_H
#define TCPRA_CLI_WORKERS_H

#include <stdio.h>

#include "scan.h"

/* Scan count files with up to jobs workers, printing to out; returns how
 * many could not be read to their end. */
unsigned tcpra_scan_files(char *const *paths, unsigned count, unsigned jobs, const struct tcpra_scan_options *options,
                          FILE *out, struct tcpra_progress *progress);

#endif
