#!/usr/bin/env bash
# Serve the browser app at http://127.0.0.1:8080 (trunk's dev server: rebuilds and reloads the
# page when index.html, Trunk.toml, Cargo.*, src/, styles/ or presets/ change). Ctrl-C stops it.
#
#   bash scripts/serve.sh            release build: the engine at full speed, as users get it
#                                    (first build ~1 min, a rebuild ~10-60 s: fat LTO + wasm-opt)
#   bash scripts/serve.sh --debug    debug build: faster rebuilds, much slower simulation runs
#   PORT=9000 bash scripts/serve.sh  another port; any further arguments go to `trunk serve`
#
# Run `bash scripts/setup.sh` once first (it installs trunk, wasm-bindgen and wasm-opt).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# trunk runs offline (Trunk.toml) and takes its tools from PATH at exactly the pinned versions:
# wasm-opt from the npm package binaryen, wasm-bindgen from cargo's bin folder.
export PATH="$PWD/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

for tool in trunk wasm-bindgen; do
  command -v "$tool" >/dev/null || { echo "[serve] no $tool: run bash scripts/setup.sh first" >&2; exit 1; }
done
[[ -x tests/e2e/node_modules/.bin/wasm-opt ]] \
  || { echo "[serve] no wasm-opt in tests/e2e/node_modules: run bash scripts/setup.sh first" >&2; exit 1; }

mode=(--release)
if [[ "${1:-}" == "--debug" ]]; then
  mode=()
  shift
fi

port="${PORT:-8080}"
# trunk serve injects a live-reload script and websocket; the CSP hook allows them only here.
export PIPESIM_SERVE=1
echo "[serve] building, then serving on http://127.0.0.1:$port (${mode[*]:---debug} build)"
exec trunk serve "${mode[@]}" --address 127.0.0.1 --port "$port" "$@"
