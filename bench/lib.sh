# SPDX-License-Identifier: GPL-2.0-or-later
# Shared by the benchmark scripts (sourced): where things are, the large
# captures, and timing tshark.
#
# TCPRA_BUILD_DIR (default build, from the top folder) is the build whose plugin and capgen are
# used; TCPRA_BENCH_RUNS (default 5) how many times each command runs;
# captures go to BUILD/bench, timings to BUILD/bench/SCRIPT.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$root" && cd "${TCPRA_BUILD_DIR:-build}" && pwd)
runs=${TCPRA_BENCH_RUNS:-5}
work=$build/bench
timings=$work/$(basename "$0" .sh)
rm -rf "$timings"
mkdir -p "$timings"
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

# once KEY PLUGIN TSHARK_ARGUMENTS...: runs tshark once (PLUGIN: "with" or
# "without" TCPRA), output to /dev/null, adding its wall time, peak RSS and
# CPU time (user, system) to $timings/KEY.times.
once() {
    key=$1 no_plugin=0
    [ "$2" = without ] && no_plugin=1
    shift 2
    TCPRA_NO_PLUGIN=$no_plugin /usr/bin/time -a -o "$timings/$key.times" -f "%e %M %U %S" \
        "$root/tests/lib/tshark-as-user.sh" "$build" "$@" >/dev/null 2>&1
}

# The measures of a run, as awk expressions over a line of KEY.times.
WALL='$1'
RSS='$2 / 1024'
CPU='$3 + $4'

# summary KEY MEASURE: median, min and max of a measure of KEY's runs.
summary() {
    awk "{ print $2 }" "$timings/$1.times" | sort -n |
        awk '{ v[NR] = $1 } END { printf "%.2f\t%.2f\t%.2f", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

# median KEY MEASURE: the median alone.
median() {
    summary "$1" "$2" | cut -f1
}

# row LABEL KEY [BASE_KEY]: a Markdown table row: wall time and CPU time (s)
# and peak RSS (MiB), each as median (min-max), and with BASE_KEY the ratios
# of the medians.
row() {
    line="| $1"
    for measure in "$WALL" "$CPU" "$RSS"; do
        line="$line | $(summary "$2" "$measure" | awk '{ printf "%s (%s-%s)", $1, $2, $3 }')"
    done
    if [ $# = 3 ]; then
        for measure in "$WALL" "$CPU" "$RSS"; do
            line="$line | $(awk -v a="$(median "$2" "$measure")" -v b="$(median "$3" "$measure")" \
                'BEGIN { printf "%.3f", a / b }')"
        done
    else
        line="$line | | |"
    fi
    echo "$line |"
}

# header FIRST_COLUMN: the head of a table of rows.
header() {
    echo "| $1 | wall s | CPU s | peak RSS MiB | wall ratio | CPU ratio | RSS ratio |"
    echo "|---|---|---|---|---|---|---|"
}
