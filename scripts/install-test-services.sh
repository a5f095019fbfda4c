#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK on a fresh Debian machine: PostgreSQL's binaries (the Hangfire
# job-storage tests start a private server from them). Run once, as root or with sudo. .ci/run does the same.
set -euo pipefail
if ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  echo "PostgreSQL is installed: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
echo "PostgreSQL installed: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
