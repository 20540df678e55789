#!/usr/bin/env bash
# N app replicas behind HAProxy on this machine (loopback only unless --bind says otherwise).
# Usage: bash deploy/local.sh [N] [--port 8500] [--bind 127.0.0.1] [--catalog FILE] [--frame-ancestors "https://intranet.example.org"]
# Ctrl+C or SIGTERM stops the balancer and every replica. See deploy/local.py.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v haproxy >/dev/null && [ ! -x /usr/sbin/haproxy ]; then
  echo "Installing HAProxy (Debian package)..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq haproxy >/dev/null
fi

# exec: the signal that stops this script reaches the Python process that owns the replicas.
exec python -m deploy.local "$@"
