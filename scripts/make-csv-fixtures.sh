#!/usr/bin/env bash
# Makes the CSV reader's fixtures with other programs (printf, iconv), the way Chinese Excel and
# text editors save them. Run from the repository root; the outputs are committed.
set -euo pipefail
d=tests/fixtures/csv
mkdir -p "$d"
body='市级行政权力事项下放清单（市市场监管局）,,,,,,
序号,权力编码,职权名称,子项,权力类别,是否下放,不下放理由
一、行政许可（共2项）,,,,,,
1,0012,"食品经营许可
（含网络经营）",,行政许可,下放,
2,370100-XK-0002,廣告發佈登記*,,行政许可,不下放,涉及全市统筹
二、行政处罚（共1项）,,,,,,
3,370100-CF-0001,对无照经营的处罚,,行政处罚,下放,
注：本表由市市场监管局填报。,,,,,,
制表单位：市市场监管局,,,,,,'
crlf() { sed 's/$/\r/'; }
# GB18030 with CRLF line ends, as Chinese Excel's "CSV (逗号分隔)" saves it.
printf '%s\n' "$body" | crlf | iconv -f UTF-8 -t GB18030 > "$d/gbk-crlf.csv"
# UTF-8 with BOM ("CSV UTF-8" in newer Excel).
{ printf '\xef\xbb\xbf'; printf '%s\n' "$body" | crlf; } > "$d/utf8-bom.csv"
# UTF-8 without BOM, LF.
printf '%s\n' "$body" > "$d/utf8-lf.csv"
# UTF-16LE with BOM, tab-separated ("Unicode text" in Excel).
printf '%s\n' "$body" | tr ',' '\t' | crlf | iconv -f UTF-8 -t UTF-16LE | { printf '\xff\xfe'; cat; } > "$d/utf16le-bom-tab.txt"
# Semicolons, as European-locale spreadsheets save CSV.
printf '%s\n' "$body" | sed 's/,/;/g' > "$d/semicolon.csv"
# Old Mac line ends: a lone CR.
printf '%s\n' "$body" | tr '\n' '\r' > "$d/lone-cr.csv"
# Sub-items written under their main item, whose cells were merged in the workbook the CSV came from.
printf '%s\n' '事项编码,事项名称,子项名称,权力类别,实施部门,设定依据,事项状态' \
  'XK00001000,建设工程规划许可,建筑工程,行政许可,市自然资源和规划局,"《中华人民共和国城乡规划法》第四十条",有效' \
  ',,市政工程,,,,有效' \
  ',,管线工程,,,,已取消' \
  'XK00002000,乡村建设规划许可,,行政许可,市自然资源和规划局,"《中华人民共和国城乡规划法》第四十一条",有效' > "$d/subitems-filled-down.csv"
# Unbalanced quote: the field opened on line 3 never closes.
printf '%s\n' '事项编码,事项名称,权力类别' 'A1,名称一,行政许可' 'A2,"名称二,行政许可' 'A3,名称三,行政许可' > "$d/unclosed-quote.csv"
# Header only.
printf '%s\r\n' '事项编码,事项名称,权力类别,实施部门,下放意见' > "$d/header-only.csv"
# No recognisable header at all.
printf '%s\n' 'a,b,c' '1,2,3' > "$d/no-header.csv"
# Invalid UTF-8 that is not GB18030 either (a lone continuation sequence after valid text).
{ printf '事项编码,事项名称\n'; printf 'A1,\xff\xff\xff\n'; } > "$d/undecodable.csv"
