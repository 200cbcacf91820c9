// SPDX-License-Identifier: GPL-2.0-or-later
#include "scenario_capture.h"

static const char *out_dir;
static FILE *notes;

static struct {
    const char *name;
    FILE *pcap, *tsv;
    unsigned frame;                 /* number of the last frame written */
} cap;

void cap_set_dir(const char *dir)
{
    char path[4096];

    out_dir = dir;
    snprintf(path, sizeof path, "%s/expected/notes_after_4.0.tsv", out_dir);
    notes = open_or_die(path);
    fputs("capture\tframe\t4.4\t4.6\n", notes);
}

void cap_finish(void)
{
    fclose(notes);
}

void cap_open(const char *name)
{
    char path[4096];
    cap.name = name;
    cap.frame = 0;
    snprintf(path, sizeof path, "%s/%s.pcap", out_dir, name);
    cap.pcap = open_or_die(path);
    snprintf(path, sizeof path, "%s/expected/%s.tsv", out_dir, name);
    cap.tsv = open_or_die(path);
    pcap_header(cap.pcap, 65535);
}

void cap_close(void)
{
    fclose(cap.pcap);
    fclose(cap.tsv);
}

/* Writes one frame at t microseconds after BASE_SECS with its expected
 * classes, and its notes in 4.4 and 4.6 when it has any. */
static void emit(uint64_t t, const uint8_t *frame, size_t len, unsigned classes)
{
    pcap_record(cap.pcap, (uint64_t)BASE_SECS * 1000000 + t, frame, len, len);
    fprintf(cap.tsv, "%u\t", ++cap.frame);
    print_classes(cap.tsv, classes & ~NOTES_4_6);
    if (classes & NOTES_4_6) {
        fprintf(notes, "%s\t%u\t", cap.name, cap.frame);
        print_classes_then(notes, classes & NOTES_4_4, "\t");
        print_classes(notes, classes & NOTES_4_6);
    }
}

const char *cap_name(void)
{
    return cap.name;
}

unsigned cap_frames(void)
{
    return cap.frame;
}

static uint8_t frame_buf[65536];

void seg_data(struct conn *c, int dir, uint64_t t, unsigned flags, uint32_t seq,
              uint32_t ack, const uint8_t *data, size_t len, unsigned classes)
{
    emit(t, frame_buf, build(frame_buf, c, dir, t, flags, seq, ack, data, len), classes);
}

void seg(struct conn *c, int dir, uint64_t t, unsigned flags, uint32_t seq,
         uint32_t ack, size_t len, unsigned classes)
{
    seg_data(c, dir, t, flags, seq, ack, NULL, len, classes);
}

uint64_t handshake(struct conn *c, uint64_t t, uint64_t rtt)
{
    seg(c, CLI, t, SYN, 0, 0, 0, 0);
    seg(c, SRV, t + rtt / 2, SYN | ACK, 0, 1, 0, 0);
    seg(c, CLI, t + rtt, ACK, 1, 1, 0, 0);
    return t + rtt;
}
