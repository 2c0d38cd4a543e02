#!/usr/bin/env bash
# Restores a backup made by backup.sh into a NEW database (it refuses an existing one), and the
# uploaded files when given their archive. Point the API's DATABASE_URL (and UPLOAD_DIR) at the
# result once you have checked it.
#
# Usage: deploy/restore.sh <livechat-….dump> <new database name> [<livechat-…-uploads.tar.gz>]
# Environment:
#   DATABASE_URL   any database on the target server, used to create the new one
#                  (unset: libpq's PGHOST, PGUSER…, with the maintenance database `postgres`)
#   UPLOAD_DIR     where to unpack the uploads archive (required with one; must be empty or new)
#   PG_RESTORE, CREATEDB   the commands (default pg_restore, createdb)
set -euo pipefail

dump="${1:?usage: restore.sh <dump> <new database name> [uploads.tar.gz]}"
target="${2:?usage: restore.sh <dump> <new database name> [uploads.tar.gz]}"
uploads="${3:-}"
read -r -a pg_restore <<<"${PG_RESTORE:-pg_restore}"
read -r -a createdb <<<"${CREATEDB:-createdb}"

[[ -f "$dump" ]] || { echo "no such dump: $dump" >&2; exit 1; }
[[ "$target" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "database name must be letters, digits and _" >&2; exit 1; }
if [[ -n "$uploads" ]]; then
  [[ -f "$uploads" ]] || { echo "no such uploads archive: $uploads" >&2; exit 1; }
  [[ -n "${UPLOAD_DIR:-}" ]] || { echo "set UPLOAD_DIR to restore the uploads" >&2; exit 1; }
  if [[ -d "$UPLOAD_DIR" && -n "$(ls -A "$UPLOAD_DIR")" ]]; then
    echo "UPLOAD_DIR $UPLOAD_DIR is not empty; restore into a new directory" >&2
    exit 1
  fi
fi

# The new database's URL: DATABASE_URL with its database name swapped, query string kept.
target_args=(--dbname="$target")
if [[ -n "${DATABASE_URL:-}" ]]; then
  base="${DATABASE_URL%%\?*}"
  query="${DATABASE_URL#"$base"}"
  target_args=(--dbname="${base%/*}/$target$query")
  "${createdb[@]}" --maintenance-db="$DATABASE_URL" "$target"
else
  "${createdb[@]}" "$target"
fi

# --no-owner: the restoring user owns everything, whoever owned it on the old server.
# --exit-on-error: a partial restore fails loudly instead of looking complete.
"${pg_restore[@]}" --no-owner --no-privileges --exit-on-error "${target_args[@]}" <"$dump"
echo "database restored into $target"

if [[ -n "$uploads" ]]; then
  mkdir -p "$UPLOAD_DIR"
  tar -xzf "$uploads" -C "$UPLOAD_DIR"
  echo "uploads restored into $UPLOAD_DIR ($(find "$UPLOAD_DIR" -type f | wc -l) files)"
fi
