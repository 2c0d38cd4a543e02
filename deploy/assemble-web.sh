#!/usr/bin/env bash
# Lays out the web root that deploy/nginx.conf serves, from the console's and the widget's builds:
#   <root>/index.html, assets/…    the console (admin/dist)
#   <root>/config.js               the console's runtime config: the API on the same origin
#   <root>/widget/livechat-oss-widget.umd.js
# Usage: npm run build -w admin && npm run build -w widget && deploy/assemble-web.sh /var/www/livechat
set -euo pipefail
root_dir="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:?usage: assemble-web.sh <web root>}"
admin_dist="$root_dir/admin/dist"
widget_file="$root_dir/widget/dist/livechat-oss-widget.umd.js"

[[ -f "$admin_dist/index.html" ]] || { echo "missing $admin_dist: run npm run build -w admin" >&2; exit 1; }
[[ -f "$widget_file" ]] || { echo "missing $widget_file: run npm run build -w widget" >&2; exit 1; }

mkdir -p "$dest/widget"
cp -R "$admin_dist/." "$dest/"
cp "$root_dir/deploy/web/config.js" "$dest/config.js"
cp "$widget_file" "$dest/widget/"
echo "web root ready in $dest"
