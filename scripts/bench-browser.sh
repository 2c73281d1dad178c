#!/usr/bin/env bash
# The browser benchmark (BENCHMARKS.md): builds the release app with the `bench` feature (the
# worker's floor request) into target/dist-bench/ with trunk, then runs tests/e2e/bench.mjs in
# headless Debian Chromium. dist/, the app people get, is left as it is and never has the
# feature. Needs `bash scripts/setup.sh` first.
#
#   bash scripts/bench-browser.sh            build, then measure (3 runs each, medians)
#   bash scripts/bench-browser.sh --runs 5   more runs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  # --features replaces Trunk.toml's `web` (index.html's links name no features of their own).
  trunk build --release --features web,bench --dist target/dist-bench
fi
exec node tests/e2e/bench.mjs "$@"
