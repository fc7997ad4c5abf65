/** The dashboard's inline stylesheet and script: no network, no fonts to fetch, no data inside the script. */

export const STYLE = `
:root{--fg:#1f2933;--muted:#616e7c;--line:#d9e2ec;--bg:#fff;--head:#f0f4f8}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1200px;padding:24px;font:14px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta,.muted,.hint{color:var(--muted);font-size:12px}
svg text{font-size:12px;fill:var(--fg)}svg text.muted{fill:var(--muted)}
#totals{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}
#totals div{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:110px}
#totals dt{font-size:12px;color:var(--muted)}#totals dd{margin:0;font-size:20px;font-weight:600}
.legend{list-style:none;padding:0;margin:6px 0;display:flex;gap:16px;font-size:12px}
.swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border-radius:2px}
.charts{display:flex;flex-wrap:wrap;gap:24px}.charts figure{margin:0;flex:1 1 360px}
figcaption{font-size:13px;color:var(--muted);margin-bottom:4px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--head);white-space:nowrap}
#items th{position:sticky;top:0;cursor:pointer;user-select:none}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:600;border-top:2px solid var(--fg)}
#search{font:inherit;padding:6px 10px;width:min(420px,100%);border:1px solid var(--line);border-radius:4px;margin-right:12px}
.why-accepted{color:#2e7d32}.why-disputed{color:#c62828}.why-taken-back{color:#9a2b00}
@media print{
  body{max-width:none;padding:0;font-size:11px}
  #search,.hint{display:none}
  th{position:static;background:none}
  section,figure,tr{break-inside:avoid}
  thead{display:table-header-group}
  a{color:inherit;text-decoration:none}
}`;

/** Search (input#search) and sort (click a th of table#items): plain DOM, nothing fetched. */
export const SCRIPT = `
(function(){
  var table=document.getElementById('items');var body=table.tBodies[0];
  var rows=Array.prototype.slice.call(body.rows);var count=document.getElementById('count');
  var search=document.getElementById('search');
  function show(){var q=search.value.trim().toLowerCase();var n=0;
    rows.forEach(function(r){var hit=!q||r.getAttribute('data-search').indexOf(q)>=0;r.hidden=!hit;if(hit)n++;});
    count.textContent=String(n);}
  search.addEventListener('input',show);
  var collator=new Intl.Collator('zh-CN',{numeric:true});
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){
    th.tabIndex=0;
    function sort(){var asc=th.getAttribute('aria-sort')!=='ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(o){o.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var numeric=th.classList.contains('n');
      rows.sort(function(a,b){var x=a.cells[col].getAttribute('data-sort')||a.cells[col].textContent;
        var y=b.cells[col].getAttribute('data-sort')||b.cells[col].textContent;
        var c=numeric?((x===''?Infinity:Number(x))-(y===''?Infinity:Number(y)))||0:collator.compare(x,y);
        return asc?c:-c;});
      rows.forEach(function(r){body.appendChild(r);});}
    th.addEventListener('click',sort);
    th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort();}});
  });
  show();
})();`;
