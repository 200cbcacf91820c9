/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "scan.h"

#include <inttypes.h>

#include "analyzer.h"
#include "capture.h"
#include "frame_rows.h"
#include "packet.h"
#include "summary.h"

/* Packets between two reports to the progress line. */
#define PROGRESS_STEP 65536u

struct scan {
    const char *path;
    const struct tcpra_scan_options *options;
    FILE *out;
    struct tcpra_analyzer analyzer;
    struct tcpra_frame_rows rows;
    struct tcpra_summary summary;
    uint64_t outcomes[TCPRA_PACKET_OUTCOME_COUNT];
    bool out_of_memory;
};

/* A verdict as it will stand: into the summary, or printed. */
static void emit(struct scan *s, uint32_t frame, tcpra_time time, const struct tcpra_verdict *verdict)
{
    struct tcpra_endpoints endpoints;
    struct tcpra_output_frame line = {s->path, frame, time, verdict, NULL};

    if (s->options->summary) {
        tcpra_summary_add_verdict(&s->summary, verdict);
        return;
    }
    if (tcpra_analyzer_endpoints(&s->analyzer, verdict->connection, &endpoints))
        line.endpoints = &endpoints;
    tcpra_output_frame(s->out, s->options->format, &s->options->config, &line);
}

static bool wanted(const struct scan *s, const struct tcpra_verdict *verdict)
{
    return s->options->all || tcpra_output_has_verdict(verdict);
}

/* One TCP header: classified, then printed now (one pass) or kept, the
 * frames it settles settled first. */
static void classify(struct scan *s, const struct tcpra_segment *seg)
{
    struct tcpra_verdict verdict;

    tcpra_analyze(&s->analyzer, seg, &verdict);
    if (!verdict.analysed) {
        s->outcomes[TCPRA_PACKET_MALFORMED]++;
        return;
    }
    s->outcomes[TCPRA_PACKET_SEGMENT]++;
    if (s->options->summary && !tcpra_summary_count_segment(&s->summary, &verdict, seg->payload_len))
        s->out_of_memory = true;
    if (s->options->one_pass) {
        if (wanted(s, &verdict))
            emit(s, seg->frame, seg->time, &verdict);
        return;
    }
    tcpra_frame_rows_settle(&s->rows, &verdict, seg->frame);
    if (wanted(s, &verdict)) {
        struct tcpra_layer_facts facts = {.payload_len = seg->payload_len, .tcp_flags = seg->flags};

        if (!tcpra_frame_rows_add(&s->rows, seg->frame, seg->time, &verdict, &facts))
            s->out_of_memory = true;
    }
}

static void emit_kept_rows(struct scan *s)
{
    for (size_t i = 0; i < s->rows.count; i++) {
        struct tcpra_verdict verdict;
        struct tcpra_layer_facts facts;

        tcpra_frame_rows_get(&s->rows, i, &verdict, &facts);
        emit(s, s->rows.rows[i].frame, s->rows.rows[i].time, &verdict);
    }
}

/* What was not analysed, and why, on stderr: never guessed, always said. */
static void report_not_analysed(const struct scan *s, uint32_t frames)
{
    uint64_t not_analysed = 0;

    for (int o = TCPRA_PACKET_LINK_UNREAD; o < TCPRA_PACKET_OUTCOME_COUNT; o++)
        not_analysed += s->outcomes[o];
    if (!not_analysed)
        return;
    fprintf(stderr, "tcpra: %s: %" PRIu32 " frames, %" PRIu64 " TCP segments analysed, %" PRIu64 " not analysed (",
            s->path, frames, s->outcomes[TCPRA_PACKET_SEGMENT], not_analysed);
    for (int o = TCPRA_PACKET_LINK_UNREAD, first = 1; o < TCPRA_PACKET_OUTCOME_COUNT; o++) {
        if (s->outcomes[o]) {
            fprintf(stderr, "%s%" PRIu64 " %s", first ? "" : ", ", s->outcomes[o],
                    tcpra_packet_outcome_name((enum tcpra_packet_outcome)o));
            first = 0;
        }
    }
    fputs(")\n", stderr);
}

/* Read every packet; false when the file breaks off. */
static bool read_all(struct scan *s, struct tcpra_capture *capture, struct tcpra_progress *progress)
{
    uint64_t last_position = 0;
    struct pcap_pkthdr *header;
    const uint8_t *bytes;
    char err[PCAP_ERRBUF_SIZE];
    enum tcpra_capture_read read;

    while ((read = tcpra_capture_next(capture, &header, &bytes, err)) == TCPRA_CAPTURE_PACKET) {
        struct tcpra_segment seg;
        enum tcpra_packet_outcome outcome =
            tcpra_packet_parse(capture->linktype, bytes, header->caplen, header->len, &seg);

        if (outcome == TCPRA_PACKET_SEGMENT) {
            seg.frame = capture->frames;
            seg.time = tcpra_time_from((int64_t)header->ts.tv_sec, (int32_t)header->ts.tv_usec);
            classify(s, &seg);
        } else {
            s->outcomes[outcome]++;
        }
        if (capture->frames % PROGRESS_STEP == 0) {
            uint64_t position = tcpra_capture_position(capture);

            tcpra_progress_add(progress, PROGRESS_STEP, position - last_position);
            last_position = position;
        }
    }
    tcpra_progress_add(progress, capture->frames % PROGRESS_STEP, tcpra_capture_position(capture) - last_position);
    if (read == TCPRA_CAPTURE_BROKEN) {
        fprintf(stderr, "tcpra: %s: truncated or corrupt after frame %" PRIu32 " (the last good packet): %s\n",
                s->path, capture->frames, err);
        return false;
    }
    return true;
}

bool tcpra_scan_file(const char *path, const struct tcpra_scan_options *options, FILE *out,
                     struct tcpra_progress *progress)
{
    struct scan s = {.path = path, .options = options, .out = out};
    struct tcpra_capture capture;
    char err[PCAP_ERRBUF_SIZE];
    bool whole;

    if (!tcpra_capture_open(&capture, path, err)) {
        fprintf(stderr, "tcpra: %s: %s\n", path, err);
        return false;
    }
    tcpra_analyzer_init(&s.analyzer, &options->config);
    whole = read_all(&s, &capture, progress);
    emit_kept_rows(&s);
    if (options->summary)
        tcpra_summary_print(out, options->summary_json, path, &s.summary, &s.analyzer);
    report_not_analysed(&s, capture.frames);
    if (s.out_of_memory) {
        fprintf(stderr, "tcpra: %s: out of memory: some frames are missing from the output\n", path);
        whole = false;
    }
    tcpra_frame_rows_free(&s.rows);
    tcpra_summary_free(&s.summary);
    tcpra_analyzer_free(&s.analyzer);
    tcpra_capture_close(&capture);
    return whole;
}
