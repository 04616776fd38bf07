#!/usr/bin/env bash
# Installs what the tests drive for real: Debian's Chromium (Playwright uses it, never downloads
# a browser), LibreOffice Writer and poppler-utils (every DOCX is converted to PDF and read back),
# xmllint from libxml2-utils (every part of every DOCX is checked for well-formed XML), and
# Liberation fonts (metric-compatible with Times New Roman).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Для тестов нужны пакеты: ${need[*]}." >&2
  echo "Установите их (Debian/Ubuntu: sudo apt-get install ${need[*]}) и повторите запуск." >&2
  exit 1
fi
echo "Устанавливаю пакеты для тестов: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
