import { describe, expect, it } from 'vitest';
import { esc } from '../../src/util/html.js';

describe('esc', () => {
  it('turns every character with a meaning in HTML text or a quoted attribute into its entity', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(esc('事项编码')).toBe('事项编码');
    expect(esc(undefined)).toBe('');
    expect(esc(12)).toBe('12');
  });
});
