/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "output.h"

#include <arpa/inet.h>
#include <string.h>

#include "cause_explain.h"
#include "cause_names.h"
#include "explain.h"

/* What a column holds: JSON writes numbers and lists bare, text quoted. */
enum value_kind { NUMBER, TEXT, LIST };

enum column {
    COL_FILE, COL_FRAME, COL_TIME, COL_FLOW, COL_DIRECTION, COL_SRC, COL_SRCPORT, COL_DST, COL_DSTPORT,
    COL_FLAGS, COL_CAUSE_KINDS, COL_CAUSE, COL_ORIGINAL, COL_EVIDENCE, COL_SETTLES, COL_SETTLEMENT,
    COL_RTO_ESTIMATE, COL_BACKOFF, COL_SRTT, COL_VANTAGE, COL_LOW_CONFIDENCE, COL_DUPACK_NUM,
    COL_DUPACK_FRAME, COL_RTO, COL_RTO_FRAME, COL_REASON, COL_NOT_ANALYSED, COL_COUNT
};

static const struct {
    const char *name;
    enum value_kind kind;
} columns[COL_COUNT] = {
    [COL_FILE] = {"file", TEXT}, [COL_FRAME] = {"frame", NUMBER}, [COL_TIME] = {"time", NUMBER},
    [COL_FLOW] = {"flow", NUMBER}, [COL_DIRECTION] = {"direction", NUMBER}, [COL_SRC] = {"src", TEXT},
    [COL_SRCPORT] = {"srcport", NUMBER}, [COL_DST] = {"dst", TEXT}, [COL_DSTPORT] = {"dstport", NUMBER},
    [COL_FLAGS] = {"flags", LIST}, [COL_CAUSE_KINDS] = {"cause.kinds", LIST}, [COL_CAUSE] = {"cause", TEXT},
    [COL_ORIGINAL] = {"cause.original", NUMBER}, [COL_EVIDENCE] = {"cause.evidence", NUMBER},
    [COL_SETTLES] = {"cause.settles", NUMBER}, [COL_SETTLEMENT] = {"cause.settlement", TEXT},
    [COL_RTO_ESTIMATE] = {"cause.rto_estimate", NUMBER}, [COL_BACKOFF] = {"cause.backoff", NUMBER},
    [COL_SRTT] = {"cause.srtt", NUMBER}, [COL_VANTAGE] = {"cause.vantage", TEXT},
    [COL_LOW_CONFIDENCE] = {"cause.low_confidence", TEXT}, [COL_DUPACK_NUM] = {"duplicate_ack_num", NUMBER},
    [COL_DUPACK_FRAME] = {"duplicate_ack_frame", NUMBER}, [COL_RTO] = {"rto", NUMBER},
    [COL_RTO_FRAME] = {"rto_frame", NUMBER}, [COL_REASON] = {"reason", TEXT},
    [COL_NOT_ANALYSED] = {"not_analysed", TEXT},
};

/* Room for the longest value: the words of a verdict. */
#define VALUE_MAX 640

/* A frame's values as text, "" where the plugin shows no field. */
struct values {
    char text[COL_COUNT][VALUE_MAX];
};

bool tcpra_output_has_verdict(const struct tcpra_verdict *v)
{
    return v->compat.sequence_analysed &&
           (tcpra_class_bits(&v->compat) || tcpra_cause_kind_bits(&v->cause) || v->cause.settles_frame);
}

/* value in decimal at out, which holds 21 bytes; returns the end. Numbers
 * are most of a line: written without printf's parsing of a format. */
static char *decimal(char *out, uint64_t value)
{
    char digits[20];
    int n = 0;

    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    while (n)
        *out++ = digits[--n];
    *out = '\0';
    return out;
}

static void put_uint(struct values *vals, enum column c, uint64_t value)
{
    decimal(vals->text[c], value);
}

/* Seconds with nine decimals, as Wireshark prints times. */
static void put_seconds(struct values *vals, enum column c, uint64_t ns)
{
    char *p = decimal(vals->text[c], ns / TCPRA_NS_PER_S);
    uint64_t fraction = ns % TCPRA_NS_PER_S;

    *p++ = '.';
    for (int i = 8; i >= 0; i--, fraction /= 10)
        p[i] = (char)('0' + fraction % 10);
    p[9] = '\0';
}

static void put_text(struct values *vals, enum column c, const char *text)
{
    size_t len = strlen(text);

    if (len >= VALUE_MAX)
        len = VALUE_MAX - 1;
    memcpy(vals->text[c], text, len);
    vals->text[c][len] = '\0';
}

