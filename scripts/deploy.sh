#!/bin/sh
# Publishes a build to nginx in one step that is safe to repeat: the new files go into a release folder of their
# own, with that build's headers (its CSP hashes) and the shared server settings beside them; then one symlink,
# handbook/live, is switched to the release, the configuration is checked with `nginx -t` (switched back if that
# fails) and nginx reloads. Until the reload nginx serves the old release with the old headers, after it the new
# release with the new headers: a page never meets headers from another build. Readers who still have an old page
# open can load its scripts, because the release also keeps the previous release's content-hashed files.
#
# Usage: sudo scripts/deploy.sh [dist] [headers]        (defaults: dist build/nginx/headers.conf)
# Environment (for a non-standard layout; the tests use it for a copy of /etc/nginx):
#   NGINX_DIR  nginx's configuration folder  (/etc/nginx)
#   SITE_DIR   where releases are kept        (/srv/handbook)
#   NGINX_CMD  the nginx command              (nginx; not NGINX, which nginx itself reads)
#   KEEP       releases kept, the live one included (3)
set -eu

dist=${1:-dist}
headers=${2:-build/nginx/headers.conf}
here=$(cd "$(dirname "$0")/.." && pwd)
NGINX_DIR=${NGINX_DIR:-/etc/nginx}
SITE_DIR=${SITE_DIR:-/srv/handbook}
NGINX_CMD=${NGINX_CMD:-nginx}
KEEP=${KEEP:-3}

fail() {
  echo "deploy: $*" >&2
  exit 1
}

[ -f "$dist/index.html" ] && [ -f "$dist/sw.js" ] || fail "$dist/ is not a built site: run \`npm run build\` first."
[ -f "$headers" ] || fail "$headers is missing: run \`npm run build\` first."
grep -q 'href="/manifest.webmanifest"' "$dist/index.html" ||
  fail "$dist/ was built for a sub-path (SITE_BASE); this nginx configuration serves the site at /."
if [ -e "$NGINX_DIR/sites-enabled/default" ]; then
  fail "Debian's default site ($NGINX_DIR/sites-enabled/default) is still enabled and would answer instead of the handbook: remove it with \`rm $NGINX_DIR/sites-enabled/default\` (it stays in sites-available)."
fi
ls "$NGINX_DIR"/sites-enabled/* 2>/dev/null | xargs -r grep -l 'handbook/live/site.conf' >/dev/null ||
  fail "no site in $NGINX_DIR/sites-enabled/ includes handbook/live/site.conf: install deploy/nginx/handbook.conf (or handbook-https.conf) as the README says."

umask 022
releases="$SITE_DIR/releases"
release="$releases/$(date -u +%Y%m%d-%H%M%S-%N)"
live="$NGINX_DIR/handbook/live"
previous=$(readlink "$live" 2>/dev/null || true)
mkdir -p "$releases" "$NGINX_DIR/handbook"

# 1. The release: the site, the list of its own content-hashed files, and its nginx settings.
mkdir "$release" "$release/nginx"
cp -R "$dist" "$release/site"
rm -f "$release/site/_headers"
(cd "$release/site" && find _astro pagefind/index pagefind/fragment -type f 2>/dev/null | sort) >"$release/own-files"
if [ -n "$previous" ] && [ -f "$previous/../own-files" ]; then
  # Only the previous release's own files, so releases do not pile up; a hashed name always has the same content.
  (cd "$previous/../site" && xargs -r cp --parents -t "$release/site" <"$previous/../own-files")
fi
cp "$headers" "$release/nginx/headers.conf"
cp "$here/deploy/nginx/handbook/site.conf" "$release/nginx/site.conf"
echo "root $release/site;" >"$release/nginx/root.conf"
chmod -R a+rX "$release"

# 2. Switch handbook/live in one rename, check, and reload.
ln -sfn "$release/nginx" "$live.next"
mv -T "$live.next" "$live"
if ! $NGINX_CMD -t -q; then
  if [ -n "$previous" ]; then ln -sfn "$previous" "$live.next" && mv -T "$live.next" "$live"; else rm -f "$live"; fi
  rm -rf "$release"
  fail "nginx rejected the configuration (above); nothing was changed for readers."
fi
$NGINX_CMD -s reload || fail "nginx is not running: start it (systemctl start nginx) and the new release is served."
echo "deploy: $release is live."

# 3. Keep the newest releases (an old worker may still be finishing a request from the previous one).
ls -1d "$releases"/*/ | sort -r | tail -n +$((KEEP + 1)) | while read -r old; do
  [ "${old%/}" = "$release" ] || rm -rf "$old"
done
