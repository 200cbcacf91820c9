#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Makes time go backwards in a classic pcap file, deterministically.

    tests/robustness/timewarp.py IN.pcap OUT.pcap

Of the packets, counted from 0: every 17th from the 5th is sent back to
the epoch, every 29th from the 7th ten years ahead, and of the rest every
third from the 1st 1.5 s before its original time.
"""

import struct
import sys

MAGICS = {0xA1B2C3D4: 10**6, 0xA1B23C4D: 10**9}
TEN_YEARS = 10 * 365 * 86400


def warp(index, secs, frac, unit):
    if index % 17 == 5:
        return index, 0
    if index % 29 == 7:
        return secs + TEN_YEARS, frac
    if index % 3 == 1:
        return divmod(max(secs * unit + frac - unit * 3 // 2, 0), unit)
    return secs, frac


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    for order in "<>":
        unit = MAGICS.get(struct.unpack(order + "I", data[:4])[0])
        if unit:
            break
    else:
        sys.exit(f"{sys.argv[1]}: not a classic pcap file")
    out = bytearray(data[:24])
    offset, index = 24, 0
    while offset + 16 <= len(data):
        secs, frac, caplen, length = struct.unpack_from(order + "IIII", data, offset)
        secs, frac = warp(index, secs, frac, unit)
        out += struct.pack(order + "IIII", secs & 0xFFFFFFFF, frac, caplen, length)
        out += data[offset + 16:offset + 16 + caplen]
        offset += 16 + caplen
        index += 1
    with open(sys.argv[2], "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
