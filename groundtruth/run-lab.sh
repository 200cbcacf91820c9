#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs the ground-truth lab's scenarios with the kernel's own TCP and labels
# every frame from what the kernel and the path did. As root.
#
#   groundtruth/run-lab.sh [-o OUT_DIR] [--scenarios FILE] [SCENARIO...]
#
# Each scenario (of FILE, default groundtruth/scenarios.tsv, in its format:
# generate.py writes such lines; all by default) gets OUT_DIR/NAME
# (default groundtruth/captures): sender.pcap.gz and receiver.pcap.gz, the
# captures next to the data sender (host A, the server) and next to the
# receiver (host B, the client), and middle.pcap.gz, at a tap halfway along
# the path (forwarder/middle_tap.h); sender.labels.tsv, receiver.labels.tsv
# and middle.labels.tsv, a label per frame; fates.tsv and middle-fates.tsv,
# what the path did to each frame and where the middle tap saw it; and
# kernel-events.txt, the kernel's retransmissions and congestion states;
# with the lwIP sender (a scenario's last column, the sender's stack:
# linux by default, or lwip), lwip-retransmissions.txt, lwIP's own;
# and MANIFEST, how and where they were made, with each capture's count of
# every label.
# Exits non-zero when a scenario fails its invariants (label.py).
#
# Hosts A and B are network namespaces joined through a third, where
# forwarder/ copies frames between two veth pairs and impairs them; the
# kernel does not forward there. Offloads are off and GSO is one segment,
# so a frame on the wire is one segment and one kernel event.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/captures"
scenarios="$here/scenarios.tsv"
while [ $# -ge 2 ]; do
    case "$1" in
        -o) out=$2 ;;
        --scenarios) scenarios=$(cd "$(dirname "$2")" && pwd)/$(basename "$2") ;;
        *) break ;;
    esac
    shift 2
done
[ "$(id -u)" = 0 ] || { echo "run-lab.sh: needs root (network namespaces, tracefs)" >&2; exit 2; }
command -v ethtool >/dev/null || { echo "run-lab.sh: needs ethtool" >&2; exit 2; }

tmp=$(mktemp -d /tmp/tcpra-lab.XXXXXX)
tag="gt$$"
ns_a="${tag}a" ns_m="${tag}m" ns_b="${tag}b"
tracing=/sys/kernel/tracing
[ -d "$tracing/events" ] || mount -t tracefs nodev "$tracing"
trace="$tracing/instances/tcpra-lab-$$"
pids=""

stop_pids() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    for p in $pids; do wait "$p" 2>/dev/null || true; done
    pids=""
}
teardown() {
    stop_pids
    for ns in "$ns_a" "$ns_m" "$ns_b"; do ip netns del "$ns" 2>/dev/null || true; done
    if [ -d "$trace" ]; then
        echo 0 > "$trace/tracing_on"
        echo 0 > "$trace/events/enable"
        rmdir "$trace"
    fi
}
trap 'teardown; rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

