#!/usr/bin/env bash
# Build cost of a vendor crate at full size (issues 12 and 13, item "build
# cost"): a cold debug build of `<vendor>-client` (default features) on a
# fresh target directory, the crate's own units in it (build script, its run,
# the library), an incremental rebuild after a spec edit (one `summary`
# changes) and after touching the crate's src/lib.rs, and the generated lines.
#
# usage: scripts/full-size-cost.sh VENDOR...   (e.g. kaiten kustomer)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo fetch --quiet --locked
for v in "$@"; do
  pkg="$v-client"
  dir="$root/target/full-size/$v"
  rm -rf "$dir"
  t0=$(date +%s.%N)
  CARGO_TARGET_DIR="$dir" cargo build --quiet --offline --locked -p "$pkg" --timings >/dev/null 2>&1
  t1=$(date +%s.%N)
  printf '%s: cold debug build %.1f s wall\n' "$pkg" "$(echo "$t1 - $t0" | bc)"
  python3 - "$dir" "$pkg" <<'PY'
import glob, json, re, sys
f = sorted(glob.glob(sys.argv[1] + "/cargo-timings/cargo-timing-*.html"))[-1]
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", open(f).read(), re.S).group(1))
print(f"  {len(units)} units, {sum(u['duration'] for u in units):.0f} s of unit time")
for u in units:
    if u["name"] == sys.argv[2]:
        print(f"  own unit: {u['target'].strip() or 'lib'} {u.get('mode','')}: {u['duration']:.1f} s")
PY
  spec="specs/$v.yaml"
  cp "$spec" "$dir/spec.bak"
  line=$(grep -n -m1 '^ *summary: ' "$spec" | cut -d: -f1)
  sed -i "${line}s/\$/ (edited)/" "$spec"
  t0=$(date +%s.%N)
  CARGO_TARGET_DIR="$dir" cargo build --quiet --offline --locked -p "$pkg" >/dev/null 2>&1 || true
  t1=$(date +%s.%N)
  cp "$dir/spec.bak" "$spec"
  printf '  spec edit -> rebuilt: %.1f s\n' "$(echo "$t1 - $t0" | bc)"
  CARGO_TARGET_DIR="$dir" cargo build --quiet --offline --locked -p "$pkg" >/dev/null 2>&1
  touch "crates/$v/src/lib.rs"
  t0=$(date +%s.%N)
  CARGO_TARGET_DIR="$dir" cargo build --quiet --offline --locked -p "$pkg" >/dev/null 2>&1
  t1=$(date +%s.%N)
  printf '  touch src/lib.rs -> rebuilt: %.1f s\n' "$(echo "$t1 - $t0" | bc)"
  printf '  generated: %s lines (crates/%s/generated/%s.rs), spec %s lines\n' \
    "$(wc -l < "crates/$v/generated/$v.rs")" "$v" "$v" "$(wc -l < "$spec")"
done
