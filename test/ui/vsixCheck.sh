#!/usr/bin/env bash
# The VSIX is what users install: unpack it and check that what it ships runs — the bundles are all there and
# the packaged `stevedore` CLI answers `engine` and `lint` from inside the unpacked extension.
# Usage: test/ui/vsixCheck.sh stevedore.vsix   (python3's zipfile unpacks it: no unzip needed)
set -euo pipefail
VSIX=$(realpath "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIR=$(mktemp -d /tmp/stevedore-vsix.XXXXXX)
trap 'rm -rf "$DIR"' EXIT
python3 -m zipfile -e "$VSIX" "$DIR"
EXT="$DIR/extension"
fail() { echo "vsix: $*" >&2; exit 1; }
for f in package.json dist/extension.js dist/server.js dist/cli.js dist/stevedore.cjs media/stevedore.svg LICENSE.txt; do
  [ -f "$EXT/$f" ] || fail "$f is missing from $(basename "$VSIX")"
done
find "$EXT" -name '*.map' -o -name '*.ts' | grep -q . && fail "sources or source maps are packaged: $(find "$EXT" -name '*.map' -o -name '*.ts' | head -3)"

out=$(node "$EXT/dist/stevedore.cjs" engine 2>&1) || fail "packaged 'stevedore engine' failed: $out"
grep -q '^Endpoint:' <<<"$out" || fail "packaged 'stevedore engine' printed no endpoint: $out"
set +e
DOCKER_HOST=unix:///nonexistent.sock node "$EXT/dist/stevedore.cjs" engine >/dev/null 2>"$DIR/err"; rc=$?
set -e
[ $rc -ne 0 ] && grep -q 'no Docker engine at unix:///nonexistent.sock' "$DIR/err" || fail "packaged 'stevedore engine' without an engine: exit $rc, $(cat "$DIR/err")"
set +e
json=$(node "$EXT/dist/stevedore.cjs" lint --offline --format json "$ROOT/test/fixtures/lint/Dockerfile"); rc=$?
set -e
[ $rc -eq 1 ] || fail "packaged 'stevedore lint' on a Dockerfile with problems exited $rc"
node -e 'const r = JSON.parse(process.argv[1]); if (!Array.isArray(r) || !r.length || !r.every((d) => d.rule && d.line >= 1)) process.exit(1)' "$json" \
  || fail "packaged 'stevedore lint --format json' printed no findings: ${json:0:200}"
files=$(find "$EXT" -type f | wc -l)
echo "vsix: $(basename "$VSIX") $(stat -c %s "$VSIX") bytes, $files files in extension/; packaged CLI answers engine and lint"
