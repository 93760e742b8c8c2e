#!/usr/bin/env bash
# Runs sqlmap (Debian's package) against the search, filter and sort parameters of the running
# app, signed in, on loopback only, against a throw-away copy of the demo database. It prints
# sqlmap's verdict for every URL and exits non-zero if any parameter is found injectable.
#   npm run scan:sql            (SQLMAP_LEVEL / SQLMAP_RISK raise the depth; defaults 2 / 1)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v sqlmap >/dev/null; then
  echo "Installing sqlmap from Debian's packages…"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq sqlmap >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq sqlmap >/dev/null; fi
fi
[ -f .next/BUILD_ID ] || npx next build

work=$(mktemp -d "${TMPDIR:-/tmp}/dps-results-sqlmap-XXXXXX")
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
base="http://127.0.0.1:$port"
export DATABASE_PATH="$work/scan.db" NEXTAUTH_URL="$base" NEXTAUTH_SECRET="$(node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))")"
npx tsx scripts/db-seed.ts >/dev/null
# In its own process group, so that stopping it stops the server npx started, not only npx.
setsid npx next start --hostname 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill -- -$server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$base/login"; do sleep 0.5; done

# Sign in as the admin, who can reach every parameter (the audit log too).
jar="$work/cookies.txt"
csrf=$(curl -s -c "$jar" "$base/api/auth/csrf" | node -e "process.stdin.on('data',d=>console.log(JSON.parse(d).csrfToken))")
curl -s -b "$jar" -c "$jar" -o /dev/null -X POST "$base/api/auth/callback/credentials" \
  --data-urlencode "csrfToken=$csrf" --data-urlencode "email=admin@demo.dps-results.org" --data-urlencode "password=dps-results-demo"
cookie=$(awk '$6 ~ /next-auth/ {printf "%s=%s; ", $6, $7}' "$jar")
curl -sf -o /dev/null -H "Cookie: $cookie" "$base/admin" || { echo "Could not sign in"; exit 1; }

targets=(
  "/?from=2015-01-01&to=2024-12-31&program=1&unit=DPS&country=BZ&subregion=caribbean&donor=1"
  "/activities?q=port&sort=name&page=1&size=25&f.name=port&f.program=1&f.countries=BZ&f.start.from=2015-01-01&f.start.to=2024-12-31&f.status=completed&f.donors=1&f.trained.min=1&f.trained.max=100"
  "/programs?q=security&sort=-trained&f.name=security&f.unit=DPS&f.activities.min=1&f.countries.max=9"
  "/events?q=workshop&sort=-date&f.title=workshop&f.kind=workshop&f.activity=port&f.country=BZ&f.date.from=2015-01-01&f.modality=on_site&f.women.min=0&f.total.max=99"
  "/donors?q=can&sort=name&f.name=can&f.kind=country&f.amount.min=0&f.activities.max=9"
  "/countries?sort=name"
  "/api/export/activities?format=csv&q=port&sort=name&f.status=completed"
  "/admin/audit?action=create&entityType=activity&actor=admin&from=2020-01-01&to=2030-01-01&page=1"
)

found=0
printf '\n%-34s %s\n' "URL" "sqlmap verdict"
for target in "${targets[@]}"; do
  out="$work/sqlmap-$(echo "$target" | md5sum | cut -c1-8)"
  sqlmap -u "$base$target" --cookie="$cookie" --batch --level="${SQLMAP_LEVEL:-2}" --risk="${SQLMAP_RISK:-1}" --dbms=SQLite \
    --skip="size" --output-dir="$out" --disable-coloring >"$out.log" 2>&1 || true
  if grep -qE "is vulnerable|sqlmap identified the following injection point" "$out.log"; then
    found=1
    verdict="INJECTABLE: $(grep -E 'Parameter:' "$out.log" | head -3 | tr '\n' ' ')"
  elif grep -q "all tested parameters do not appear to be injectable" "$out.log"; then
    verdict="all tested parameters do not appear to be injectable ($(grep -c "testing '" "$out.log") tests)"
  else
    verdict="no verdict, see $out.log"
    found=1
  fi
  printf '%-34s %s\n' "${target:0:34}" "$verdict"
done
exit $found
