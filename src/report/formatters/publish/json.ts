/** `export --publish --format json`: what was published, what was blocked and why (docs/cli-contract-extensions.md). */
import type { PublishReport } from '../../../write/gate.js';
import type { Lang } from '../../../text/lang.js';
import { reasonsText } from '../../../text/publish.js';
import { findingJson } from '../validate/json.js';

export function formatPublishJson(r: PublishReport, opts: { lang: Lang }): string {
  const doc = {
    version: r.version,
    refused: r.refused,
    catalogue: r.catalogue,
    inputs: r.inputs,
    ...(r.output ? { output: r.output } : {}),
    ...(r.publication ? { publication: { hash: r.publication.hash, items: r.publication.items, ...(r.publication.since ? { since: r.publication.since } : {}) } } : {}),
    counts: r.counts,
    fileLevel: r.fileLevel,
    published: r.published,
    blocked: r.blocked.map((b) => ({ ...b, message: reasonsText(b.reasons, b, opts.lang) })),
    findings: r.findings.map((f) => findingJson(f, { ...opts, color: false })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
