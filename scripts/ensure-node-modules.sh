#!/usr/bin/env bash
# Installs the project's npm packages when package-lock.json changed since the last install.
# Electron's binary download is disabled in package.json (allowScripts), so this works offline.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.profreestr-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "Устанавливаю пакеты npm (npm ci)…"
npm ci --no-audit --no-fund
echo "$want" > "$stamp"
