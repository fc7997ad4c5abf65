/** The page's three files: HTML frame, stylesheet and script. */
export { pageHtml } from './html.js';
export { FAVICON_SVG, PAGE_CSS } from './style.js';
export { PAGE_JS } from './script.js';
