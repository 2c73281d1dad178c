#!/usr/bin/env bash
# The browser benchmark of calibration (BENCHMARKS.md): builds the release app into dist/ with
# trunk (as scripts/e2e.sh does), then runs tests/e2e/bench_calibrate.mjs in headless Debian
# Chromium: a 100,000-row and a 200,000-row CRM export read, reviewed and fitted.
# Needs `bash scripts/setup.sh` first.
#
#   bash scripts/bench-calibrate.sh                      build, then measure (3 runs, medians)
#   BENCH_SKIP_BUILD=1 bash scripts/bench-calibrate.sh --runs 5 --rows 100000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  trunk build --release
fi
exec node tests/e2e/bench_calibrate.mjs "$@"
