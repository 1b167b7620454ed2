#!/bin/sh
# `npm start`: install what is missing, then serve the site with live reload.
set -eu
cd "$(dirname -- "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
sh scripts/install.sh
exec npx astro dev "$@"
