#!/usr/bin/env bash
# Set up (first time) and run every test, headless. Extra options go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
setup_atama test
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
