#!/usr/bin/env bash
# One command to build the standalone app: dist/etown-desktop/ and its zip (see tools/build_bundle.py).
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-python3}" tools/build_bundle.py "$@"
