#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster on 127.0.0.1 for parity tests and benchmarks.
#   scripts/pg-cluster.sh start DIR PORT   → prints the DATABASE_URL
#   scripts/pg-cluster.sh stop DIR
# Uses Debian's postgresql package; runs the server as the `postgres` user when we are root,
# because PostgreSQL refuses to run as root.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
cmd=$1 dir=$2
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    port=$3
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_pg "$bin/initdb" -D "$dir" -U portsafe --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -o "-h 127.0.0.1 -p $port -k /tmp -c fsync=on" start >/dev/null
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U portsafe portsafe 2>/dev/null || true
    echo "postgres://portsafe@127.0.0.1:$port/portsafe"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
