#!/bin/sh
# Runs a command under Node >= 22.12 (Astro 7's floor).
# A machine whose Node is older gets Node 22 from the npm registry (the node-<os>-<arch>
# package ships the binary), kept in .tools/ so later runs start at once.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)

node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_is_recent; then
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) os="" ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) arch="" ;; esac
  if [ -z "$os" ] || [ -z "$arch" ]; then
    echo "Inside await needs Node 22.12 or newer; install it (see .nvmrc) and run again." >&2
    exit 1
  fi
  pkg="node-$os-$arch"
  bin="$root/.tools/node_modules/$pkg/bin"
  if [ ! -x "$bin/node" ]; then
    echo "Node $(node -v 2>/dev/null || echo 'not found') is older than 22.12: fetching $pkg@22 from the npm registry into .tools/" >&2
    npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$root/.tools" "$pkg@22" >&2
  fi
  PATH="$bin:$PATH"
  export PATH
fi
exec "$@"
