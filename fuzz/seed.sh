#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's own records and photos, so the fuzzers start from
# real inputs: fuzz/corpus/record/ (every event.toml) and fuzz/corpus/photo/ (every photo).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/record corpus/photo
for f in ../events/*/*/event.toml ../tests/records/*/*/event.toml; do
    cp "$f" "corpus/record/$(echo "${f#../}" | tr / _)"
done
# The test photos (under 256 kB each) cover every format and hard case; the example's large
# photos would only slow each run down.
find ../tests/fixtures/photos ../tests/records -type f \
    \( -iname '*.jpg' -o -iname '*.png' -o -iname '*.webp' -o -iname '*.heic' -o -iname '*.tif*' \) \
    -size -256k | while read -r f; do
    cp "$f" "corpus/photo/$(echo "${f#../}" | tr / _)"
done
echo "record: $(ls corpus/record | wc -l) seeds, photo: $(ls corpus/photo | wc -l) seeds"
