#!/usr/bin/env bash
# Prints the folder of a Node 24 binary: the one on PATH if it is 24, else one fetched by npm.
# Usage: export PATH="$(scripts/node24.sh):$PATH"
set -euo pipefail
if command -v node >/dev/null && [[ "$(node -p 'process.versions.node.split(".")[0]')" == "24" ]]; then
  dirname "$(command -v node)"; exit 0
fi
bin=$(npm exec -y --package=node@24 -c 'node -p process.execPath' 2>/dev/null | tail -n 1)
[[ -x "$bin" ]] || { echo "node24.sh: could not obtain a Node 24 binary through npm" >&2; exit 1; }
dirname "$bin"
