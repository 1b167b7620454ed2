#!/bin/sh
# `npm test`: everything CI checks, in the order that fails fastest.
set -eu
cd "$(dirname -- "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
step() { printf '\n== %s\n' "$*"; }

step "install"
sh scripts/install.sh
node scripts/ensure-chromium.ts

step "lint and format (biome)"
npx biome ci .

step "typecheck (astro check, tsc)"
npx astro check
npx tsc -p playground-runtime

step "runtime, compiler and CPython-twin tests (vitest)"
npx vitest run

step "production build under /inside-await/ (a warning fails it, so a new one is noticed)"
log=$(mktemp)
if ! BASE_PATH=/inside-await/ npx astro build >"$log" 2>&1; then cat "$log"; exit 1; fi
cat "$log"
if grep -q '\[WARN\]' "$log"; then
  echo "The build printed warnings (above); a clean build prints none." >&2
  exit 1
fi

step "end-to-end tests in Chromium (playwright)"
CI=${CI:-} npx playwright test
