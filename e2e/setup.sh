#!/usr/bin/env bash
# Installs what the end-to-end tests need, once per machine: Debian's Chromium, Neovim and
# ripgrep, and the VS Code server (npm package code-server) with playwright-core in a cache
# folder outside the project. Prints the cache folder's path on its last line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${MLSD_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mlsd-e2e}"

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v nvim >/dev/null || missing+=(neovim)
command -v rg >/dev/null || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e setup: installing ${missing[*]}" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

mkdir -p "$cache"
if ! cmp -s "$here/harness/package.json" "$cache/package.json" || [ ! -f "$cache/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
  echo "e2e setup: installing the VS Code server into $cache (a few minutes, once)" >&2
  cp "$here/harness/package.json" "$cache/package.json"
  # @vscode/ripgrep downloads rg from GitHub at install time: hand it Debian's instead.
  tmp="${TMPDIR:-/tmp}"
  seed="$tmp/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$seed"
  tar -czf "$seed/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  (cd "$cache" && npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --no-package-lock >&2)
fi
test -f "$cache/node_modules/code-server/lib/vscode/out/server-main.js"
echo "$cache"
