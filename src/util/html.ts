/** Escaping for HTML text and attribute values: every name from a list is data, never markup. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element or a quoted attribute (also inside SVG). */
export const esc = (value: unknown): string => String(value ?? '').replace(/[&<>"']/gu, (c) => ENTITIES[c]);
