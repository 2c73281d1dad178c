#!/usr/bin/env bash
# Prepare this machine to build and test pipesim. Idempotent: on a machine that
# already has everything it only checks, and finishes in about a second.
#
# Installs (only what is missing):
#   - the wasm32-unknown-unknown Rust target            (rustup)
#   - Debian Chromium + chromedriver                     (apt-get; needs root)
#   - wasm-bindgen-cli, exactly Cargo.lock's wasm-bindgen (cargo install)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }
start=$SECONDS

# --- Rust target for the browser build and the wasm tests -------------------
if rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown'; then
  say "rust target wasm32-unknown-unknown: present"
else
  say "rust target wasm32-unknown-unknown: installing"
  rustup target add wasm32-unknown-unknown
fi

# --- Headless browser for wasm-bindgen-test (Debian's Chromium) -------------
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  say "chromium + chromedriver: present ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
else
  say "chromium + chromedriver: installing with apt-get"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "[setup] need root (or sudo) for apt-get" >&2; exit 1; }
    SUDO="sudo"
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    chromium chromium-driver
fi

# --- wasm-bindgen-cli: must equal the wasm-bindgen in Cargo.lock exactly ----
wb_version=""
if [[ -f Cargo.lock ]]; then
  wb_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
fi
if [[ -z "$wb_version" ]]; then
  # No lockfile yet: use the "=x.y.z" pin in Cargo.toml, else the known-good version.
  wb_version=$(sed -n 's/^wasm-bindgen *= *"=\([0-9.]*\)".*/\1/p' Cargo.toml | head -n1)
fi
wb_version=${wb_version:-0.2.130}

have=""
if command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  have=$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')
fi
if [[ "$have" == "$wb_version" ]]; then
  say "wasm-bindgen-cli $wb_version: present"
else
  say "wasm-bindgen-cli $wb_version: installing (found '${have:-none}'; takes ~3 min cold)"
  # No --locked: the CLI's own lockfile pins a crate version crates.io no longer serves.
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# --- Web app tooling (trunk, npm packages such as binaryen's wasm-opt) ------
# Added by a later issue. Keep each step check-then-install like the ones above.

say "done in $((SECONDS - start)) s"
