/** The inline style and script of the validate HTML page (no network: everything is in the page). */

export const STYLE = `
:root { --error: #b3261e; --warning: #8a5a00; --info: #0b5cad; --line: #d0d7de; font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
body { margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; line-height: 1.5; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.controls { position: sticky; top: 0; background: #fff; padding: .5rem 0; display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; border-bottom: 1px solid var(--line); }
#filter { flex: 1 1 20rem; padding: .35rem .5rem; font-size: 1rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: .5rem; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.row, td.code { white-space: nowrap; }
td.row { text-align: right; }
.sev { font-weight: 600; white-space: nowrap; }
.severity-error .sev { color: var(--error); }
.severity-warning .sev { color: var(--warning); }
.severity-info .sev { color: var(--info); }
.count { color: #59636e; font-weight: normal; font-size: .9em; }
code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; }
[hidden] { display: none !important; }
.rule-doc { margin: .25rem 0; }
.rule-doc pre { white-space: pre-wrap; font-family: inherit; background: #f6f8fa; padding: .5rem .75rem; margin: .25rem 0 .75rem; }
@media print {
  .controls { display: none; }
  body { max-width: none; margin: 0; }
  a { color: inherit; text-decoration: none; }
  section.department { break-inside: auto; }
  tr { break-inside: avoid; }
}
`;

/** Filters findings by text and severity; hides groups left empty; counts what is shown. */
export const SCRIPT = `
(function () {
  var filter = document.getElementById('filter');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.severity-toggle'));
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var shown = document.getElementById('shown-count');
  function apply() {
    var q = filter.value.trim().toLowerCase();
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var n = 0;
    findings.forEach(function (f) {
      var text = (f.textContent + ' ' + (f.getAttribute('data-search') || '')).toLowerCase();
      var visible = on[f.getAttribute('data-severity')] !== false && (q === '' || text.indexOf(q) >= 0);
      f.hidden = !visible;
      if (visible) n++;
    });
    document.querySelectorAll('section.rule, section.department').forEach(function (s) {
      s.hidden = s.querySelector('.finding:not([hidden])') === null;
    });
    shown.textContent = String(n);
  }
  filter.addEventListener('input', apply);
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
`;
