#!/usr/bin/env bash
# Rebuilds the SheetJS reader's fixtures: each .fods source of the xlsx fixtures also as legacy
# Excel 97-2003 (.xls, BIFF8), WPS (.et) and OpenDocument (.ods), written by LibreOffice, so every
# quirk the .xlsx twin shows is read from files another program wrote. LibreOffice has no WPS
# export of its own: asked for .et, it writes BIFF8 with its "MS Excel 97" filter, which is what
# WPS reads and writes as .et too. The results are committed; the tests do not need LibreOffice.
#   tests/fixtures/xlsx/fods/NAME.fods  →  tests/fixtures/xlsx/twins/NAME.{xls,et,ods}
# Usage: bash scripts/make-workbook-fixtures.sh   (needs soffice: apt-get install libreoffice-calc-nogui)
set -euo pipefail
cd "$(dirname "$0")/.."
src=tests/fixtures/xlsx/fods
out=tests/fixtures/xlsx/twins
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 2; }
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
lo() { soffice -env:UserInstallation=file://"$profile" --headless --norestore "$@"; }
files=()
for f in "$src"/*.fods; do [ "$(basename "$f")" = legacy.fods ] || files+=("$f"); done
lo --convert-to xls:"MS Excel 97" --outdir "$out" "${files[@]}"
lo --convert-to et:"MS Excel 97" --outdir "$out" "${files[@]}"
lo --convert-to ods --outdir "$out" "${files[@]}"
ls -l "$out"
# The correspondence table of tests/read/map.test.ts (issue 18), saved by LibreOffice from its CSV (UTF-8).
lo --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir tests/fixtures/map tests/fixtures/map/map.csv
