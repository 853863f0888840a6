#!/bin/sh
# The pictures of the README's "For organisers": a studio on a scratch copy of the example,
# in Dutch, visited by tests/browser/tour.mjs. Needs a built verslag (cargo build --release),
# Chromium and the npm tools (npm ci --prefix tests/browser).
#   docs/organisers/shots.sh [path/to/verslag]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
verslag=$(realpath "${1:-$here/target/release/verslag}")
scratch=$(mktemp -d)
trap 'kill $first $studio 2>/dev/null; rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home/Documents/Verslagen praktijktafels/2022" "$scratch/home/.config" "$scratch/config" "$scratch/a/events"
printf 'XDG_DOCUMENTS_DIR="$HOME/Documents"\n' > "$scratch/home/.config/user-dirs.dirs"
cp -r "$here/events/2022" "$here/events/contacts.toml" "$scratch/a/events/"
export VERSLAG_LANG=nl VERSLAG_CACHE_DIR="$scratch/cache"
# The first start: no events folder given or remembered, so the first page asks.
(cd "$scratch" && HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
  VERSLAG_CONFIG_DIR="$scratch/config-first" "$verslag" -q studio --no-open > first.out) & first=$!
VERSLAG_CONFIG_DIR="$scratch/config" "$verslag" -q studio --no-open --events "$scratch/a/events" \
  > "$scratch/studio.out" & studio=$!
address() {
  until grep -q 'http://' "$1" 2>/dev/null; do sleep 0.1; done
  grep -o 'http://[^ ]*' "$1"
}
node "$here/tests/browser/tour.mjs" "$(address "$scratch/first.out")" "$(address "$scratch/studio.out")" "$here/docs/organisers"
