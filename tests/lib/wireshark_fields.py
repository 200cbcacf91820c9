# SPDX-License-Identifier: GPL-2.0-or-later
"""Which display-filter fields the tshark a test runs has: the built-in
analysis gained tcp.analysis.partial_ack in 4.4 and ambiguous_ack in 4.6, and
tshark refuses a -e field it does not know."""

import subprocess


def known_fields(command, prefix):
    """The field names starting with prefix that `command -G fields` lists."""
    proc = subprocess.run(command + ["-G", "fields"], capture_output=True, text=True, check=True)
    names = set()
    for line in proc.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) > 2 and parts[0] == "F" and parts[2].startswith(prefix):
            names.add(parts[2])
    return names
