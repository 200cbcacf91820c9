# SPDX-License-Identifier: GPL-2.0-or-later
"""How each classifier's verdicts read as the lab's labels: the one table
to extend for a new classifier.

cause: (field, cause) pairs; the first field present on a frame gives its
cause (rto, fast, tlp, syn); none present: not a retransmission.
syn_from_flags: a SYN or SYN-ACK given any cause is a "syn" retransmission
(for classifiers that do not name that cause themselves).
spurious, reordered, network_duplicate: the field that says so, or None
when the classifier has no such verdict.
two_pass: read in tshark's two passes (-2), for classifiers whose verdict
on a frame may be settled by evidence in a later one.

The built-in analysis and TCPRA's Wireshark-compatible flags name one
cause, the fast retransmission; any other retransmission is counted as
"rto", the only other cause a retransmission without duplicate ACKs can
have in their model.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Classifier:
    description: str
    cause: tuple
    syn_from_flags: bool
    spurious: str
    reordered: str
    network_duplicate: str
    two_pass: bool = False

    def fields(self):
        named = [f for f, _ in self.cause] + [self.spurious, self.reordered, self.network_duplicate]
        return [f for f in named if f]


def _wireshark_flags(prefix, description):
    return Classifier(description,
                      cause=((f"{prefix}.fast_retransmission", "fast"), (f"{prefix}.retransmission", "rto")),
                      syn_from_flags=True,
                      spurious=f"{prefix}.spurious_retransmission",
                      reordered=f"{prefix}.out_of_order",
                      network_duplicate=None)


CLASSIFIERS = {
    "builtin": _wireshark_flags("tcp.analysis", "Wireshark's built-in analysis (tcp.analysis.*)"),
    "tcpra": _wireshark_flags("tcpra", "TCPRA's Wireshark-compatible flags (tcpra.*)"),
    "tcpra-cause": Classifier("TCPRA's cause fields (tcpra.cause.*)",
                              cause=(("tcpra.cause.syn", "syn"), ("tcpra.cause.rto", "rto"),
                                     ("tcpra.cause.fast", "fast"), ("tcpra.cause.tlp", "tlp")),
                              syn_from_flags=False,
                              spurious="tcpra.cause.spurious",
                              reordered="tcpra.cause.reordered",
                              network_duplicate="tcpra.cause.network_duplicate",
                              two_pass=True),
}
