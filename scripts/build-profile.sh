#!/usr/bin/env bash
# A release build of the app whose wasm keeps its function names, for CPU profiles of the page
# (`node tests/e2e/trace_run.mjs --profile --dist dist-profile`): index.html with
# `data-keep-debug data-wasm-opt-params="--debuginfo"` on its rust links, built into
# dist-profile/. Both index.profile.html and dist-profile/ are ignored by git. Needs
# `bash scripts/setup.sh` first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
sed 's/data-wasm-opt="3"/data-wasm-opt="3" data-keep-debug data-wasm-opt-params="--debuginfo"/g' \
  index.html > index.profile.html
exec trunk build --release --dist dist-profile index.profile.html