/* IPv4 in dotted decimal without inet_ntop's printf, which costs more
 * than the rest of a line; IPv6 by inet_ntop. */
static void put_address(struct values *vals, enum column c, const struct tcpra_address *a)
{
    char *p = vals->text[c];

    if (a->family == 6) {
        if (!inet_ntop(AF_INET6, a->bytes, p, VALUE_MAX))
            p[0] = '\0';
        return;
    }
    for (int i = 0; i < 4; i++) {
        p = decimal(p, a->bytes[i]);
        if (i < 3)
            *p++ = '.';
    }
}

static void put_list_item(struct values *vals, enum column c, const char *name)
{
    size_t len = strlen(vals->text[c]);

    snprintf(vals->text[c] + len, VALUE_MAX - len, "%s%s", len ? "," : "", name);
}

static void put_where(struct values *vals, const struct tcpra_output_frame *f)
{
    const struct tcpra_verdict *v = f->verdict;

    put_text(vals, COL_FILE, f->file);
    put_uint(vals, COL_FRAME, f->frame);
    put_seconds(vals, COL_TIME, f->time);
    put_uint(vals, COL_FLOW, v->connection);
    put_uint(vals, COL_DIRECTION, v->direction);
    if (f->endpoints) {
        put_address(vals, COL_SRC, &f->endpoints->addr[v->direction & 1]);
        put_uint(vals, COL_SRCPORT, f->endpoints->port[v->direction & 1]);
        put_address(vals, COL_DST, &f->endpoints->addr[!(v->direction & 1)]);
        put_uint(vals, COL_DSTPORT, f->endpoints->port[!(v->direction & 1)]);
    }
}

/* The compatible verdict's fields, as display.c adds them. */
static void put_compat(struct values *vals, const struct tcpra_compat_verdict *v, const struct tcpra_config *config)
{
    for (uint32_t bits = tcpra_class_bits(v); bits; bits &= bits - 1)
        put_list_item(vals, COL_FLAGS, tcpra_class_name((enum tcpra_class)__builtin_ctz(bits)));
    if (v->classes & TCPRA_BIT(TCPRA_DUPLICATE_ACK)) {
        put_uint(vals, COL_DUPACK_NUM, v->dupack_num);
        put_uint(vals, COL_DUPACK_FRAME, v->dupack_frame);
    }
    if (v->has_oldest_unacked) {
        put_uint(vals, COL_RTO_FRAME, v->oldest_unacked_frame);
        put_seconds(vals, COL_RTO, v->since_oldest_unacked_ns);
    }
    tcpra_explain(v, &config->compat, vals->text[COL_REASON], VALUE_MAX);
}

/* The cause verdict's fields, as cause_display.c and experts.c add them. */
static void put_cause(struct values *vals, const struct tcpra_cause *c)
{
    uint32_t kinds = tcpra_cause_kind_bits(c);

    if (c->settles_frame) {
        put_uint(vals, COL_SETTLES, c->settles_frame);
        tcpra_cause_explain_settlement(c, vals->text[COL_SETTLEMENT], VALUE_MAX);
    }
    if (c->vantage != TCPRA_VANTAGE_UNKNOWN && (kinds || c->settles_frame))
        put_text(vals, COL_VANTAGE, tcpra_vantage_name((enum tcpra_vantage)c->vantage));
    if (!kinds)
        return;
    for (uint32_t bits = kinds; bits; bits &= bits - 1)
        put_list_item(vals, COL_CAUSE_KINDS, tcpra_cause_kinds[__builtin_ctz(bits)].name);
    tcpra_cause_explain(c, vals->text[COL_CAUSE], VALUE_MAX);
    if (c->original_frame)
        put_uint(vals, COL_ORIGINAL, c->original_frame);
    if (c->evidence_frame)
        put_uint(vals, COL_EVIDENCE, c->evidence_frame);
    if (c->trigger == TCPRA_TRIGGER_RTO || c->trigger == TCPRA_TRIGGER_TLP ||
        c->trigger == TCPRA_TRIGGER_LOSS_RECOVERY) {
        if (c->rto_ns)
            put_seconds(vals, COL_RTO_ESTIMATE, c->rto_ns);
        if (c->trigger == TCPRA_TRIGGER_RTO)
            put_uint(vals, COL_BACKOFF, c->backoff);
        if (c->flags & TCPRA_CAUSE_HAS_SRTT)
            put_seconds(vals, COL_SRTT, c->srtt_ns);
    }
    if (c->flags & TCPRA_CAUSE_LOW_CONFIDENCE)
        put_text(vals, COL_LOW_CONFIDENCE, tcpra_cause_doubt(c));
}

