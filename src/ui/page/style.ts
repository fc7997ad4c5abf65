/** The page's stylesheet, served as /app.css (no inline style: the CSP is default-src 'self'). */
export const PAGE_CSS = `
:root{--fg:#1f2933;--muted:#616e7c;--line:#d9e2ec;--bg:#fff;--head:#f0f4f8;--accent:#1565c0;--err:#c62828;--warn:#b26a00;--info:#2e6da4;--ok:#2e7d32}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1280px;padding:20px 24px;font:14px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--fg);background:var(--bg)}
header{display:flex;justify-content:space-between;align-items:flex-start;gap:16px}
h1{font-size:22px;margin:0 0 2px}h2{font-size:17px;margin:18px 0 10px}h3{font-size:15px;margin:16px 0 8px}
.muted{color:var(--muted);font-size:13px}
nav{display:flex;gap:4px;border-bottom:2px solid var(--line);margin:14px 0 16px;flex-wrap:wrap}
nav button{border:0;background:none;padding:8px 14px;font:inherit;cursor:pointer;border-bottom:3px solid transparent;margin-bottom:-2px;color:var(--muted)}
nav button[aria-selected=true]{border-bottom-color:var(--accent);color:var(--fg);font-weight:600}
nav button:disabled{opacity:.45;cursor:default}
button,.button{font:inherit;padding:6px 14px;border:1px solid var(--line);border-radius:4px;background:#fff;cursor:pointer;color:var(--fg);text-decoration:none;display:inline-block}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600;padding:8px 20px}
button:disabled{opacity:.5;cursor:default}
input.file{position:absolute;width:1px;height:1px;opacity:0}
.zones{display:flex;gap:16px;flex-wrap:wrap}
.zone{flex:1 1 380px;border:2px dashed var(--line);border-radius:8px;padding:12px 18px;min-height:180px}
.zone.over{border-color:var(--accent);background:#f3f8fd}
.zone .button{margin-right:8px}
.chosen{font-size:13px;white-space:pre-line;max-height:120px;overflow:auto}
#progress{margin:10px 0}#progress progress{width:320px;vertical-align:middle}
.error{color:var(--err);font-weight:600;white-space:pre-line}
.totals{font-size:15px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--head);white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tfoot td{font-weight:600;border-top:2px solid var(--fg)}
tbody tr.clickable{cursor:pointer}tbody tr.clickable:hover{background:#f7fafc}
.filters{display:flex;gap:8px;flex-wrap:wrap;margin-bottom:6px}
.filters select,.filters input{font:inherit;padding:5px 8px;border:1px solid var(--line);border-radius:4px}
.filters input{flex:1 1 240px}
.sev{font-weight:600;white-space:nowrap}.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
.mark{font-size:12px;padding:1px 6px;border-radius:8px;white-space:nowrap;border:1px solid var(--line)}
.mark-new{color:var(--err)}.mark-open{color:var(--warn)}.mark-resolved{color:var(--ok)}
.rule-id{color:var(--muted);font-size:12px;display:block}
details summary{cursor:pointer;color:var(--accent);font-size:12px}
details p{white-space:pre-line;margin:4px 0;color:var(--muted);max-width:560px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0 16px}
.cards div{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:110px}
.cards dt{font-size:12px;color:var(--muted)}.cards dd{margin:0;font-size:20px;font-weight:600}
.downloads{display:flex;flex-direction:column;gap:10px;align-items:flex-start}
`;

/** The tab's icon: 清 on blue. */
export const FAVICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1565c0"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff">清</text></svg>';
