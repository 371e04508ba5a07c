#!/usr/bin/env bash
# Set up (first time) and start ATAMA. Options go to the app, e.g. ./run.sh --demo or --db FIL.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
setup_atama
exec .venv/bin/python -m app "$@"
