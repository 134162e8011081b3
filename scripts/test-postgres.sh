#!/usr/bin/env bash
# PostgreSQL parity: the server test suite against a real PostgreSQL server (a private cluster on
# 127.0.0.1 that this script starts and stops), as well as against PGlite in `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d /tmp/portsafe-pg-XXXXXX)
port=${PORTSAFE_PG_TEST_PORT:-55433}
cleanup() { bash scripts/pg-cluster.sh stop "$dir" || true; rm -rf "$dir"; }
trap cleanup EXIT
url=$(bash scripts/pg-cluster.sh start "$dir" "$port")
echo "PostgreSQL parity run on $url"
TEST_DATABASE_URL="$url" npx vitest run --project server "$@"
