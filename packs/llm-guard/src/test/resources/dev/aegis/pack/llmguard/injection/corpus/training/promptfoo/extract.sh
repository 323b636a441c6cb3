#!/usr/bin/env bash
# Re-extracts promptfoo-jailbreaks.txt and LICENSE-promptfoo.txt from the npm package promptfoo (MIT).
# Needs npm and node; run from this directory. Development time only: nothing reads npm at build or run time.
set -euo pipefail
version="${PROMPTFOO_VERSION:-0.123.1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "promptfoo@$version" >/dev/null && tar xzf "promptfoo-$version.tgz")
{
  echo "# promptfoo $version (MIT, see LICENSE-promptfoo.txt): src/redteam/strategies/promptInjections/data.ts,"
  echo "# extracted by extract.sh. One jailbreak template per line; __PROMPT__ is where the request goes."
  node extract.mjs "$work/package/dist/src"
} > promptfoo-jailbreaks.txt
cp "$work/package/LICENSE" LICENSE-promptfoo.txt
echo "$(grep -vc '^#' promptfoo-jailbreaks.txt) templates from promptfoo $version"
