#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The lab's applications: ordinary sockets, so the traffic is the kernel's.

    traffic.py server ADDRESS PORT
    traffic.py client ADDRESS PORT FLOWS PARALLEL SIZE [PAUSE_MS [RCVBUF [REQUESTS]]]

The client opens FLOWS connections, PARALLEL at a time; on each it asks for
SIZE bytes with a one-line request, waits PAUSE_MS before reading (a
receiver that does not read: its window closes), reads the SIZE bytes and
closes; the server closes after it. So the response's last segment is the
last of its flight: a loss there is a tail loss. RCVBUF, when given (0:
the default), is the client's receive buffer. REQUESTS (default 1) asks
that many times on each connection, one after the other, each with its
pause: the connection is idle between responses. The client exits 1 if any connection fails or
comes up short; the server runs until it is killed. Every socket uses the congestion control named by
$LAB_CONGESTION (when set); a connection whose socket does not is closed
unanswered, so the client fails.
"""

import os
import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

CHUNK = 65536
TIMEOUT_S = 60


def congestion(sock):
    """Sets $LAB_CONGESTION on the socket; whether the socket uses it."""
    name = os.environ.get("LAB_CONGESTION")
    if name:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_CONGESTION, name.encode())
        return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_CONGESTION, 16).rstrip(b"\0").decode() == name
    return True


def serve_one(conn):
    """Answers each request line until the client closes."""
    block = bytes(range(256)) * (CHUNK // 256)
    with conn:
        if not congestion(conn):
            return
        request = b""
        while True:
            while b"\n" not in request:
                data = conn.recv(64)
                if not data:
                    return
                request += data
            line, request = request.split(b"\n", 1)
            left = int(line)
            while left > 0:
                sent = conn.send(block[:min(left, CHUNK)])
                left -= sent


def server(address, port):
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    congestion(listener)
    listener.bind((address, port))
    listener.listen(1024)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve_one, args=(conn,), daemon=True).start()


def fetch(address, port, size, pause_ms, rcvbuf, requests):
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        if rcvbuf:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        if not congestion(s):
            raise RuntimeError("congestion control not set")
        s.settimeout(TIMEOUT_S)
        s.connect((address, port))
        for _ in range(requests):
            s.sendall(b"%d\n" % size)
            time.sleep(pause_ms / 1000)
            got = 0
            while got < size:
                data = s.recv(min(CHUNK, size - got))
                if not data:
                    break
                got += len(data)
            if got != size:
                raise RuntimeError(f"received {got} of {size} bytes")


def client(address, port, flows, parallel, size, pause_ms=0, rcvbuf=0, requests=1):
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        jobs = [pool.submit(fetch, address, port, size, pause_ms, rcvbuf, requests) for _ in range(flows)]
        failures = [str(j.exception()) for j in jobs if j.exception()]
    if failures:
        sys.exit(f"traffic.py: {len(failures)} of {flows} connections failed: {failures[0]}")


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "server":
        server(sys.argv[2], int(sys.argv[3]))
    elif 7 <= len(sys.argv) <= 10 and sys.argv[1] == "client":
        client(sys.argv[2], *map(int, sys.argv[3:]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