cc -O2 -Wall -Wextra -std=gnu11 -o "$tmp/forwarder" "$here"/forwarder/*.c

# nsenter replaces itself with the command (ip netns exec forks), so a
# process started in the background with nsenter itself (not through this
# function, which would run in a subshell) has the command's process id.
in_ns() { ns=$1; shift; nsenter --net="/run/netns/$ns" -- "$@"; }

quiet_device() {   # NS DEV: one segment a frame, checksums in software
    in_ns "$1" ethtool -K "$2" tso off gso off gro off tx off rx off sg off >/dev/null 2>&1 || true
    in_ns "$1" ip link set dev "$2" gso_max_segs 1 up
}

make_network() {   # SYSCTLS
    for ns in "$ns_a" "$ns_m" "$ns_b"; do ip netns add "$ns"; done
    ip link add a0 netns "$ns_a" address 02:00:00:00:00:0a type veth peer name ma netns "$ns_m"
    ip link add b0 netns "$ns_b" address 02:00:00:00:00:0b type veth peer name mb netns "$ns_m"
    in_ns "$ns_m" sysctl -qw net.ipv4.ip_forward=0 net.ipv6.conf.all.forwarding=0 \
        net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    for dev in ma mb; do
        quiet_device "$ns_m" "$dev"
        in_ns "$ns_m" ip link set dev "$dev" promisc on
    done
    for host in a b; do
        ns="${tag}$host"
        [ $host = a ] && me=1 peer=2 peer_mac=02:00:00:00:00:0b || me=2 peer=1 peer_mac=02:00:00:00:00:0a
        in_ns "$ns" ip link set lo up
        quiet_device "$ns" "${host}0"
        in_ns "$ns" ip addr add "10.77.0.$me/24" dev "${host}0"
        in_ns "$ns" ip addr add "fd77::$me/64" dev "${host}0" nodad
        # Static neighbours: no ARP or neighbour discovery through the path.
        in_ns "$ns" ip neigh replace "10.77.0.$peer" lladdr "$peer_mac" dev "${host}0" nud permanent
        in_ns "$ns" ip neigh replace "fd77::$peer" lladdr "$peer_mac" dev "${host}0" nud permanent
        for s in $(echo "$1" | tr , ' '); do
            case "$s" in -|tcp_congestion_control=*) ;; *) in_ns "$ns" sysctl -qw "net.ipv4.$s" ;; esac
        done
    done
}

start_tracing() {
    mkdir "$trace"
    echo mono > "$trace/trace_clock"     # the clock the forwarder stamps with
    echo 16384 > "$trace/buffer_size_kb"
    for e in tcp_retransmit_skb tcp_retransmit_synack tcp_cong_state_set; do
        echo 1 > "$trace/events/tcp/$e/enable"
    done
    echo 1 > "$trace/tracing_on"
}

stop_tracing() {   # FILE: the lab's events; fails if the buffer lost any
    echo 0 > "$trace/tracing_on"
    cat "$trace/trace" > "$tmp/trace"
    echo 0 > "$trace/events/enable"
    rmdir "$trace"
    written=$(sed -n 's/^# entries-in-buffer\/entries-written: \([0-9]*\)\/\([0-9]*\).*/\1 \2/p' "$tmp/trace")
    # shellcheck disable=SC2086 # two numbers, split on purpose
    set -- "$1" $written
    [ "$2" = "$3" ] || { echo "run-lab.sh: the trace buffer lost events ($2 of $3 kept)" >&2; return 1; }
    grep -E 'saddr=10\.77\.0\.|saddrv6=fd77::' "$tmp/trace" > "$1" || true
}

wait_ready() {   # FILE WHAT
    for _ in $(seq 100); do
        grep -q ready "$1" 2>/dev/null && return 0
        sleep 0.05
    done
    echo "run-lab.sh: $2 did not start" >&2
    return 1
}

wait_listening() {
    for _ in $(seq 200); do
        [ -n "$(in_ns "$ns_a" ss -Hltn 'sport = :8080')" ] && return 0
        sleep 0.05
    done
    echo "run-lab.sh: the server did not start" >&2
    return 1
}

