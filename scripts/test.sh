#!/usr/bin/env bash
# Run every test of pipesim: native (unit, integration, doc), a compile check
# of the benches, then the wasm32 tests in headless Debian Chromium.
# Exits non-zero on the first failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

bash scripts/setup.sh

step() { printf '\n==> %s\n' "$*"; }

step "native tests: unit, CLI, integration and doc tests (cargo test)"
cargo test

# Benches only need to compile here; the test profile reuses the build above.
step "benches compile (cargo test --benches --no-run)"
cargo test --benches --no-run

# The runner (wasm-bindgen-test-runner) and CHROMEDRIVER come from
# .cargo/config.toml; browser options come from webdriver.json.
step "wasm tests in headless Chromium (cargo test --target wasm32-unknown-unknown --test wasm_determinism)"
cargo test --target wasm32-unknown-unknown --test wasm_determinism
