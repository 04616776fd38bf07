#!/usr/bin/env bash
# Everything the tests need, then every test: typecheck, unit (vitest), end-to-end in the
# browser mode (Playwright + Debian Chromium) and in Electron (skipped with the reason where
# its binary is absent). Ends with one summary line: "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
set -e
bash scripts/install-test-deps.sh
bash scripts/ensure-node-modules.sh
set +e
mkdir -p test-results
status=0

echo "== Проверка типов"
npm run --silent typecheck || status=1

echo "== Сборка"
npx electron-vite build || status=1

echo "== Модульные тесты"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1

echo "== Сквозные тесты (браузерный режим и Electron)"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/e2e.json npx playwright test --reporter=list,json || status=1

node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json || status=1
exit $status