/* Lines are written a byte at a time into the stream's buffer, the stream
 * locked once a line (tcpra_output_frame()). */
static void write_text(FILE *out, const char *s)
{
    for (; *s; s++)
        putc_unlocked(*s, out);
}

void tcpra_output_json_string(FILE *out, const char *s)
{
    static const char hex[] = "0123456789abcdef";

    putc_unlocked('"', out);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;

        if (ch == '"' || ch == '\\') {
            putc_unlocked('\\', out);
            putc_unlocked(ch, out);
        } else if (ch < 0x20) {
            write_text(out, "\\u00");
            putc_unlocked(hex[ch >> 4], out);
            putc_unlocked(hex[ch & 15], out);
        } else {
            putc_unlocked(ch, out);
        }
    }
    putc_unlocked('"', out);
}

/* "a,b" as ["a","b"]: the names listed hold no comma, quote or escape. */
static void write_json_list(FILE *out, const char *items)
{
    putc_unlocked('[', out);
    if (*items) {
        putc_unlocked('"', out);
        for (; *items; items++) {
            if (*items == ',')
                write_text(out, "\",\"");
            else
                putc_unlocked(*items, out);
        }
        putc_unlocked('"', out);
    }
    putc_unlocked(']', out);
}

/* An object of the values present; flags and cause.kinds always, as lists. */
static void write_json(FILE *out, const struct values *vals)
{
    const char *sep = "{";

    for (int c = 0; c < COL_COUNT; c++) {
        if (!vals->text[c][0] && columns[c].kind != LIST)
            continue;
        write_text(out, sep);
        tcpra_output_json_string(out, columns[c].name);
        putc_unlocked(':', out);
        if (columns[c].kind == LIST)
            write_json_list(out, vals->text[c]);
        else if (columns[c].kind == NUMBER)
            write_text(out, vals->text[c]);
        else
            tcpra_output_json_string(out, vals->text[c]);
        sep = ",";
    }
    write_text(out, "}\n");
}

/* CSV quotes a value holding a comma, a quote or a line break (RFC 4180). */
static void write_separated(FILE *out, const struct values *vals, char separator)
{
    for (int c = 0; c < COL_COUNT; c++) {
        const char *v = vals->text[c];

        if (c)
            putc_unlocked(separator, out);
        if (separator == ',' && strpbrk(v, ",\"\r\n")) {
            putc_unlocked('"', out);
            for (; *v; v++) {
                if (*v == '"')
                    putc_unlocked('"', out);
                putc_unlocked(*v, out);
            }
            putc_unlocked('"', out);
        } else if (separator == '\t') {
            /* TSV has no quoting: a tab or line break (in a file name) is a space. */
            for (; *v; v++)
                putc_unlocked(*v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v, out);
        } else {
            write_text(out, v);
        }
    }
    putc_unlocked('\n', out);
}

void tcpra_output_header(FILE *out, enum tcpra_output_format format)
{
    if (format == TCPRA_OUTPUT_JSON)
        return;
    for (int c = 0; c < COL_COUNT; c++)
        fprintf(out, "%s%s", c ? (format == TCPRA_OUTPUT_CSV ? "," : "\t") : "", columns[c].name);
    fputc('\n', out);
}

void tcpra_output_frame(FILE *out, enum tcpra_output_format format, const struct tcpra_config *config,
                        const struct tcpra_output_frame *frame)
{
    struct values vals;
    const struct tcpra_verdict *v = frame->verdict;

    for (int c = 0; c < COL_COUNT; c++)
        vals.text[c][0] = '\0';
    put_where(&vals, frame);
    if (!v->compat.sequence_analysed) {
        put_text(&vals, COL_NOT_ANALYSED, tcpra_explain_not_analysed());
    } else {
        put_compat(&vals, &v->compat, config);
        if (config->cause.enabled)
            put_cause(&vals, &v->cause);
    }
    flockfile(out);
    if (format == TCPRA_OUTPUT_JSON)
        write_json(out, &vals);
    else
        write_separated(out, &vals, format == TCPRA_OUTPUT_CSV ? ',' : '\t');
    funlockfile(out);
}
