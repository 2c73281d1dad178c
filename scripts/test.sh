#!/usr/bin/env bash
# Run every test of pipesim: native (unit, integration, doc, and the web app's components), a
# compile check of the benches, the wasm32 tests in headless Debian Chromium, then the end-to-end
# test of the release browser app. Exits non-zero on the first failure; the last line is the
# e2e test's `e2e: N passed, M failed`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

bash scripts/setup.sh

step() { printf '\n==> %s\n' "$*"; }

# --features web adds the browser app's modules, so its component tests (rendered natively with
# yew's ssr) run here too; the pure core's tests are the same as without it. The fuzz corpus
# replay (feature `fuzzing`) and the benches (feature `bench`) need no flag: Cargo.toml's
# dev-dependency on the crate itself turns both on for every test, bench and example build, so
# a plain `cargo test` replays the corpus too, while `cargo build` and the wasm leave them out.
step "native tests: unit, CLI, integration, component and doc tests (cargo test --features web)"
cargo test --features web

# Benches only need to compile here. This build is also the check that the core and the CLI
# build without the `web` feature.
step "benches compile (cargo test --benches --no-run)"
cargo test --benches --no-run

# The runner (wasm-bindgen-test-runner) and CHROMEDRIVER come from
# .cargo/config.toml; browser options come from webdriver.json. wasm_determinism runs in
# Chromium; wasm_charts in Node, where there is no DOM for the charts to lean on.
step "wasm tests (cargo test --target wasm32-unknown-unknown --test wasm_determinism --test wasm_charts)"
cargo test --target wasm32-unknown-unknown --test wasm_determinism --test wasm_charts

if [[ -f tests/web_browser.rs ]]; then
  # Release: the test runs the default 2,000-trial scenario through the app, which an
  # unoptimised wasm build takes minutes to do.
  step "web app tests in headless Chromium (cargo test --release --target wasm32-unknown-unknown --features web --test web_browser)"
  cargo test --release --target wasm32-unknown-unknown --features web --test web_browser
fi

# Builds dist/ with `trunk build --release` and walks a person's path through it.
step "end-to-end test of the release app (scripts/e2e.sh)"
bash scripts/e2e.sh
