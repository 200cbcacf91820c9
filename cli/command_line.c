/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "command_line.h"

#include <getopt.h>
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cause_names.h"

static const char usage[] =
    "Usage: tcpra [OPTION]... FILE...\n"
    "TCPRA's verdicts on every TCP segment of pcap and pcapng files (\"-\": standard input),\n"
    "as the Wireshark plugin gives them in tshark -2: one line per frame with a verdict.\n"
    "\n"
    "Output:\n"
    "  -T, --format=FMT          json (JSON lines, the default), csv or tsv\n"
    "  -a, --all                 every TCP frame, not only those with a verdict\n"
    "  -s, --summary             per connection and per host pair instead of frames\n"
    "                            (a table; JSON lines with -T json)\n"
    "  -1, --one-pass            print each frame as read, before later frames settle it\n"
    "                            (the default for standard input)\n"
    "  -2, --two-pass            settle first, then print (the default for files)\n"
    "  -j, --jobs=N              scan N files at once, one per core (default 1)\n"
    "Analysis, as the plugin's preferences:\n"
    "      --behave-like=REL     4.0, 4.4 or 4.6 (default: %s)\n"
    "      --dupack-threshold=N  duplicate ACKs before a fast retransmission (default %u)\n"
    "      --fast-rtx-window=MS  a fast retransmission follows the peer's packet sooner (default %s)\n"
    "      --cause-stack=STACK   linux or rfc: the sender's timers (default %s)\n"
    "      --no-cause            no cause analysis\n"
    "  -h, --help, --version\n";

enum { OPT_BEHAVE_LIKE = 256, OPT_DUPACK_THRESHOLD, OPT_FAST_RTX_WINDOW, OPT_CAUSE_STACK, OPT_NO_CAUSE, OPT_VERSION };

static const struct option long_options[] = {
    {"format", required_argument, NULL, 'T'},
    {"all", no_argument, NULL, 'a'},
    {"summary", no_argument, NULL, 's'},
    {"one-pass", no_argument, NULL, '1'},
    {"two-pass", no_argument, NULL, '2'},
    {"jobs", required_argument, NULL, 'j'},
    {"behave-like", required_argument, NULL, OPT_BEHAVE_LIKE},
    {"dupack-threshold", required_argument, NULL, OPT_DUPACK_THRESHOLD},
    {"fast-rtx-window", required_argument, NULL, OPT_FAST_RTX_WINDOW},
    {"cause-stack", required_argument, NULL, OPT_CAUSE_STACK},
    {"no-cause", no_argument, NULL, OPT_NO_CAUSE},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    {NULL, 0, NULL, 0},
};

static enum tcpra_behaviour default_behaviour(void)
{
    return tcpra_behaviour_of_release(TCPRA_WS_MAJOR, TCPRA_WS_MINOR);
}

/* The help, with the core's defaults. */
static void print_usage(void)
{
    struct tcpra_config defaults;
    char window[TCPRA_DURATION_TEXT_MAX];

    tcpra_config_defaults(&defaults);
    tcpra_format_duration_ms(defaults.compat.fast_rtx_window_ns, window);
    printf(usage, tcpra_behaviour_names[default_behaviour()], defaults.compat.dupack_threshold, window,
           tcpra_cause_stack_names[defaults.cause.stack]);
}

static enum tcpra_cli_parse fail(const char *message, const char *value)
{
    fprintf(stderr, "tcpra: %s%s%s\nTry 'tcpra --help'.\n", message, value ? ": " : "", value ? value : "");
    return TCPRA_CLI_USAGE_ERROR;
}

static bool parse_count(const char *text, unsigned long max, unsigned *out)
{
    char *end;
    unsigned long value = strtoul(text, &end, 10);

    if (!*text || *end || text[0] == '-' || value > max)
        return false;
    *out = (unsigned)value;
    return true;
}

