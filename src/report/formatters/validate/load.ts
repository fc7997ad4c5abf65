/** Loads one validate formatter by --format name, so a run loads only the formatter it prints with. */
import type { ValidateFormatter } from './types.js';

export async function loadValidateFormatter(name: string): Promise<ValidateFormatter> {
  switch (name) {
    case 'pretty': return (await import('./pretty.js')).formatPretty;
    case 'github': return (await import('./github.js')).formatGithub;
    case 'junit': return (await import('./junit.js')).formatJunit;
    case 'markdown': return (await import('./markdown.js')).formatMarkdown;
    case 'sarif': return (await import('./sarif.js')).formatSarif;
    case 'html': return (await import('./html.js')).formatHtml;
    default: return (await import('./json.js')).validateJson;
  }
}
