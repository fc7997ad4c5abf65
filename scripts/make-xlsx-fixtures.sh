#!/usr/bin/env bash
# Rebuilds the xlsx reader's fixtures from their readable sources with LibreOffice (not exceljs),
# so the tests read workbooks written by another program. The results are committed; the tests
# do not need LibreOffice.
#   tests/fixtures/xlsx/fods/NAME.fods  →  tests/fixtures/xlsx/NAME.xlsx
#   tests/fixtures/xlsx/fods/legacy.fods →  tests/fixtures/xlsx/legacy.xls (Excel 97-2003)
# Usage: bash scripts/make-xlsx-fixtures.sh   (needs soffice: apt-get install libreoffice-calc-nogui)
set -euo pipefail
cd "$(dirname "$0")/.."
src=tests/fixtures/xlsx/fods
out=tests/fixtures/xlsx
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
lo() { soffice -env:UserInstallation=file://"$profile" --headless --norestore "$@"; }
for f in "$src"/*.fods; do
  name=$(basename "$f" .fods)
  if [ "$name" = legacy ]; then
    lo --convert-to xls --outdir "$out" "$f"
  else
    lo --convert-to xlsx --outdir "$out" "$f"
  fi
done
ls -l "$out"
