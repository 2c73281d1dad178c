#!/usr/bin/env bash
# The browser benchmark of the analyses (BENCHMARKS.md): builds the release app into dist/ with
# trunk (as scripts/e2e.sh does), then runs tests/e2e/bench_analysis.mjs in headless Debian
# Chromium: a tornado, a sweep and two goal seeks on series-a, each timed with its longest
# main-thread task. Needs `bash scripts/setup.sh` first.
#
#   bash scripts/bench-analysis.sh                      build, then measure (3 runs, medians)
#   BENCH_SKIP_BUILD=1 bash scripts/bench-analysis.sh --runs 5 --only tornado,sweep
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  trunk build --release
fi
exec node tests/e2e/bench_analysis.mjs "$@"
