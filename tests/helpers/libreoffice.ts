/** Test helper: which program wrote a workbook (docProps/app.xml), so tests can show their fixtures are not exceljs's own. */
import { zipParts } from './zip.js';

export async function writtenBy(path: string): Promise<string> {
  const app = (await zipParts(path)).find((p) => p.name === 'docProps/app.xml');
  return app ? (/<Application>([^<]*)<\/Application>/.exec(app.data.toString('utf8'))?.[1] ?? '') : '';
}
