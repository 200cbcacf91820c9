# SPDX-License-Identifier: GPL-2.0-or-later
# Shared by the benchmark scripts (sourced): where things are, the large
# captures, and timing tshark.
#
# TCPRA_BUILD_DIR (default build, from the top folder) is the build whose plugin and capgen are
# used; TCPRA_BENCH_RUNS (default 5) how many times each command runs;
# TCPRA_BENCH_SAMPLE (default 50,000) the packets, from the start of each
# capture, on which instructions are counted; captures go to BUILD/bench,
# timings to BUILD/bench/SCRIPT.
#
# Time is what a user waits, but on a shared machine the same command varies
# by 10-20 % between runs; instructions (valgrind's callgrind, about 50 times
# slower, hence on a sample) are the same every run, so they are the figure
# that tells two builds apart.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$root" && cd "${TCPRA_BUILD_DIR:-build}" && pwd)
runs=${TCPRA_BENCH_RUNS:-5}
sample=${TCPRA_BENCH_SAMPLE:-50000}
work=$build/bench
timings=$work/$(basename "$0" .sh)
rm -rf "$timings"
mkdir -p "$timings"
# tshark runs as another user when we are root (tests/lib/tshark-as-user.sh):
# callgrind, run by that user, writes here.
chmod a+rwx "$timings"
"$root/scripts/install-deps.sh" --tests

# capture MODE COUNT: the path of capgen's --MODE capture of COUNT, made once.
capture() {
    path=$work/$1-$2.pcap
    if [ ! -f "$path" ]; then
        "$build/capgen" "--$1" "$path.part" "$2"
        chmod a+r "$path.part"
        mv "$path.part" "$path"
    fi
    echo "$path"
}

# lab_senders: the path of the ground-truth lab's sender-side captures
# merged (a real kernel's traffic), made once.
lab_senders() {
    path=$work/lab-senders.pcap
    if [ ! -f "$path" ]; then
        mergecap -F pcap -w "$path.part" "$root"/groundtruth/captures/*/sender.pcap.gz
        chmod a+r "$path.part"
        mv "$path.part" "$path"
    fi
    echo "$path"
}

# first CAPTURE COUNT: the path of CAPTURE's first COUNT packets, made once.
first() {
    path=$work/$(basename "$1" .pcap)-first$2.pcap
    if [ ! -f "$path" ]; then
        editcap -r "$1" "$path.part" "1-$2"
        chmod a+r "$path.part"
        mv "$path.part" "$path"
    fi
    echo "$path"
}

# count KEY PLUGIN CAPTURE TSHARK_ARGUMENTS...: the instructions tshark
# executes on the first $sample packets of CAPTURE (-r is added), less those
# of the same command on its first packet alone (startup: loading the
# dissectors, compiling the filter), into $timings/KEY.ir: what the packets
# cost, which is what a longer capture multiplies.
count() {
    count_key=$1 count_plugin=$2 count_capture=$3
    shift 3
    for count_n in 1 "$sample"; do
        wrapper="nice valgrind --tool=callgrind --callgrind-out-file=$timings/$count_key.$count_n.callgrind"
        once "$count_key.ir" "$count_plugin" -r "$(first "$count_capture" "$count_n")" "$@"
    done
    wrapper=
    awk '/^summary:/ { ir[++n] = $2 } END { printf "%.0f\n", ir[2] - ir[1] }' \
        "$timings/$count_key.1.callgrind" "$timings/$count_key.$sample.callgrind" >"$timings/$count_key.ir"
}

# everything PLUGIN: with TCPRA, the option that makes it compute all it
# can show whatever the command line shows (as in the GUI's first pass);
# tshark without it knows no such option.
everything() {
    [ "$1" = without ] || echo "-o tcpra.classify_always:TRUE"
}

# measure KIND KEY PLUGIN CAPTURE TSHARK_ARGUMENTS...: with KIND "once",
# the command timed on the whole CAPTURE; with KIND "count", its
# instructions counted on CAPTURE's first $sample packets.
measure() {
    measure_kind=$1 measure_key=$2 measure_plugin=$3 measure_capture=$4
    shift 4
    if [ "$measure_kind" = once ]; then
        once "$measure_key" "$measure_plugin" -r "$measure_capture" "$@"
    else
        count "$measure_key" "$measure_plugin" "$measure_capture" "$@"
    fi
}

# once KEY PLUGIN TSHARK_ARGUMENTS...: runs tshark once (PLUGIN: "with" or
# "without" TCPRA; under $wrapper when set), output to /dev/null, adding its
# wall time, peak RSS and CPU time (user, system) to $timings/KEY.times.
once() {
    key=$1 no_plugin=0
    [ "$2" = without ] && no_plugin=1
    shift 2
    TCPRA_TSHARK_WRAPPER=${wrapper:-} TCPRA_NO_PLUGIN=$no_plugin /usr/bin/time -a -o "$timings/$key.times" -f "%e %M %U %S" \
        "$root/tests/lib/tshark-as-user.sh" "$build" "$@" >/dev/null 2>&1
}

# The measures of a run, as awk expressions over a line of KEY.times.
WALL='$1'
RSS='$2 / 1024'
CPU='$3 + $4'

# summary KEY MEASURE [DECIMALS]: median, min and max of a measure of KEY's
# runs, with DECIMALS decimals (default 2).
summary() {
    awk "{ print $2 }" "$timings/$1.times" | sort -n |
        awk -v d="${3:-2}" '{ v[NR] = $1 } END { printf "%.*f\t%.*f\t%.*f", d, v[int((NR + 1) / 2)], d, v[1], d, v[NR] }'
}

# median KEY MEASURE [DECIMALS]: the median alone.
median() {
    summary "$1" "$2" "${3:-2}" | cut -f1
}

# row LABEL KEY [BASE_KEY]: a Markdown table row: the instructions (count),
# in millions; wall time and CPU time (s) and peak RSS (MiB), each as median
# (min-max); with BASE_KEY the ratios: of the instructions, and of the
# medians.
row() {
    line="| $1 | $(awk '{ printf "%.1f", $1 / 1e6 }' "$timings/$2.ir")"
    for measure in "$WALL" "$CPU" "$RSS"; do
        line="$line | $(summary "$2" "$measure" | awk '{ printf "%s (%s-%s)", $1, $2, $3 }')"
    done
    if [ $# = 3 ]; then
        line="$line | $(awk -v a="$(cat "$timings/$2.ir")" -v b="$(cat "$timings/$3.ir")" \
            'BEGIN { printf "%.3f", a / b }')"
        for measure in "$WALL" "$CPU" "$RSS"; do
            line="$line | $(awk -v a="$(median "$2" "$measure")" -v b="$(median "$3" "$measure")" \
                'BEGIN { printf "%.3f", a / b }')"
        done
    else
        line="$line | | | |"
    fi
    echo "$line |"
}

# header FIRST_COLUMN: the head of a table of rows.
header() {
    echo "| $1 | instructions, millions (first $sample packets) | wall s | CPU s | peak RSS MiB | instruction ratio | wall ratio | CPU ratio | RSS ratio |"
    echo "|---|---|---|---|---|---|---|---|---|"
}
