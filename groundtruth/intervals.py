# SPDX-License-Identifier: GPL-2.0-or-later
"""A set of sequence numbers kept as sorted, disjoint [start, end) ranges."""

import bisect


class Intervals:
    def __init__(self):
        self.starts, self.ends = [], []

    def add(self, start, end):
        if start >= end:
            return
        i = bisect.bisect_left(self.ends, start)          # first range ending at or after start
        j = bisect.bisect_right(self.starts, end)         # ranges starting at or before end
        if i < j:
            start, end = min(start, self.starts[i]), max(end, self.ends[j - 1])
        self.starts[i:j], self.ends[i:j] = [start], [end]

    def covers(self, start, end):
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.ends[i] >= end

    def overlaps(self, start, end):
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.ends[i] > start:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < end
