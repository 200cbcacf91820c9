/* SPDX-License-Identifier: GPL-2.0-or-later */
/* tcpra: TCPRA's verdicts on capture files, at the speed of reading them.
 * Exit status: 0, every file read to its end; 1, a usage error; 2, a file
 * could not be read or broke off (what was read is printed). */
#include <stdio.h>
#include <sys/stat.h>

#include "command_line.h"
#include "workers.h"

static uint64_t total_size(char *const *paths, unsigned count)
{
    uint64_t total = 0;

    for (unsigned i = 0; i < count; i++) {
        struct stat st;

        if (stat(paths[i], &st) == 0 && S_ISREG(st.st_mode))
            total += (uint64_t)st.st_size;
    }
    return total;
}

int main(int argc, char **argv)
{
    struct tcpra_cli_options options;
    struct tcpra_progress progress;
    unsigned failed;

    switch (tcpra_cli_parse(argc, argv, &options)) {
    case TCPRA_CLI_DONE:
        return 0;
    case TCPRA_CLI_USAGE_ERROR:
        return 1;
    case TCPRA_CLI_RUN:
        break;
    }
    /* Lines by the thousand: written in large blocks. */
    setvbuf(stdout, NULL, _IOFBF, 1 << 16);
    if (!options.scan.summary)
        tcpra_output_header(stdout, options.scan.format);
    tcpra_progress_start(&progress, total_size(options.files, options.file_count));
    failed = tcpra_scan_files(options.files, options.file_count, options.jobs, &options.scan, stdout, &progress);
    tcpra_progress_stop(&progress);
    if (fflush(stdout) != 0) {
        perror("tcpra: writing the output");
        return 2;
    }
    return failed ? 2 : 0;
}
