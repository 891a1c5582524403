#!/usr/bin/env bash
# Generates the TypeScript SDK from the merged OpenAPI document and compiles it, and the story program that uses
# it, with tsc --strict. Run by Maven (this folder's pom.xml); by hand: ./build.sh
# The tools come from the committed package-lock.json (npm ci into node_modules here, never global). Without node
# the step is skipped, saying so, and the rest of the build runs.
set -euo pipefail
# Maven runs it in this folder already; by hand it may be called from anywhere (no dirname: it may be off the PATH).
[[ "${BASH_SOURCE[0]}" == */* ]] && cd "${BASH_SOURCE[0]%/*}"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[typescript-sdk] SKIPPED: node/npm not on the PATH; the TypeScript SDK is not generated nor compiled"
  exit 0
fi

# The merged document the gateway's build writes (MergedDocumentBuildTest); the reactor builds the gateway first.
# (Absolute: hey-api reads "a/b" as a registry shorthand.)
input="$PWD/../../gateway/target/openapi/mentorship-openapi.json"
if [[ ! -f "$input" ]]; then
  echo "[typescript-sdk] $input is missing: build the gateway with its tests first (./mvnw verify -pl clients/typescript -am)" >&2
  exit 1
fi

# Again only when the lock file changed since the last install.
if ! cmp -s package-lock.json node_modules/.installed-from-lock.json 2>/dev/null; then
  # --ignore-scripts: nothing here needs an install script.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-from-lock.json
fi

rm -rf src/generated dist
./node_modules/.bin/openapi-ts --input "$input" --output src/generated --client @hey-api/client-fetch --silent
./node_modules/.bin/tsc -p tsconfig.json
operations=$(grep -c '^export const [a-zA-Z0-9]* = <ThrowOnError' src/generated/sdk.gen.ts || true)
echo "[typescript-sdk] generated from $input: $operations operations; compiled with tsc --strict into dist/"
