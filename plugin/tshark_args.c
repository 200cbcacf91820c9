/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "tshark_args.h"

#include <string.h>

/* tshark's short options by what they do to the output; a letter in none of
 * these lists is unknown, and unknown means it may show anything. */
#define SHOWS_MORE "OVXz"             /* details, statistics, scripts */
#define NAMES_FIELDS "RYe"            /* a filter or a printed field */
#define PLAIN_WITH_VALUE "BCEFGHJKMNSUWabcdfijorstuwy"
#define PLAIN_ALONE "2DILPQghlnpqvx"

/* Long options that change nothing shown by TCPRA, with and without a
 * value; log options (--log-level and the like) all take one. */
static const char *const long_with_value[] = {
    "autostop", "ring-buffer", "buffer-size", "interface", "snapshot-length", "linktype",
    "time-stamp-type", "compress-type", "temp-dir", "disable-protocol", "enable-protocol",
    "disable-heuristic", "enable-heuristic", "export-objects", "export-tls-session-keys",
    "elastic-mapping-filter", "capture-comment", "hexdump", "selected-frame", NULL,
};
static const char *const long_alone[] = {
    "list-interfaces", "monitor-mode", "list-data-link-types", "no-promiscuous-mode",
    "list-time-stamp-types", "help", "version", "print", "no-duplicate-keys", NULL,
};

static gboolean listed(const char *const *names, const char *name, size_t len)
{
    for (; *names; names++) {
        if (strlen(*names) == len && strncmp(*names, name, len) == 0)
            return TRUE;
    }
    return FALSE;
}

/* --name[=value]: how many arguments it takes (1 or 2), 0 when it may show more. */
static int long_option(const char *arg, gboolean next_exists)
{
    const char *name = arg + 2, *equals = strchr(name, '=');
    size_t len = equals ? (size_t)(equals - name) : strlen(name);

    if (listed(long_alone, name, len) && !equals)
        return 1;
    if (!listed(long_with_value, name, len) && strncmp(name, "log-", 4) != 0)
        return 0;
    return equals ? 1 : next_exists ? 2 : 0;
}

/* What an output format (-T) prints: 1 only columns or -e fields, 2 the
 * whole tree unless -e fields are named, 0 the whole tree. */
static int output_format(const char *format)
{
    static const char *const limited[] = {"text", "tabs", "ps", "psml", "fields", NULL};
    static const char *const unless_fields[] = {"json", "jsonraw", "ek", NULL};

    return listed(limited, format, strlen(format)) ? 1 : listed(unless_fields, format, strlen(format)) ? 2 : 0;
}

struct reading {
    GPtrArray *texts;
    gboolean fields_named, tree_unless_fields;
};

/* One short option and its value: FALSE when it may show more. */
static gboolean short_option(struct reading *r, char letter, const char *value)
{
    if (strchr(NAMES_FIELDS, letter)) {
        g_ptr_array_add(r->texts, g_strdup(value));
        r->fields_named |= letter == 'e';
        return TRUE;
    }
    if (letter == 'T') {
        int format = output_format(value);

        r->tree_unless_fields |= format == 2;
        return format != 0;
    }
    return strchr(PLAIN_WITH_VALUE, letter) != NULL;
}

/* The options in args[from..count) as getopt reads them ("+": the first
 * word that is no option ends them, and the rest is a filter). */
static gboolean read_options(struct reading *r, char **args, int count)
{
    int i = 1;

    for (; i < count && args[i][0] == '-' && args[i][1]; i++) {
        if (strcmp(args[i], "--") == 0) {
            i++;
            break;
        }
        if (args[i][1] == '-') {
            int taken = long_option(args[i], i + 1 < count);

            if (!taken)
                return FALSE;
            i += taken - 1;
            continue;
        }
        for (const char *c = args[i] + 1; *c; c++) {
            if (strchr(SHOWS_MORE, *c))
                return FALSE;
            if (strchr(PLAIN_ALONE, *c))
                continue;
            if (c[1] == '\0' && i + 1 >= count)
                return FALSE;
            if (!short_option(r, *c, c[1] ? c + 1 : args[++i]))
                return FALSE;
            break;
        }
    }
    for (; i < count; i++)
        g_ptr_array_add(r->texts, g_strdup(args[i]));
    return !r->tree_unless_fields || r->fields_named;
}

gboolean tcpra_tshark_args_read(GPtrArray *texts)
{
    struct reading r = {texts, FALSE, FALSE};
    gchar *cmdline = NULL;
    gsize len = 0;
    GPtrArray *args;
    gboolean known;

    /* Linux keeps the arguments NUL-separated; elsewhere nothing is known. */
    if (!g_file_get_contents("/proc/self/cmdline", &cmdline, &len, NULL) || len == 0) {
        g_free(cmdline);
        return FALSE;
    }
    args = g_ptr_array_new();
    for (gsize at = 0; at < len; at += strlen(cmdline + at) + 1)
        g_ptr_array_add(args, cmdline + at);
    known = read_options(&r, (char **)args->pdata, (int)args->len);
    g_ptr_array_free(args, TRUE);
    g_free(cmdline);
    return known;
}
