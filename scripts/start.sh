#!/usr/bin/env bash
# Installs what is missing, builds, and starts Профреестр: the desktop app where Electron can
# start, otherwise the browser mode with the demo region open (the address is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-node-modules.sh
npx electron-vite build
if reason=$(npx tsx scripts/electron-status.ts); then
  exec npx electron . "$@"
fi
echo
echo "Настольная версия не может запуститься на этой машине: ${reason}."
echo "Запускаю Профреестр в браузерном режиме."
exec node out/main/web-host.js "$@"
