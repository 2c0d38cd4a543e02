#!/usr/bin/env bash
# Backs up Livechat OSS: the database as a pg_dump custom-format archive and, when UPLOAD_DIR is
# set, the uploaded files as a tar.gz beside it with the same timestamp. Keeps the newest
# BACKUP_KEEP backups and deletes the rest. Run it nightly from cron, e.g.
#   15 2 * * *  DATABASE_URL=postgresql://… UPLOAD_DIR=/srv/livechat/uploads /opt/livechat/deploy/backup.sh
#
# Environment:
#   DATABASE_URL   postgresql://user:pass@host:5432/db (unset: libpq's PGHOST, PGUSER, PGDATABASE…)
#   BACKUP_DIR     where backups go (default ./backups)
#   BACKUP_KEEP    how many backups to keep (default 14)
#   UPLOAD_DIR     the API's UPLOAD_DIR; unset: files are not backed up
#   PG_DUMP        the pg_dump command (default pg_dump), e.g. "docker compose exec -T postgres pg_dump -U livechat"
set -euo pipefail

backup_dir="${BACKUP_DIR:-./backups}"
keep="${BACKUP_KEEP:-14}"
read -r -a pg_dump <<<"${PG_DUMP:-pg_dump}"
[[ "$keep" =~ ^[1-9][0-9]*$ ]] || { echo "BACKUP_KEEP must be a positive number, got '$keep'" >&2; exit 1; }

mkdir -p "$backup_dir"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dump="$backup_dir/livechat-$stamp.dump"
uploads="$backup_dir/livechat-$stamp-uploads.tar.gz"

# Written under a temporary name and renamed when complete, so a failed run never leaves
# something that looks like a backup (nor makes rotation delete a good one).
trap 'rm -f "$dump.partial" "$uploads.partial"' EXIT
"${pg_dump[@]}" --format=custom ${DATABASE_URL:+"--dbname=$DATABASE_URL"} >"$dump.partial"
mv "$dump.partial" "$dump"
echo "database: $dump ($(du -h "$dump" | cut -f1))"

if [[ -n "${UPLOAD_DIR:-}" ]]; then
  [[ -d "$UPLOAD_DIR" ]] || { echo "UPLOAD_DIR $UPLOAD_DIR is not a directory" >&2; exit 1; }
  tar -czf "$uploads.partial" -C "$UPLOAD_DIR" .
  mv "$uploads.partial" "$uploads"
  echo "uploads:  $uploads ($(du -h "$uploads" | cut -f1))"
fi

# Rotation: timestamps sort by name; everything older than the newest $keep dumps goes.
mapfile -t old < <(find "$backup_dir" -maxdepth 1 -name 'livechat-*.dump' -printf '%f\n' | sort -r | tail -n +"$((keep + 1))")
for name in "${old[@]}"; do
  rm -f "$backup_dir/$name" "$backup_dir/${name%.dump}-uploads.tar.gz"
  echo "rotated out: $name"
done
