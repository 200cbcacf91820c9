/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fopencookie() is GNU's. */
#define _GNU_SOURCE
#include "capture.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Reads of the decompressed stream, as large as libpcap's buffered reads
 * allow. */
#define READ_BUFFER (1u << 20)

static ssize_t gz_read(void *cookie, char *buf, size_t size)
{
    return gzread(cookie, buf, size > INT_MAX ? INT_MAX : (unsigned)size);
}

static int gz_close(void *cookie)
{
    return gzclose(cookie) == Z_OK ? 0 : EOF;
}

/* The file as libpcap reads it: through zlib, which passes a file that is
 * not compressed through as it is, as tshark reads .pcap.gz. */
static FILE *open_decompressed(const char *path, gzFile *gz, char err[PCAP_ERRBUF_SIZE])
{
    static const cookie_io_functions_t io = {.read = gz_read, .close = gz_close};
    FILE *file;

    *gz = strcmp(path, "-") == 0 ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path, "rb");
    if (!*gz) {
        snprintf(err, PCAP_ERRBUF_SIZE, "%s", errno ? strerror(errno) : "out of memory");
        return NULL;
    }
    gzbuffer(*gz, READ_BUFFER);
    file = fopencookie(*gz, "rb", io);
    if (!file) {
        snprintf(err, PCAP_ERRBUF_SIZE, "%s", strerror(errno));
        gzclose(*gz);
        return NULL;
    }
    setvbuf(file, NULL, _IOFBF, READ_BUFFER);
    return file;
}

/* Whether path starts as gzip does (RFC 1952: 1f 8b). */
static bool is_gzip(const char *path)
{
    unsigned char magic[2] = {0};
    FILE *file = fopen(path, "rb");
    bool gzip = file && fread(magic, 1, 2, file) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;

    if (file)
        fclose(file);
    return gzip;
}

bool tcpra_capture_open(struct tcpra_capture *capture, const char *path, char err[PCAP_ERRBUF_SIZE])
{
    FILE *file;

    memset(capture, 0, sizeof *capture);
    err[0] = '\0';
    /* A file not compressed libpcap reads itself, without a copy through
     * zlib; standard input, which cannot be looked at twice, always goes
     * through zlib. */
    if (strcmp(path, "-") != 0 && !is_gzip(path)) {
        capture->pcap = pcap_open_offline_with_tstamp_precision(path, PCAP_TSTAMP_PRECISION_NANO, err);
        if (!capture->pcap)
            return false;
        capture->linktype = pcap_datalink(capture->pcap);
        return true;
    }
    errno = 0;
    file = open_decompressed(path, &capture->gz, err);
    if (!file)
        return false;
    /* From here libpcap owns the file, and closes it. */
    capture->pcap = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_NANO, err);
    if (!capture->pcap) {
        fclose(file);
        return false;
    }
    capture->linktype = pcap_datalink(capture->pcap);
    return true;
}

enum tcpra_capture_read tcpra_capture_next(struct tcpra_capture *capture, struct pcap_pkthdr **header,
                                           const uint8_t **bytes, char err[PCAP_ERRBUF_SIZE])
{
    int status = pcap_next_ex(capture->pcap, header, bytes);

    if (status == 1) {
        capture->frames++;
        return TCPRA_CAPTURE_PACKET;
    }
    if (status == PCAP_ERROR_BREAK)
        return TCPRA_CAPTURE_END;
    snprintf(err, PCAP_ERRBUF_SIZE, "%s", pcap_geterr(capture->pcap));
    return TCPRA_CAPTURE_BROKEN;
}

uint64_t tcpra_capture_position(const struct tcpra_capture *capture)
{
    long position = capture->gz ? gzoffset(capture->gz) : ftell(pcap_file(capture->pcap));

    return position > 0 ? (uint64_t)position : 0;
}

void tcpra_capture_close(struct tcpra_capture *capture)
{
    if (capture->pcap)
        pcap_close(capture->pcap);
    capture->pcap = NULL;
}
