#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster and creates the test role (idempotent).
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start
fi
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'perspektive') THEN
    CREATE ROLE perspektive LOGIN CREATEDB PASSWORD 'perspektive';
  END IF;
END $$;
SQL
