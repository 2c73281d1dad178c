#!/usr/bin/env bash
# Prepare this machine to build and test pipesim. Idempotent: on a machine that
# already has everything it only checks, and finishes in about a second.
#
# Installs (only what is missing):
#   - the wasm32-unknown-unknown Rust target            (rustup)
#   - Debian Chromium + chromedriver, and fonts-noto-cjk  (apt-get; needs root)
#   - wasm-bindgen-cli, exactly Cargo.lock's wasm-bindgen (cargo install)
#   - trunk 0.21.14, the browser app's bundler            (cargo install --locked; ~7.5 min cold)
#   - tests/e2e/node_modules from package-lock.json: binaryen's wasm-opt (which trunk uses) and
#     playwright-core (which drives /usr/bin/chromium; it never downloads a browser)  (npm ci)
#   - every crate of Cargo.lock, for all targets (cargo fetch), as trunk builds with --offline
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

# --- Headless browser for wasm-bindgen-test (Debian's Chromium), and CJK fonts ---
# fonts-noto-cjk: the Chinese interface (issue 18) must render in the page and in the charts.
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [[ ${#missing[@]} -eq 0 ]]; then
  say "chromium + chromedriver + fonts-noto-cjk: present ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
else
  say "installing with apt-get: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "[setup] need root (or sudo) for apt-get" >&2; exit 1; }
    SUDO="sudo"
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
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

# --- trunk: builds and serves the browser app (Trunk.toml) ------------------
trunk_version=0.21.14   # 0.22 needs a newer rustc than this machine's 1.95
have=$(trunk --version 2>/dev/null || true)
if [[ "$have" == "trunk $trunk_version" ]]; then
  say "trunk $trunk_version: present"
else
  say "trunk $trunk_version: installing (found '${have:-none}'; takes ~7.5 min cold)"
  cargo install --locked trunk --version "$trunk_version" --force
fi

# --- npm packages of the e2e test, and the wasm-opt that trunk uses ---------
# tests/e2e/package-lock.json pins binaryen (its node_modules/.bin/wasm-opt is the one
# Trunk.toml asks for: "version_132") and playwright-core (no browser download: it drives
# Debian's /usr/bin/chromium). scripts/serve.sh and scripts/e2e.sh put
# tests/e2e/node_modules/.bin first on PATH.
if ! command -v npm >/dev/null 2>&1; then
  say "node + npm: installing with apt-get"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm
fi
e2e_dir=tests/e2e
stamp="$e2e_dir/node_modules/.pipesim-lock.sha256"
lock_sum=$(sha256sum "$e2e_dir/package-lock.json" | cut -d' ' -f1)
wasm_opt="$e2e_dir/node_modules/.bin/wasm-opt"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_sum" && -x "$wasm_opt" ]]; then
  say "npm packages of $e2e_dir: present"
else
  say "npm packages of $e2e_dir: installing (npm ci)"
  (cd "$e2e_dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > "$stamp"
fi
wasm_opt_version=$("$wasm_opt" --version 2>/dev/null || true)
case "$wasm_opt_version" in
  *"(version_132)"*) say "wasm-opt: $wasm_opt ($wasm_opt_version)" ;;
  *) echo "[setup] $wasm_opt --version printed '$wasm_opt_version'; Trunk.toml wants version_132" >&2; exit 1 ;;
esac

# --- crates for every target: trunk builds with cargo --offline --------------
# (`cargo build` downloads only what one target needs; fetch them all once.)
say "crates of Cargo.lock: fetching what is missing (cargo fetch)"
cargo fetch --quiet

say "done in $((SECONDS - start)) s"
