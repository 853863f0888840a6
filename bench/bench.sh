#!/usr/bin/env bash
# Benchmarks of verslag on a release build: `bench/bench.sh [runs]`. Targets live here, never
# in the tests. Needs GNU time (/usr/bin/time, Debian package "time").
#
#  1. the example event: cold process with an empty photo cache, and a warm rebuild;
#  2. a generated event of 20 camera photos (4000 x 3000, ~5 MB, EXIF orientation 6);
#  3. the archive of a generated year of 50 events, and its yearbook;
#  4. `watch`: the rebuild after a text edit;
#  5. `check` and a warm `build` with a brand that brings a CJK font, when one is installed;
#  7. the studio: from saving a text edit to the updated first page served.
# Reports median wall time, peak memory, PDF size and photos printing under 200 ppi.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
cargo build --release --quiet --bin verslag --example camera_event
bin=target/release/verslag
example=events/2022/2022-11-01-praktijktafel-amersfoort
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure NAME PREPARE CMD...: runs PREPARE then CMD `runs` times; median time, peak memory.
measure() {
  local name=$1 prepare=$2; shift 2
  local times=() peak=0
  for _ in $(seq "$runs"); do
    eval "$prepare"
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr"
    read -r t m <"$work/time"
    times+=("$t")
    (( m > peak )) && peak=$m
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-34s %6s s  peak %4d MB\n' "$name" "$median" "$((peak / 1024))"
  last_time=$median last_peak_mb=$((peak / 1024))
}

target() { # target NAME BYTES LIMIT
  printf '%-34s %8d bytes  (target under %d: %s)\n' "$1" "$2" "$3" \
    "$([ "$2" -lt "$3" ] && echo met || echo MISSED)"
}

# within NAME VALUE LIMIT UNIT: a time or memory figure against its target.
within() {
  printf '%-34s %8s %s  (target under %s: %s)\n' "$1" "$2" "$4" "$3" \
    "$(awk "BEGIN {print ($2 < $3) ? \"met\" : \"MISSED\"}")"
}

report() { # report PDF
  local soft
  soft=$(grep -c "ppi (" "$work/stderr" || true)
  printf '%-34s %8d bytes (%s MB), photos under 200 ppi: %s\n' "PDF" "$(stat -c %s "$1")" \
    "$(awk "BEGIN {printf \"%.2f\", $(stat -c %s "$1") / 1e6}")" "$soft"
}

echo "== example event (5 photos, 0.5-1.8 MB each)"
measure "cold process, empty cache" "rm -rf $work/cache" \
  "$bin" build --cache-dir "$work/cache" -o "$work/out" "$example"
measure "warm rebuild (cache filled)" ":" \
  "$bin" build --cache-dir "$work/cache" -o "$work/out" "$example"
report "$work/out/2022/2022-11-01-praktijktafel-amersfoort.pdf"

echo "== generated event: 20 camera photos 4000x3000, EXIF orientation 6"
camera=$(target/release/examples/camera_event "$work/events" 20)
printf '%-34s %s MB\n' "photos in" "$(du -sm "$camera/photos" | cut -f1)"
measure "cold process, empty cache" "rm -rf $work/cache" \
  "$bin" build --cache-dir "$work/cache" -o "$work/out" "$camera"
measure "warm rebuild (cache filled)" ":" \
  "$bin" build --cache-dir "$work/cache" -o "$work/out" "$camera"
report "$work/out/2024/2024-03-14-camera-bench.pdf"

