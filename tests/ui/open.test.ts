import { afterEach, describe, expect, it } from 'vitest';
import { openBrowser, openerOf } from '../../src/ui/open.js';

const PATH = process.env.PATH;

afterEach(() => {
  process.env.PATH = PATH;
});

describe('opening the browser', () => {
  it('uses the opener of each platform', () => {
    expect(openerOf('linux')[0]).toBe('xdg-open');
    expect(openerOf('darwin')[0]).toBe('open');
    expect(openerOf('win32')).toEqual(['cmd', ['/c', 'start', '""']]);
  });

  it('says false, and throws nothing, when there is no opener', async () => {
    process.env.PATH = '/nonexistent';
    await expect(openBrowser('http://127.0.0.1:1/?t=x', 'linux')).resolves.toBe(false);
  });
});
