# SPDX-License-Identifier: GPL-2.0-or-later
"""The TCP facts of each frame of a lab capture (classic pcap, Ethernet,
IPv4 or IPv6 without extension headers, as the forwarder writes them)."""

import gzip
import ipaddress
import struct
from dataclasses import dataclass

SYN, FIN = 0x02, 0x01


@dataclass
class Frame:
    number: int
    time_ns: int
    src: str
    sport: int
    dst: str
    dport: int
    seq: int
    ack: int
    flags: int
    payload: int

    @property
    def flow(self):
        """One direction of a connection, as sent."""
        return (self.src, self.sport, self.dst, self.dport)

    @property
    def seq_space(self):
        """Sequence numbers the segment occupies: data, SYN and FIN."""
        return self.payload + bool(self.flags & SYN) + bool(self.flags & FIN)

    def header(self):
        """What matches a frame in one capture with its copy in the other:
        TCP's header alone, since the path may rewrite the IP ID
        (ip_id=zero) but never TCP."""
        return (self.flow, self.seq, self.ack, self.flags, self.payload)


def _tcp(number, time_ns, frame):
    ethertype = struct.unpack_from("!H", frame, 12)[0]
    ip = frame[14:]
    if ethertype == 0x0800 and ip[9] == 6:
        ihl = (ip[0] & 0x0F) * 4
        total = struct.unpack_from("!H", ip, 2)[0]
        src, dst = ipaddress.IPv4Address(ip[12:16]), ipaddress.IPv4Address(ip[16:20])
    elif ethertype == 0x86DD and ip[6] == 6:
        ihl = 40
        total = 40 + struct.unpack_from("!H", ip, 4)[0]
        src, dst = ipaddress.IPv6Address(ip[8:24]), ipaddress.IPv6Address(ip[24:40])
    else:
        return None
    sport, dport, seq, ack, offset, flags = struct.unpack_from("!HHIIBB", ip, ihl)
    payload = total - ihl - (offset >> 4) * 4
    return Frame(number, time_ns, str(src), sport, str(dst), dport, seq, ack, flags, payload)


def read_frames(path):
    """Every frame as a Frame, or None where it is not TCP; numbered from 1."""
    with (gzip.open if path.endswith(".gz") else open)(path, "rb") as f:
        data = f.read()
    magic = struct.unpack_from("<I", data, 0)[0]
    if magic not in (0xA1B23C4D, 0xA1B2C3D4):
        raise ValueError(f"{path}: not a little-endian pcap file")
    scale = 1 if magic == 0xA1B23C4D else 1000
    frames, pos = [], 24
    while pos + 16 <= len(data):
        sec, frac, caplen, _ = struct.unpack_from("<IIII", data, pos)
        frame = data[pos + 16:pos + 16 + caplen]
        frames.append(_tcp(len(frames) + 1, sec * 1_000_000_000 + frac * scale, frame))
        pos += 16 + caplen
    return frames
