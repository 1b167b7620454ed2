#!/bin/sh
# Installs the npm dependencies when node_modules is missing or older than the lockfile.
set -eu
cd "$(dirname -- "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