static bool parse_format(const char *text, enum tcpra_output_format *out)
{
    static const char *const names[] = {[TCPRA_OUTPUT_JSON] = "json", [TCPRA_OUTPUT_CSV] = "csv",
                                        [TCPRA_OUTPUT_TSV] = "tsv"};

    for (int f = TCPRA_OUTPUT_JSON; f <= TCPRA_OUTPUT_TSV; f++) {
        if (strcmp(text, names[f]) == 0) {
            *out = (enum tcpra_output_format)f;
            return true;
        }
    }
    return false;
}

/* One analysis option into config; false with err written. */
static bool set_knob(int option, const char *value, struct tcpra_config *config, char *err, size_t err_size)
{
    enum tcpra_behaviour release;
    enum tcpra_cause_stack stack;
    unsigned threshold;

    switch (option) {
    case OPT_BEHAVE_LIKE:
        if (!tcpra_behaviour_from_name(value, &release)) {
            snprintf(err, err_size, "--behave-like: \"%s\" is not 4.0, 4.4 or 4.6", value);
            return false;
        }
        tcpra_config_behave_like(&config->compat, release);
        return true;
    case OPT_DUPACK_THRESHOLD:
        if (!parse_count(value, TCPRA_DUPACK_THRESHOLD_MAX + 1ul, &threshold)) {
            snprintf(err, err_size, "--dupack-threshold: \"%s\" is not a number", value);
            return false;
        }
        if (!tcpra_check_dupack_threshold(threshold, err, err_size))
            return false;
        config->compat.dupack_threshold = threshold;
        return true;
    case OPT_FAST_RTX_WINDOW:
        return tcpra_parse_duration_ms(value, "--fast-rtx-window", &config->compat.fast_rtx_window_ns, err, err_size);
    case OPT_CAUSE_STACK:
        if (!tcpra_cause_stack_from_name(value, &stack)) {
            snprintf(err, err_size, "--cause-stack: \"%s\" is not linux or rfc", value);
            return false;
        }
        config->cause.stack = stack;
        return true;
    default:
        config->cause.enabled = false;
        return true;
    }
}

enum tcpra_cli_parse tcpra_cli_parse(int argc, char **argv, struct tcpra_cli_options *options)
{
    bool one_pass = false, two_pass = false, format_given = false;
    char err[200];
    int c;

    memset(options, 0, sizeof *options);
    tcpra_config_defaults(&options->scan.config);
    tcpra_config_behave_like(&options->scan.config.compat, default_behaviour());
    options->jobs = 1;
    while ((c = getopt_long(argc, argv, "T:asj:12h", long_options, NULL)) != -1) {
        switch (c) {
        case 'T':
            if (!parse_format(optarg, &options->scan.format))
                return fail("--format is json, csv or tsv, not", optarg);
            format_given = true;
            break;
        case 'a':
            options->scan.all = true;
            break;
        case 's':
            options->scan.summary = true;
            break;
        case '1':
            one_pass = true;
            break;
        case '2':
            two_pass = true;
            break;
        case 'j':
            if (!parse_count(optarg, 1024, &options->jobs) || options->jobs == 0)
                return fail("--jobs takes a number from 1 to 1024, not", optarg);
            break;
        case 'h':
            print_usage();
            return TCPRA_CLI_DONE;
        case OPT_VERSION:
            printf("tcpra %s (libpcap: %s)\n", TCPRA_VERSION, pcap_lib_version());
            return TCPRA_CLI_DONE;
        case '?':
            return TCPRA_CLI_USAGE_ERROR;
        default:
            if (!set_knob(c, optarg, &options->scan.config, err, sizeof err))
                return fail(err, NULL);
        }
    }
    if (one_pass && two_pass)
        return fail("--one-pass and --two-pass exclude each other", NULL);
    if (optind >= argc)
        return fail("no capture file given", NULL);
    options->files = argv + optind;
    options->file_count = (unsigned)(argc - optind);
    options->scan.one_pass = one_pass || (!two_pass && options->file_count == 1 && strcmp(argv[optind], "-") == 0);
    options->scan.summary_json = format_given && options->scan.format == TCPRA_OUTPUT_JSON;
    return TCPRA_CLI_RUN;
}
