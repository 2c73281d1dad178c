#!/usr/bin/env bash
# The browser benchmark (BENCHMARKS.md): builds the release app into dist/ with trunk, then runs
# tests/e2e/bench.mjs in headless Debian Chromium. Needs `bash scripts/setup.sh` first.
#
#   bash scripts/bench-browser.sh            build, then measure (3 runs each, medians)
#   bash scripts/bench-browser.sh --runs 5   more runs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  trunk build --release
fi
exec node tests/e2e/bench.mjs "$@"
