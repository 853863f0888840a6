#!/usr/bin/env bash
# Benchmarks of verslag, run on a release build: `bench/bench.sh [runs]`.
# Measures building the example event from a cold process (time, peak memory, PDF size).
# Targets live here, never in the tests. Needs GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
cargo build --release --quiet
bin=target/release/verslag
example=events/2022/2022-11-01-praktijktafel-amersfoort
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command `runs` times; prints the median wall time (s) and the largest peak RSS (MB).
measure() {
  local times=() peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null
    read -r t m <"$work/time"
    times+=("$t")
    (( m > peak )) && peak=$m
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median s (median of $runs), peak $((peak / 1024)) MB"
}

echo "== example event, cold process"
echo "build: $(measure "$bin" build -o "$work/out" "$example")"
pdf="$work/out/2022/2022-11-01-praktijktafel-amersfoort.pdf"
echo "PDF size: $(stat -c %s "$pdf") bytes"