# lwIP (lwip/) serves in A instead of the kernel: A's kernel gives up its
# addresses, so lwIP alone answers for A's IPv4 address. IPv4 only.
start_lwip_sender() {   # ADDRESS RETRANSMISSIONS_FILE
    case "$1" in *:*) echo "run-lab.sh: the lwIP sender has IPv4 only" >&2; return 1 ;; esac
    # shellcheck disable=SC2046 # pkg-config gives one flag a word
    [ -x "$tmp/lwip-sender" ] ||
        cc -O2 -Wall -Wextra -std=gnu11 $(pkg-config --cflags lwip) -o "$tmp/lwip-sender" "$here"/lwip/*.c $(pkg-config --libs lwip)
    in_ns "$ns_a" ip addr flush dev a0
    in_ns "$ns_a" sysctl -qw net.ipv6.conf.a0.disable_ipv6=1
    nsenter --net="/run/netns/$ns_a" -- "$tmp/lwip-sender" a0 "$1/24" 8080 02:00:00:00:00:0b "$2" > "$tmp/lwip-sender.out" &
    pids="$pids $!"
    wait_ready "$tmp/lwip-sender.out" "the lwIP sender"
}

lab_commit() {   # the lab's commit; its captures do not count as changes
    commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null) || { echo unknown; return; }
    [ -z "$(git -C "$here" status --porcelain -- . ':!captures')" ] || commit="$commit, with uncommitted changes"
    echo "$commit"
}

write_manifest() {   # FILE NAME
    {
        echo "Made by: groundtruth/run-lab.sh $2"
        echo "Lab commit: $(lab_commit)"
        echo "Kernel: $(uname -r)"
        echo "Date: $(date -u +%Y-%m-%d)"
        echo "Scenario: $(grep "^$2	" "$scenarios")"
        echo "Sender stack: $3"
        echo "Frames per label part:"
        cat "$tmp/label.out"
    } > "$1"
}

run_scenario() {   # NAME FAMILY SYSCTLS A_TO_B B_TO_A TRAFFIC SEED STACK
    name=$1 family=$2 sysctls=$3 a_to_b=$4 b_to_a=$5 traffic=$6 seed=$7 stack=$8
    [ "$a_to_b" = - ] && a_to_b=""
    [ "$b_to_a" = - ] && b_to_a=""
    dir="$out/$name"
    rm -rf "$dir"
    mkdir -p "$dir"
    started=$(date +%s%N)
    make_network "$sysctls"
    # A namespace may only choose its default congestion control among
    # net.ipv4.tcp_allowed_congestion_control, and inherits the first
    # namespace's: traffic.py sets it on each socket instead (as root it may
    # choose any), CUBIC, the kernel's default, unless the scenario says.
    congestion=cubic
    case ",$sysctls," in *,tcp_congestion_control=*) congestion=${sysctls#*tcp_congestion_control=}; congestion=${congestion%%,*} ;; esac
    [ "$family" = 6 ] && server=fd77::1 || server=10.77.0.1
    start_tracing
    nsenter --net="/run/netns/$ns_m" -- "$tmp/forwarder" ma mb "$dir/sender.pcap" "$dir/receiver.pcap" \
        "$dir/middle.pcap" "$dir/fates.tsv" "$dir/middle-fates.tsv" "$seed" "$a_to_b" "$b_to_a" > "$tmp/forwarder.out" &
    forwarder=$!
    pids="$forwarder"
    wait_ready "$tmp/forwarder.out" "the forwarder"
    if [ "$stack" = lwip ]; then
        start_lwip_sender "$server" "$dir/lwip-retransmissions.txt"
    else
        nsenter --net="/run/netns/$ns_a" -- env LAB_CONGESTION="$congestion" python3 "$here/traffic.py" server "$server" 8080 &
        pids="$pids $!"
        wait_listening
    fi
    status=0
    # shellcheck disable=SC2086 # TRAFFIC is the client's argument list
    in_ns "$ns_b" env LAB_CONGESTION="$congestion" python3 "$here/traffic.py" client "$server" 8080 $traffic || status=$?
    sleep 0.5   # the last FINs and ACKs cross the path
    kill "$forwarder"
    wait "$forwarder" || status=$?
    pids="${pids#"$forwarder"}"
    stop_pids
    stop_tracing "$dir/kernel-events.txt" || status=1
    for ns in "$ns_a" "$ns_m" "$ns_b"; do ip netns del "$ns"; done
    if [ "$status" = 0 ]; then
        python3 "$here/label.py" "$dir" > "$tmp/label.out" || status=1
        cat "$tmp/label.out"
        write_manifest "$dir/MANIFEST" "$name" "$stack"
    fi
    gzip -n "$dir/sender.pcap" "$dir/receiver.pcap" "$dir/middle.pcap"
    echo "$name: $(( ($(date +%s%N) - started) / 1000000 )) ms"
    return "$status"
}

failed=""
while IFS='	' read -r name _ family sysctls a_to_b b_to_a traffic seed stack; do
    case "$name" in '#'*|'') continue ;; esac
    if [ $# -gt 0 ]; then
        case " $* " in *" $name "*) ;; *) continue ;; esac
    fi
    if [ "$sysctls" != "${sysctls#*congestion_control=bbr}" ] &&
       ! grep -qw bbr /proc/sys/net/ipv4/tcp_available_congestion_control; then
        echo "$name: skipped: this kernel has no BBR"
        continue
    fi
    # In a subshell of its own, so that any failing step stops the scenario
    # (set -e does not apply within a function called as "f || ...").
    set +e
    (
        set -e
        trap teardown EXIT
        run_scenario "$name" "$family" "$sysctls" "$a_to_b" "$b_to_a" "$traffic" "$seed" "${stack:-linux}"
    ) < /dev/null
    status=$?
    set -e
    [ "$status" = 0 ] || failed="$failed $name"
done < "$scenarios"
[ -z "$failed" ] || { echo "run-lab.sh: failed:$failed" >&2; exit 1; }
