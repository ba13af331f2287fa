#!/usr/bin/env bash
# Kaiten's official Python SDK (kaitencloud 1.0.0, pinned with its dependencies in
# scripts/requirements-bench.txt) against kaiten-client, running the same create/get
# workload against the same loopback bench-server process, at concurrency 1 and 16.
# Prints requests/s for both and the ratio (and, for reference, the raw-reqwest floor's),
# and each client process's CPU time per request (the server's share excluded). Network: PyPI for the venv, then loopback only.
#
# usage: scripts/bench-python.sh [requests]      (default 20000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
requests=${1:-20000}
venv="$root/target/bench-venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$root/scripts/requirements-bench.txt"
cargo build --quiet --release -p bench --bins --manifest-path "$root/Cargo.toml"
bin="$root/target/release"

# The server runs until its stdin closes.
coproc SERVER { "$bin/bench-server"; }
read -r url <&"${SERVER[0]}"
trap 'exec {SERVER[1]}>&-; wait "$SERVER_PID" 2>/dev/null || true' EXIT
echo "bench-server at $url (pid $SERVER_PID)"

for concurrency in 1 16; do
  floor=$("$bin/kaiten-load" "$url" "$requests" "$concurrency" floor)
  rust=$("$bin/kaiten-load" "$url" "$requests" "$concurrency")
  python=$("$venv/bin/python" "$root/scripts/kaitencloud_load.py" "$url" "$requests" "$concurrency")
  echo "$floor"
  echo "$rust"
  echo "$python"
  if [ "$concurrency" -gt 1 ]; then
    # The SDK's sync client shared by threads too: the ratio is taken against
    # whichever of the SDK's two ways is faster.
    threads=$("$venv/bin/python" "$root/scripts/kaitencloud_load.py" "$url" "$requests" "$concurrency" threads)
    echo "$threads"
  else
    threads=$python
  fi
  python3 - "$rust" "$python" "$threads" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
p = max((json.loads(a) for a in sys.argv[2:]), key=lambda x: x['requests_per_second'])
print(f"concurrency {r['concurrency']}: kaiten-client {r['requests_per_second']} req/s, "
      f"{p['client']} {p['requests_per_second']} req/s (the SDK's faster way), "
      f"ratio {r['requests_per_second'] / p['requests_per_second']:.1f}x; "
      f"client CPU per request {r['client_cpu_us_per_request']} µs vs {p['client_cpu_us_per_request']} µs, "
      f"ratio {p['client_cpu_us_per_request'] / max(r['client_cpu_us_per_request'], 0.1):.1f}x")
PY
done
