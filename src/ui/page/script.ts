/**
 * The page's script, served as /app.js. Plain browser JavaScript (no build step, no library, no
 * request but to this server); every text from the catalogue (/api/text), every figure from the
 * server's jobs; data only ever goes into the page as text (textContent), never as HTML.
 */
export const PAGE_JS = String.raw`(function () {
  'use strict';
  var token = new URLSearchParams(location.search).get('t') || '';
  var lang = 'zh-CN';
  try { if (localStorage.getItem('qingdan-lang') === 'en') lang = 'en'; } catch (e) { /* storage off */ }
  var T = {};
  var view = null;
  var lastError = null;
  var catalogueFile = null;
  var listFiles = [];
  var current = 'upload';
  var MAX_ROWS = 500;
  var $ = function (id) { return document.getElementById(id); };

  function t(key, vals) {
    var e = T[key];
    var s = e ? e[lang] : key;
    if (vals) s = s.replace(/\{(\w+)\}/g, function (m, k) { return vals[k] === undefined ? m : String(vals[k]); });
    return s;
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'className') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function num(n) { return String(n); }
  function getJson(path) {
    return fetch(path, { headers: { 'X-Qingdan-Token': token }, credentials: 'same-origin' }).then(function (r) { return r.json(); });
  }
  function showError(err) {
    lastError = err;
    var p = $('error');
    p.hidden = !err;
    p.textContent = err ? (err[lang] || err['zh-CN']) : '';
  }

  // Screens
  function show(id) {
    current = id;
    document.querySelectorAll('[data-screen]').forEach(function (s) { s.hidden = s.getAttribute('data-screen') !== id; });
    document.querySelectorAll('[data-tab]').forEach(function (b) {
      b.setAttribute('aria-selected', String(b.getAttribute('data-tab') === id));
      b.disabled = b.getAttribute('data-tab') !== 'upload' && !view;
    });
  }
  document.querySelectorAll('[data-tab]').forEach(function (b) {
    b.addEventListener('click', function () { show(b.getAttribute('data-tab')); });
  });

  // Files: dropped (files or folders, read through the entries) or picked
  function readEntry(entry, out) {
    if (entry.isFile) {
      return new Promise(function (resolve) {
        entry.file(function (f) { out.push({ file: f, path: entry.fullPath.replace(/^\/+/, '') }); resolve(); }, function () { resolve(); });
      });
    }
    if (!entry.isDirectory) return Promise.resolve();
    var reader = entry.createReader();
    return new Promise(function (resolve) {
      var all = [];
      (function more() {
        reader.readEntries(function (batch) {
          if (batch.length === 0) {
            Promise.all(all.map(function (e) { return readEntry(e, out); })).then(function () { resolve(); });
            return;
          }
          all = all.concat(Array.prototype.slice.call(batch));
          more();
        }, function () { resolve(); });
      })();
    });
  }
  function droppedFiles(dt) {
    var items = dt.items ? Array.prototype.slice.call(dt.items) : [];
    var entries = items.map(function (i) { return i.webkitGetAsEntry ? i.webkitGetAsEntry() : null; }).filter(Boolean);
    if (entries.length === 0) return Promise.resolve(Array.prototype.map.call(dt.files, function (f) { return { file: f, path: f.name }; }));
    var out = [];
    return Promise.all(entries.map(function (e) { return readEntry(e, out); })).then(function () { return out; });
  }
  function pickedFiles(input) {
    return Array.prototype.map.call(input.files, function (f) { return { file: f, path: f.webkitRelativePath || f.name }; });
  }
  function setCatalogue(files) { if (files.length) catalogueFile = files[0]; renderChosen(); }
  function addLists(files) { listFiles = listFiles.concat(files); renderChosen(); }
  function dropZone(zone, take) {
    zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      zone.classList.remove('over');
      droppedFiles(e.dataTransfer).then(take);
    });
  }
  dropZone($('drop-catalogue'), setCatalogue);
  dropZone($('drop-lists'), addLists);
  $('pick-catalogue').addEventListener('change', function (e) { setCatalogue(pickedFiles(e.target)); e.target.value = ''; });
  $('pick-lists').addEventListener('change', function (e) { addLists(pickedFiles(e.target)); e.target.value = ''; });
  $('pick-folder').addEventListener('change', function (e) { addLists(pickedFiles(e.target)); e.target.value = ''; });
  $('clear').addEventListener('click', function () { catalogueFile = null; listFiles = []; showError(null); renderChosen(); });
  // A file dropped beside the zones must not make the browser leave the page to open it.
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) { e.preventDefault(); });

  function renderChosen() {
    $('chosen-catalogue').textContent = catalogueFile ? catalogueFile.path : t('upload.none');
    var names = listFiles.map(function (f) { return f.path; });
    $('chosen-lists').textContent = names.length ? t('upload.chosen', { n: names.length }) + '\n' + names.slice(0, 200).join('\n') : t('upload.none');
    var keep = view && view.catalogue && !catalogueFile;
    $('keep-wrap').hidden = !keep;
    if (keep) $('keep-label').textContent = t('upload.keepCatalogue', { name: view.catalogue });
    $('run').textContent = view ? t('upload.runAgain', { n: view.round + 1 }) : t('upload.run');
    $('run').disabled = listFiles.length === 0;
  }

  // The review: one request, the upload's progress, then the server's progress lines and the result
  function progress(pct, text) {
    $('progress').hidden = false;
    $('bar').value = pct;
    $('progress-text').textContent = text;
  }
  $('run').addEventListener('click', function () {
    var fd = new FormData();
    if (catalogueFile) fd.append('catalogue', catalogueFile.file, catalogueFile.path);
    else if (view && view.catalogue && $('keep-catalogue').checked) fd.append('keepCatalogue', '1');
    listFiles.forEach(function (f) { fd.append('lists', f.file, f.path); });
    var xhr = new XMLHttpRequest();
    var seen = 0;
    var result = null;
    var failure = null;
    function lines() {
      var text = xhr.responseText;
      var end = text.lastIndexOf('\n');
      if (end < seen) return;
      text.slice(seen, end).split('\n').forEach(function (line) {
        if (!line) return;
        var msg = JSON.parse(line);
        if (msg.progress) {
          var p = msg.progress;
          progress(50 + Math.round(50 * p.done / Math.max(1, p.total)), t('progress.read', { file: p.file, done: p.done, total: p.total }));
        } else if (msg.result) result = msg.result;
        else if (msg.error) failure = msg.error;
      });
      seen = end + 1;
    }
    xhr.open('POST', '/api/review');
    xhr.setRequestHeader('X-Qingdan-Token', token);
    xhr.upload.onprogress = function (e) { if (e.lengthComputable) progress(Math.round(50 * e.loaded / e.total), t('progress.upload', { pct: Math.round(100 * e.loaded / e.total) })); };
    xhr.onprogress = function () { if (xhr.status === 200) lines(); };
    xhr.onerror = function () { $('run').disabled = false; $('progress').hidden = true; showError(T['error.network']); };
    xhr.onload = function () {
      $('run').disabled = false;
      if (xhr.status !== 200) {
        $('progress').hidden = true;
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        showError(body && body.error ? body.error : T['error.network']);
        return;
      }
      lines();
      if (failure || !result) { $('progress').hidden = true; showError(failure || T['error.network']); return; }
      showError(null);
      view = result;
      catalogueFile = null;
      listFiles = [];
      progress(100, t('progress.done', { n: view.round }));
      renderAll();
      show(view.rounds ? 'rounds' : 'summary');
    };
    showError(null);
    $('run').disabled = true;
    progress(0, t('progress.upload', { pct: 0 }));
    xhr.send(fd);
  });

  // Screens' content
  function head(table, cols) {
    clear(table.tHead).appendChild(el('tr', null, cols.map(function (c) { return el('th', { text: t(c[0]), className: c[1] || '' }); })));
  }
  function renderSummary() {
    var s = view.summary;
    $('totals').textContent = t('summary.totals', { round: view.round, files: s.files, items: s.items }) + '  ·  ' +
      t('summary.errors') + ' ' + s.errors + '  ·  ' + t('summary.warnings') + ' ' + s.warnings + '  ·  ' + t('summary.infos') + ' ' + s.infos;
    var table = $('departments');
    head(table, [['summary.department'], ['summary.errors', 'n'], ['summary.warnings', 'n'], ['summary.infos', 'n'], ['summary.gaps', 'n'], ['summary.notSubmitted']]);
    var cells = function (d, total) {
      return [
        el('td', { text: total ? t('summary.total') : d.department }),
        el('td', { className: 'n', 'data-col': 'errors', text: num(d.errors) }),
        el('td', { className: 'n', 'data-col': 'warnings', text: num(d.warnings) }),
        el('td', { className: 'n', 'data-col': 'infos', text: num(d.infos) }),
        el('td', { className: 'n', 'data-col': 'gaps', text: num(d.gaps) }),
        el('td', { 'data-col': 'notSubmitted', text: total ? num(d.notSubmitted) : d.notSubmitted === null ? '' : t('summary.notSubmittedItems', { n: d.notSubmitted }) }),
      ];
    };
    var body = clear(table.tBodies[0]);
    view.departments.forEach(function (d) {
      var tr = el('tr', { className: 'clickable', 'data-department': d.department }, cells(d, false));
      tr.addEventListener('click', function () { $('f-dept').value = d.department; renderFindings(); show('findings'); });
      body.appendChild(tr);
    });
    clear(table.tFoot).appendChild(el('tr', { 'data-department': '' }, cells(view.totals, true)));
    var notices = clear($('notices'));
    if (view.notices.length) {
      notices.appendChild(el('h3', { text: t('summary.notices') }));
      notices.appendChild(el('ul', null, view.notices.map(function (n) { return el('li', { text: n[lang] }); })));
    }
  }
  function option(value, text) { return el('option', { value: value, text: text }); }
  function fillSelect(select, all, options) {
    var was = select.value;
    clear(select).appendChild(option('', all));
    options.forEach(function (o) { select.appendChild(option(o[0], o[1])); });
    select.value = options.some(function (o) { return o[0] === was; }) ? was : '';
  }
  function renderFilters() {
    var depts = {};
    view.findings.forEach(function (f) { if (f.department) depts[f.department] = true; });
    fillSelect($('f-dept'), t('findings.allDepartments'), Object.keys(depts).sort().map(function (d) { return [d, d]; }));
    fillSelect($('f-rule'), t('findings.allRules'), Object.keys(view.rules).map(function (r) { return [r, view.rules[r].title[lang] + ' (' + r + ')']; }));
    fillSelect($('f-sev'), t('findings.allSeverities'), ['error', 'warning', 'info'].map(function (s) { return [s, t('severity.' + s)]; }));
    fillSelect($('f-round'), t('findings.allRounds'), view.rounds ? ['new', 'open'].map(function (m) { return [m, t('round.' + m)]; }) : []);
    $('f-round').hidden = !view.rounds;
    $('f-search').placeholder = t('findings.search');
  }
  function place(f) {
    var parts = [];
    if (f.file) parts.push(f.file);
    if (f.sheet) parts.push(t('place.sheet', { sheet: f.sheet }));
    if (f.row) parts.push(t('place.row', { row: f.row }));
    if (f.column) parts.push(t('place.column', { column: f.column }));
    return parts.join(' · ');
  }
  function findingRow(f, mark) {
    var rule = view.rules[f.rule];
    var explain = el('details', null, [el('summary', { text: t('findings.explain') }), el('p', { text: rule ? rule.explanation[lang] : '' })]);
    return el('tr', { 'data-rule': f.rule, 'data-severity': f.severity, 'data-code': f.code || '', 'data-department': f.department || '' }, [
      el('td', { className: 'sev sev-' + f.severity, text: t('severity.' + f.severity) }),
      el('td', null, [rule ? rule.title[lang] : f.rule, el('span', { className: 'rule-id', text: f.rule })]),
      el('td', { text: f.code || '' }),
      el('td', null, [f.message[lang], explain]),
      el('td', { className: 'place', text: place(f) }),
      el('td', { text: f.department || '' }),
      mark ? el('td', null, [el('span', { className: 'mark mark-' + mark, text: t('round.' + mark) })]) : null,
    ]);
  }
  function findingHead(table, withRound) {
    var cols = [['findings.severity'], ['findings.rule'], ['findings.code'], ['findings.message'], ['findings.place'], ['findings.department']];
    if (withRound) cols.push(['findings.round']);
    head(table, cols);
  }
  function renderFindings() {
    var dept = $('f-dept').value, rule = $('f-rule').value, sev = $('f-sev').value, mark = $('f-round').value;
    var q = $('f-search').value.trim().toLowerCase();
    var shown = view.findings.filter(function (f) {
      return (!dept || f.department === dept) && (!rule || f.rule === rule) && (!sev || f.severity === sev) &&
        (!mark || f.round === mark) && (!q || f.search.indexOf(q) >= 0);
    });
    var table = $('finding-table');
    findingHead(table, !!view.rounds);
    var body = clear(table.tBodies[0]);
    shown.slice(0, MAX_ROWS).forEach(function (f) { body.appendChild(findingRow(f, f.round)); });
    if (shown.length === 0) body.appendChild(el('tr', null, [el('td', { colspan: '7', text: t('findings.none') })]));
    $('f-count').textContent = t('findings.shown', { n: shown.length, total: view.findings.length }) +
      (shown.length > MAX_ROWS ? ' ' + t('findings.more', { n: MAX_ROWS }) : '');
  }
  ['f-dept', 'f-rule', 'f-sev', 'f-round'].forEach(function (id) { $(id).addEventListener('change', renderFindings); });
  $('f-search').addEventListener('input', renderFindings);

  var STATUS_COLS = [
    ['catalogue', function (c) { return c.catalogue; }], ['listed', function (c) { return c.listed; }],
    ['delegated', function (c) { return c.decision['下放']; }], ['notDelegated', function (c) { return c.decision['不下放']; }],
    ['withheld', function (c) { return c.decision['暂不下放']; }], ['accepted', function (c) { return c.status['已承接']; }],
    ['pending', function (c) { return c.status['待承接']; }], ['deferred', function (c) { return c.status['暂缓承接']; }],
    ['disputes', function (c) { return c.disputes.open; }], ['partial', function (c) { return c.partial; }],
  ];
  function card(key, label, value) { return el('div', { 'data-key': key }, [el('dt', { text: label }), el('dd', { text: num(value) })]); }
  function renderStatus() {
    var box = clear($('status-totals'));
    var table = $('status-departments');
    var body = clear(table.tBodies[0]);
    if (view.status.error) {
      clear(table.tHead);
      box.appendChild(el('p', { className: 'error', text: t('status.failed', { message: view.status.error[lang] }) }));
      return;
    }
    var r = view.status.report;
    STATUS_COLS.forEach(function (c) { box.appendChild(card(c[0], t('status.' + c[0]), c[1](r.totals))); });
    head(table, [['summary.department']].concat(STATUS_COLS.map(function (c) { return ['status.' + c[0], 'n']; })));
    r.departments.forEach(function (d) {
      body.appendChild(el('tr', { 'data-department': d.department }, [el('td', { text: d.department })].concat(STATUS_COLS.map(function (c) {
        return el('td', { className: 'n', 'data-col': c[0], text: num(c[1](d)) });
      }))));
    });
  }
  function renderRounds() {
    var box = clear($('round-counts'));
    var table = $('resolved-table');
    var body = clear(table.tBodies[0]);
    var newTable = $('new-table');
    var newBody = clear(newTable.tBodies[0]);
    if (!view.rounds) {
      $('rounds-heading').textContent = t('rounds.none');
      $('resolved-heading').textContent = '';
      $('new-heading').textContent = '';
      clear(table.tHead);
      clear(newTable.tHead);
      return;
    }
    var r = view.rounds;
    $('rounds-heading').textContent = t('rounds.heading', { n: view.round, prev: r.previous });
    ['resolved', 'open', 'new'].forEach(function (k) { box.appendChild(card(k, t('round.' + k), r.counts[k])); });
    $('new-heading').textContent = t('rounds.newList') + ' (' + r.counts['new'] + ')';
    findingHead(newTable, true);
    view.findings.filter(function (f) { return f.round === 'new'; }).slice(0, MAX_ROWS).forEach(function (f) { newBody.appendChild(findingRow(f, 'new')); });
    $('resolved-heading').textContent = t('rounds.resolvedList') + ' (' + r.counts.resolved + ')';
    findingHead(table, true);
    r.resolved.slice(0, MAX_ROWS).forEach(function (f) { body.appendChild(findingRow(f, 'resolved')); });
  }
  function renderDownloads() {
    var box = clear($('download-buttons'));
    view.downloads.forEach(function (d) {
      box.appendChild(el('a', { className: 'button', href: '/api/download/' + d.id + '?lang=' + encodeURIComponent(lang), download: d.file, 'data-download': d.id, text: t(d.label) }));
    });
  }
  function renderAll() {
    renderChosen();
    if (!view) return;
    renderSummary();
    renderFilters();
    renderFindings();
    renderStatus();
    renderRounds();
    renderDownloads();
  }
  function applyTexts() {
    document.documentElement.lang = lang;
    document.title = t('title') + ' · qingdan';
    document.querySelectorAll('[data-t]').forEach(function (e) { e.textContent = t(e.getAttribute('data-t')); });
    $('lang').textContent = t('switchLang');
    showError(lastError);
    renderAll();
    show(current);
  }
  $('lang').addEventListener('click', function () {
    lang = lang === 'en' ? 'zh-CN' : 'en';
    try { localStorage.setItem('qingdan-lang', lang); } catch (e) { /* storage off */ }
    applyTexts();
  });

  getJson('/api/text').then(function (texts) {
    T = texts;
    return getJson('/api/state');
  }).then(function (state) {
    view = state;
    applyTexts();
    document.body.setAttribute('data-ready', 'true');
  }).catch(function () {
    var p = $('error');
    showError({ 'zh-CN': p.getAttribute('data-offline-zh'), en: p.getAttribute('data-offline-en') });
  });
})();
`;
