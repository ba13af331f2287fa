#!/usr/bin/env bash
# Build cost for a downstream user of kaiten-client, measured three ways, each a cold
# debug build in a fresh target dir (median of N runs, default 3):
#   default   kaiten-client with build-time generation (build.rs renders the spec with
#             the optional build-dependency codegen: progenitor, typify, YAML)
#   opt-out   kaiten-client with default-features = false, features = ["rustls-aws-lc"]
#             (the committed snapshot; build.rs compiles to an empty main)
#   baseline  a copy of kaiten-client with the snapshot checked in as plain source:
#             no build script, no features (what "a crate with checked-in code" costs)
# Then, on the default path: a no-op rebuild, and a spec edit to rebuilt.
# Crates are fetched first; the builds themselves run --offline.
#
# usage: scripts/build-cost.sh [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
work="$root/target/build-cost"
rm -rf "$work"
mkdir -p "$work"

# The baseline: kaiten-client's sources with the snapshot as a module and the
# workspace-inherited fields written out.
base="$work/kaiten-baseline"
mkdir -p "$base/src" "$base/generated"
cp "$root/crates/kaiten/src/lib.rs" "$base/src/lib.rs"
cp "$root/crates/kaiten/README.md" "$base/README.md"
cp "$root/crates/kaiten/generated/kaiten.rs" "$base/generated/kaiten.rs"
python3 - "$base/src/lib.rs" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
cfg = '    #[cfg(feature = "codegen")]\n    include!(concat!(env!("OUT_DIR"), "/kaiten.rs"));\n    #[cfg(not(feature = "codegen"))]\n'
assert s.count(cfg) == 1, "crates/kaiten/src/lib.rs no longer has the cfg'd OUT_DIR/snapshot include! lines"
s = s.replace(cfg, '')
s = s.replace('/// The workspace README', '/// (baseline copy)\n/// The workspace README').split('/// (baseline copy)')[0]
open(p, 'w').write(s)
PY
cat > "$base/Cargo.toml" <<TOML
[package]
name = "kaiten-client"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
client-runtime = { path = "$root/crates/runtime", features = ["rustls-aws-lc"] }
progenitor-client = "=0.15.1"
reqwest = { version = "0.13", default-features = false, features = ["json", "query", "stream", "http2"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
chrono = { version = "0.4", default-features = false, features = ["serde", "std", "clock"] }
regress = "0.12"
futures = "0.3"
bytes = "1"

[features]
# The snapshot's `cfg_attr(feature = "schemars", …)`s name it; off here.
schemars = []
TOML

make_downstream() { # name, dependency line
  local dir="$work/$1"
  mkdir -p "$dir/src"
  cat > "$dir/Cargo.toml" <<TOML
[package]
name = "downstream-$1"
version = "0.1.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
$2
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }
TOML
  cat > "$dir/src/main.rs" <<'RS'
#[tokio::main]
async fn main() {
    let kaiten = kaiten_client::Client::new("http://127.0.0.1:9", "ksh_x").expect("client");
    let _ = kaiten.customers().get("x").await;
}
RS
  cp "$root/Cargo.lock" "$dir/Cargo.lock"
  (cd "$dir" && cargo fetch --quiet)
}
make_downstream default "kaiten-client = { path = \"$root/crates/kaiten\" }"
make_downstream opt-out "kaiten-client = { path = \"$root/crates/kaiten\", default-features = false, features = [\"rustls-aws-lc\"] }"
make_downstream baseline "kaiten-client = { path = \"$base\" }"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }
cold() { # variant -> prints seconds
  local dir="$work/$1" t0 t1
  rm -rf "$dir/target"
  t0=$(now)
  (cd "$dir" && cargo build --quiet --offline)
  t1=$(now)
  echo "$t1 - $t0" | bc
}

# Interleaved (run i builds every variant, in a rotating order), so drift in
# machine load over the measurement hits every variant alike.
declare -A times med
variants=(default opt-out baseline)
for i in $(seq "$runs"); do
  for k in 0 1 2; do
    variant=${variants[$(( (i + k) % 3 ))]}
    t=$(cold "$variant")
    times[$variant]="${times[$variant]:-} $t"
    echo "run $i: cold $variant $t s"
  done
done
for variant in "${variants[@]}"; do
  med[$variant]=$(printf '%s\n' ${times[$variant]} | median)
  echo "cold $variant:${times[$variant]} s (median ${med[$variant]} s)"
  if [ "$variant" != default ]; then
    (cd "$work/$variant" && cargo tree --offline -e normal,build 2>/dev/null | grep -cE ' (progenitor-impl|typify|serde_yaml|serde_yaml_ng|openapiv3) ' || true) \
      | sed "s/^/  generator crates in the $variant build graph: /"
  fi
done
echo "opt-out vs baseline, ratio of medians: $(echo "scale=4; (${med[opt-out]} / ${med[baseline]} - 1) * 100" | bc) %"
echo "default vs baseline, ratio of medians: $(echo "scale=4; (${med[default]} / ${med[baseline]} - 1) * 100" | bc) %"
# Paired: the same round's builds ran back to back, so their ratio cancels
# most of the drift that the medians above still carry.
paired() { # variant -> median over rounds of (variant / baseline - 1) * 100
  python3 - "${times[$1]}" "${times[baseline]}" <<'PY'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
print(f"{statistics.median((x / y - 1) * 100 for x, y in zip(a, b)):.2f}")
PY
}
echo "opt-out vs baseline, median of per-round ratios: $(paired opt-out) %"
echo "default vs baseline, median of per-round ratios: $(paired default) %"

# Default path: no-op rebuild, and a spec edit to rebuilt (the edit changes a
# description, so the generated code really changes; the spec is restored after).
dir="$work/default"
(cd "$dir" && cargo build --quiet --offline)
noop=()
for i in $(seq "$runs"); do
  t0=$(now); (cd "$dir" && cargo build --quiet --offline); t1=$(now)
  noop+=("$(echo "$t1 - $t0" | bc)")
done
echo "no-op rebuild (default): ${noop[*]} s (median $(printf '%s\n' "${noop[@]}" | median) s)"
spec="$root/specs/kaiten.yaml"
cp "$spec" "$work/kaiten.yaml.orig"
trap 'cp "$work/kaiten.yaml.orig" "$spec"' EXIT
edit=()
for i in $(seq "$runs"); do
  sed -i "0,/summary: Get a customer/s//summary: Get a customer (edit $i)/" "$spec"
  t0=$(now); (cd "$dir" && cargo build --quiet --offline); t1=$(now)
  edit+=("$(echo "$t1 - $t0" | bc)")
  cp "$work/kaiten.yaml.orig" "$spec"
done
(cd "$dir" && cargo build --quiet --offline)
echo "spec edit to rebuilt (default): ${edit[*]} s (median $(printf '%s\n' "${edit[@]}" | median) s)"
