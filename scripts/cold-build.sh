#!/usr/bin/env bash
# A user's cold build of kaiten-client, as issue 11 measures it: `cargo build
# -p kaiten-client` in this workspace on a fresh target directory, crates
# already fetched (--offline), once per TLS backend, with `--timings`.
# Prints the wall time of each and the ten most expensive units, and whether
# more than one syn major is in each build graph.
#
# usage: scripts/cold-build.sh [variant...]   (default: aws-lc ring native opt-out)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo fetch --quiet --locked
variants=("${@:-aws-lc ring native opt-out}")
# shellcheck disable=SC2206
variants=(${variants[*]})
features() {
  case "$1" in
    aws-lc) echo "" ;;                                  # the defaults: codegen + rustls-aws-lc
    ring) echo "--no-default-features --features codegen,rustls-ring" ;;
    native) echo "--no-default-features --features codegen,native-tls" ;;
    opt-out) echo "--no-default-features --features rustls-aws-lc" ;;  # the snapshot, no generator
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}
for v in "${variants[@]}"; do
  dir="$root/target/cold-build/$v"
  rm -rf "$dir"
  # shellcheck disable=SC2046
  t0=$(date +%s.%N)
  CARGO_TARGET_DIR="$dir" cargo build --quiet --offline --locked -p kaiten-client $(features "$v") --timings >/dev/null 2>&1
  t1=$(date +%s.%N)
  # shellcheck disable=SC2046
  syn=$(cargo tree --offline --locked -p kaiten-client $(features "$v") -e normal,build 2>/dev/null \
    | grep -oE 'syn v[0-9]+' | sort -u | tr '\n' ' ')
  printf '%s: %.1f s wall; syn in the graph: %s\n' "$v" "$(echo "$t1 - $t0" | bc)" "$syn"
  python3 - "$dir" <<'PY'
import glob, json, re, sys
f = sorted(glob.glob(sys.argv[1] + "/cargo-timings/cargo-timing-*.html"))[-1]
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", open(f).read(), re.S).group(1))
print(f"  {len(units)} units, {sum(u['duration'] for u in units):.0f} s of unit time")
for u in sorted(units, key=lambda u: -u["duration"])[:10]:
    print(f"  {u['duration']:6.1f} s  {u['name']} {u['version']} {u.get('target', '').strip()}")
PY
done
