#!/usr/bin/env bash
# Lints the merged OpenAPI document with Spectral (spectral:oas + the OWASP API Security ruleset, versions pinned in
# package-lock.json, installed here with npm ci). Fails on any error. Without node/npm it says so and passes: the
# rest of the build must run on a machine without node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
document="${1:?usage: lint.sh <openapi document>}"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[spectral] SKIPPED: node/npm not found on PATH; the OpenAPI document was NOT linted ($document)"
  exit 0
fi
if [ ! -f "$document" ]; then
  echo "[spectral] SKIPPED: $document was not written (tests skipped?); nothing to lint"
  exit 0
fi
document="$(cd "$(dirname "$document")" && pwd)/$(basename "$document")"
cd "$here"
# npm ci only when the installed tree is missing or older than the lock file.
if [ ! -x node_modules/.bin/spectral ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "[spectral] spectral $(node_modules/.bin/spectral --version) on $document"
report="$(dirname "$document")/spectral-report.json"
node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity error --quiet --format json --output "$report" "$document" || true
# Print every error and the counts; fail on an error (warnings are listed in the report).
node -e '
const results = require(process.argv[1]);
const names = ["error", "warning", "info", "hint"];
const count = [0, 0, 0, 0];
for (const r of results) {
  count[r.severity]++;
  if (r.severity === 0) console.log(`[spectral] error ${r.code}: ${r.message} at ${r.path.join(".")}`);
}
console.log(`[spectral] ${count[0]} errors, ${count[1]} warnings, ${count[2]} infos, ${count[3]} hints (all in ${process.argv[1]})`);
process.exit(count[0] > 0 ? 1 : 0);
' "$report"
