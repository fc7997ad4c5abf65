import { UI_PAGE_TEXT } from '../../report/text/ui.js';
import { esc } from '../../util/html.js';

/** The page's HTML: the frame only (texts come from the catalogue, data from the API); no inline script or style, for the CSP. */

const TABS = ['upload', 'summary', 'findings', 'status', 'rounds', 'downloads'] as const;

const tabButtons = TABS.map((id) => `<button type="button" role="tab" data-tab="${id}" data-t="tab.${id}"></button>`).join('');

export function pageHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>qingdan</title>
<link rel="stylesheet" href="/app.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<header>
<div><h1 data-t="title"></h1><p class="muted" data-t="subtitle"></p></div>
<button type="button" id="lang"></button>
</header>
<nav id="tabs" role="tablist">${tabButtons}</nav>
<main>
<section id="screen-upload" data-screen="upload">
<div class="zones">
<div class="zone" id="drop-catalogue">
<h2 data-t="upload.catalogue"></h2>
<p class="muted" data-t="upload.drop"></p>
<label class="button"><input type="file" id="pick-catalogue" class="file"><span data-t="upload.pickFile"></span></label>
<p id="chosen-catalogue" class="chosen"></p>
<label id="keep-wrap" hidden><input type="checkbox" id="keep-catalogue" checked> <span id="keep-label"></span></label>
</div>
<div class="zone" id="drop-lists">
<h2 data-t="upload.lists"></h2>
<p class="muted" data-t="upload.dropFolder"></p>
<label class="button"><input type="file" id="pick-lists" class="file" multiple><span data-t="upload.pickFiles"></span></label>
<label class="button"><input type="file" id="pick-folder" class="file" webkitdirectory multiple><span data-t="upload.pickFolder"></span></label>
<p id="chosen-lists" class="chosen"></p>
</div>
</div>
<p class="muted" data-t="upload.formats"></p>
<p><button type="button" id="run" class="primary"></button> <button type="button" id="clear" data-t="upload.clear"></button></p>
<div id="progress" hidden><progress id="bar" max="100" value="0"></progress> <span id="progress-text"></span></div>
<p id="error" class="error" role="alert" hidden data-offline-zh="${esc(UI_PAGE_TEXT['error.network']['zh-CN'])}" data-offline-en="${esc(UI_PAGE_TEXT['error.network'].en)}"></p>
</section>
<section id="screen-summary" data-screen="summary" hidden>
<p id="totals" class="totals"></p>
<table id="departments"><thead></thead><tbody></tbody><tfoot></tfoot></table>
<div id="notices"></div>
</section>
<section id="screen-findings" data-screen="findings" hidden>
<div class="filters">
<select id="f-dept"></select>
<select id="f-rule"></select>
<select id="f-sev"></select>
<select id="f-round"></select>
<input type="search" id="f-search">
</div>
<p id="f-count" class="muted"></p>
<table id="finding-table"><thead></thead><tbody></tbody></table>
</section>
<section id="screen-status" data-screen="status" hidden>
<h2 data-t="status.heading"></h2>
<div id="status-totals" class="cards"></div>
<table id="status-departments"><thead></thead><tbody></tbody></table>
</section>
<section id="screen-rounds" data-screen="rounds" hidden>
<h2 id="rounds-heading"></h2>
<div id="round-counts" class="cards"></div>
<h3 id="new-heading"></h3>
<table id="new-table"><thead></thead><tbody></tbody></table>
<h3 id="resolved-heading"></h3>
<table id="resolved-table"><thead></thead><tbody></tbody></table>
</section>
<section id="screen-downloads" data-screen="downloads" hidden>
<h2 data-t="downloads.heading"></h2>
<div id="download-buttons" class="downloads"></div>
</section>
</main>
<script src="/app.js"></script>
</body>
</html>
`;
}
