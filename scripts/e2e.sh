#!/usr/bin/env bash
# End-to-end test of the browser app: builds the release app into dist/ with trunk, and the same
# app for a sub-path (--public-url /pipesim/) into dist-sub/, then runs tests/e2e/app.e2e.mjs,
# which serves dist/ on 127.0.0.1 from its own process (and dist-sub/ under /pipesim/ for test
# 29) and walks a person's path in headless Debian Chromium (playwright-core). Screenshots
# (1280×800 and 390×844 after each step) go to tests/e2e/artifacts/. The last line is
# `e2e: N passed, M failed`.
#
#   bash scripts/e2e.sh                 build both, then test
#   E2E_SKIP_BUILD=1 bash scripts/e2e.sh   test the dist/ and dist-sub/ that are there
#   bash scripts/e2e.sh --only 03       run the tests whose name contains "03" (args go to the test)
#
# Needs `bash scripts/setup.sh` first (scripts/test.sh runs it).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

[[ -d tests/e2e/node_modules/playwright-core && -x tests/e2e/node_modules/.bin/wasm-opt ]] \
  || { echo "[e2e] tests/e2e/node_modules is missing: run bash scripts/setup.sh first" >&2; exit 1; }

if [[ "${E2E_SKIP_BUILD:-}" != "1" ]]; then
  echo "[e2e] trunk build --release"
  start=$SECONDS
  trunk build --release
  echo "[e2e] built dist/ in $((SECONDS - start)) s: $(cd dist && ls | tr '\n' ' ')"
  # The same cargo build, bound for /pipesim/ (trunk reruns only wasm-bindgen, wasm-opt and the
  # hooks): the app hosted under a sub-path, as on GitHub Pages (README, Hosting).
  echo "[e2e] trunk build --release --public-url /pipesim/ --dist dist-sub"
  start=$SECONDS
  trunk build --release --public-url /pipesim/ --dist dist-sub
  echo "[e2e] built dist-sub/ in $((SECONDS - start)) s"
fi

# The share-link test checks that `pipesim run '<link>'` gives the browser's numbers.
cargo build --quiet --bin pipesim

exec node tests/e2e/app.e2e.mjs "$@"
