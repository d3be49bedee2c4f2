#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) with the UI harness: the real extension,
# installed from its VSIX into VS Code 1.139.1, showing the local test engine. Runs the UI suites too.
set -euo pipefail
cd "$(dirname "$0")/.."
STEVEDORE_UI_DOCS_SHOTS="$PWD/docs/screenshots" bash test/ui/run.sh
ls -l docs/screenshots/
