/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "options.h"

static void window_scale_is_read_and_capped(void)
{
    const uint8_t syn[] = {2, 4, 5, 0xb4, 1, 3, 3, 7, 4, 2, 0, 0};
    const uint8_t big[] = {3, 3, 20, 0};
    struct tcpra_options o = tcpra_parse_options(syn, sizeof syn, sizeof syn);

    CHECK(o.complete);
    CHECK(o.has_window_scale);
    CHECK_EQ(o.window_scale, 7);
    o = tcpra_parse_options(big, sizeof big, sizeof big);
    CHECK_EQ(o.window_scale, 14);
}

static void malformed_options_end_the_walk(void)
{
    const uint8_t short_len[] = {3, 1, 7, 0};
    const uint8_t wrong_len[] = {3, 4, 7, 0};
    const uint8_t past_end[] = {1, 3, 9, 7};
    const uint8_t after_eol[] = {0, 3, 3, 7};
    const uint8_t lone_kind[] = {1, 1, 1, 3};
    struct tcpra_options o;

    o = tcpra_parse_options(short_len, 4, 4);
    CHECK(o.complete && !o.has_window_scale);
    o = tcpra_parse_options(wrong_len, 4, 4);
    CHECK(o.complete && !o.has_window_scale);
    o = tcpra_parse_options(past_end, 4, 4);
    CHECK(o.complete && !o.has_window_scale);
    o = tcpra_parse_options(after_eol, 4, 4);
    CHECK(o.complete && !o.has_window_scale);
    o = tcpra_parse_options(lone_kind, 4, 4);
    CHECK(o.complete && !o.has_window_scale);
}

static void truncated_capture_is_incomplete(void)
{
    const uint8_t opts[] = {3, 3, 6, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2};

    struct tcpra_options o = tcpra_parse_options(opts, 6, sizeof opts);
    /* The scale came before the cut: it counts; the timestamp was cut. */
    CHECK(!o.complete);
    CHECK(o.has_window_scale);
    CHECK_EQ(o.window_scale, 6);
    o = tcpra_parse_options(opts, 2, sizeof opts);
    CHECK(!o.complete && !o.has_window_scale);
    o = tcpra_parse_options(opts, 0, 4);
    CHECK(!o.complete);
    o = tcpra_parse_options(NULL, 0, 0);
    CHECK(o.complete);
}

/* SACK blocks: at most four, as far as captured; a later option replaces
 * an earlier one; a half block is not one. */
static void sack_blocks_are_read(void)
{
    const uint8_t two[] = {1, 1, 5, 18, 0, 0, 0x10, 0, 0, 0, 0x10, 0x64,
                           0, 0, 0x20, 0, 0, 0, 0x20, 0x64};
    const uint8_t five[] = {5, 42, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4,
                            0, 0, 0, 5, 0, 0, 0, 6, 0, 0, 0, 7, 0, 0, 0, 8,
                            0, 0, 0, 9, 0, 0, 0, 10};
    const uint8_t replaced[] = {5, 10, 0, 0, 0, 1, 0, 0, 0, 2, 5, 2};
    const uint8_t half[] = {5, 6, 0, 0, 0, 1};
    struct tcpra_options o = tcpra_parse_options(two, sizeof two, sizeof two);

    CHECK(o.complete && o.has_sack);
    CHECK_EQ(o.sack.count, 2);
    CHECK_EQ(o.sack.left[0], 0x1000);
    CHECK_EQ(o.sack.right[1], 0x2064);
    o = tcpra_parse_options(two, 14, sizeof two);       /* cut in the second block */
    CHECK(!o.complete && o.has_sack);
    CHECK_EQ(o.sack.count, 1);
    o = tcpra_parse_options(five, sizeof five, sizeof five);
    CHECK_EQ(o.sack.count, 4);
    CHECK_EQ(o.sack.right[3], 8);
    o = tcpra_parse_options(replaced, sizeof replaced, sizeof replaced);
    CHECK(o.has_sack);
    CHECK_EQ(o.sack.count, 0);
    o = tcpra_parse_options(half, sizeof half, sizeof half);
    CHECK(o.has_sack);
    CHECK_EQ(o.sack.count, 0);
}

/* Timestamps: read only when the option has its length and was captured whole. */
static void timestamps_are_read(void)
{
    const uint8_t ts[] = {1, 1, 8, 10, 0, 0, 1, 2, 0x80, 0, 0, 3};
    const uint8_t wrong_len[] = {8, 6, 0, 0, 1, 2};
    struct tcpra_options o = tcpra_parse_options(ts, sizeof ts, sizeof ts);

    CHECK(o.complete && o.has_timestamps);
    CHECK_EQ(o.tsval, 0x102);
    CHECK_EQ(o.tsecr, 0x80000003u);
    o = tcpra_parse_options(ts, sizeof ts - 1, sizeof ts);
    CHECK(!o.complete && !o.has_timestamps);
    o = tcpra_parse_options(wrong_len, sizeof wrong_len, sizeof wrong_len);
    CHECK(o.complete && !o.has_timestamps);
}

/* Wireshark's quirk: edges relative to the ISN against an absolute seq. */
static void sack_cover_with_and_without_the_quirk(void)
{
    struct tcpra_sack sack = {.count = 1, .left = {1201}, .right = {1301}, .base = 1000};

    CHECK(tcpra_sack_covers(&sack, 1201, 1301, false));
    CHECK(!tcpra_sack_covers(&sack, 1151, 1201, false));
    CHECK(!tcpra_sack_covers(&sack, 1201, 1301, true));  /* 1301 > 301 */
    CHECK(tcpra_sack_covers(&sack, 201, 301, true));
    sack.left[0] = 0xFFFFFFF0u;                          /* across the wrap */
    sack.right[0] = 0x10;
    CHECK(tcpra_sack_covers(&sack, 0xFFFFFFF8u, 8, false));
}

int main(void)
{
    window_scale_is_read_and_capped();
    malformed_options_end_the_walk();
    truncated_capture_is_incomplete();
    sack_blocks_are_read();
    timestamps_are_read();
    sack_cover_with_and_without_the_quirk();
    return check_report("options");
}