echo "== archive: a generated year of 50 events (the example's record and photos, reused)"
year="$work/year/2023"
for i in $(seq -w 1 50); do
  day=$(( (10#$i - 1) % 28 + 1 )); month=$(( (10#$i - 1) / 28 + 1 ))
  date=$(printf '2023-%02d-%02d' "$month" "$day")
  dir="$year/$date-praktijktafel-$i"
  mkdir -p "$dir"
  cp -r "$example/photos" "$dir/"
  sed "s/^date = 2022-11-01/date = $date/" "$example/event.toml" >"$dir/event.toml"
done
for threads in 1 2; do
  measure "archive 50 events, $threads thread(s)" "rm -rf $work/archive $work/cache" \
    env RAYON_NUM_THREADS="$threads" "$bin" archive 2023 --events "$work/year" \
    --archive "$work/archive" --cache-dir "$work/cache"
done
measure "archive again, nothing changed" ":" \
  "$bin" archive 2023 --events "$work/year" --archive "$work/archive" --cache-dir "$work/cache"

# The yearbook binds all 50 reports in. Targets: under 10 s on 2 cores with a warm photo
# cache, peak memory under 600 MB, no larger than the year's reports together plus 10%.
echo "== yearbook of the 50 events"
measure "yearbook, warm photo cache" ":" \
  "$bin" yearbook 2023 --events "$work/year" --cache-dir "$work/cache" -o "$work/yearbook.pdf"
within "yearbook time" "$last_time" 10 s
within "yearbook peak memory" "$last_peak_mb" 600 MB
reports=$(cat "$work/archive/2023/"2023-*.pdf | wc -c)
target "yearbook size" "$(stat -c %s "$work/yearbook.pdf")" "$((reports * 11 / 10))"

echo "== watch: rebuild after a text edit of the example (target: well under 1 s)"
mkdir -p "$work/watch/2022"
cp -r "$example" "$work/watch/2022/"
watched="$work/watch/2022/$(basename "$example")"
"$bin" watch --cache-dir "$work/cache" -o "$work/watch/out" "$watched" >"$work/watch.log" 2>&1 &
watcher=$!
until grep -q "built" "$work/watch.log"; do sleep 0.2; done
for i in $(seq "$runs"); do
  sed -i "0,/^title = \"/s//title = \"$i /" "$watched/event.toml"
  until [ "$(grep -c built "$work/watch.log")" -gt "$i" ]; do sleep 0.1; done
done
kill -INT "$watcher"; wait "$watcher" || true
grep built "$work/watch.log" | tail -n +2 | sed 's/.* in //' | sort -n |
  awk '{a[NR]=$1} END {printf "%-34s %6s s  (median of %d edits)\n", "rebuild after an edit", a[int((NR+1)/2)], NR}'

# A brand with a full CJK font (10-20 MB), when one is installed (Debian: fonts-ipafont-gothic,
# or set VERSLAG_BENCH_CJK_FONT): `check` and a warm `build` with and without it.
cjk=${VERSLAG_BENCH_CJK_FONT:-/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf}
if [ -f "$cjk" ]; then
  echo "== a brand with a CJK font: $(basename "$cjk"), $(du -m "$cjk" | cut -f1) MB"
  mkdir -p "$work/brand/fonts"
  cp templates/logo.svg "$work/brand/"
  cp "$cjk" "$work/brand/fonts/"
  sed "s/^heading = \"Inter\"/heading = \"Inter\"\nfiles = [\"fonts\/$(basename "$cjk")\"]/" \
    templates/brand.toml >"$work/brand/brand.toml"
  measure "check, built-in brand" ":" "$bin" check "$example"
  measure "check, CJK brand (first run)" "rm -rf $work/fontcache" \
    "$bin" check --cache-dir "$work/fontcache" --brand "$work/brand/brand.toml" "$example"
  measure "check, CJK brand (font checked before)" ":" \
    "$bin" check --cache-dir "$work/fontcache" --brand "$work/brand/brand.toml" "$example"
  measure "warm build, built-in brand" ":" \
    "$bin" build --cache-dir "$work/cache" -o "$work/out" "$example"
  measure "warm build, CJK brand" ":" \
    "$bin" build --cache-dir "$work/cache" --brand "$work/brand/brand.toml" -o "$work/cjk" "$example"
  report "$work/cjk/2022/2022-11-01-praktijktafel-amersfoort.pdf"
fi

# The web article of the example. Targets: HTML + CSS + fonts under 150 KB; the images a
# phone (390 px wide, 2x screen) loads for its first screen under 300 KB; the folder without
# the PDF under 2 MB; a warm rebuild of page and PDF together (the record edited, the photo
# cache filled) under 0.4 s.
echo "== web article of the example"
mkdir -p "$work/webev/2022"
cp -r "$example" "$work/webev/2022/"
webev="$work/webev/2022/$(basename "$example")"
measure "web, cold process, empty cache" "rm -rf $work/cache $work/web $work/webout" \
  "$bin" web --cache-dir "$work/cache" -o "$work/web" --reports "$work/webout" "$webev"
measure "web + PDF after an edit (warm)" "echo '# edit' >>$webev/event.toml" \
  "$bin" web --cache-dir "$work/cache" -o "$work/web" --reports "$work/webout" "$webev"
page="$work/web/2022/$(basename "$example")"
target "HTML + CSS + fonts" "$(cat "$page/index.html" "$page/style.css" "$page"/fonts/*.woff2 | wc -c)" 150000
# The phone's first screen: the cover at 2x for 390 px (the 960 px WebP) and the logo.
target "phone's first-screen images" "$(cat "$page/img/1-960.webp" "$page/logo.svg" | wc -c)" 300000
target "folder without the PDF" "$(find "$page" -type f ! -name '*.pdf' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)" 2000000

# 7. The studio: from saving a text edit to the updated first page served (target: p95 < 0.5 s).
echo "== studio: edit to updated first page"
python3 bench/studio.py "$bin" 20
