/**
 * One upload (multipart/form-data, parsed by busboy) into a round's folder: the catalogue under
 * `catalogue/`, the lists under `lists/` with the folder structure the browser sent, every name made
 * safe (paths.ts). Over a limit, the upload stops and what it wrote is removed by the caller.
 */
import type { IncomingMessage } from 'node:http';
import { createWriteStream, promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { UiErrorKey } from '../report/text/ui.js';
import type { UploadLimits } from './limits.js';
import { insideRoot, safeUploadPath, uniquePath } from './paths.js';

/** A refused upload: the error's key in the catalogue and its values. */
export class UploadError extends Error {
  constructor(readonly key: UiErrorKey, readonly values: { file?: string; limit?: number } = {}, readonly status = 413) {
    super(key);
  }
}

export interface Uploaded {
  /** The catalogue as saved (absolute) and as named (relative), if one came. */
  catalogue?: { path: string; name: string };
  /** The lists, as named (relative paths under `lists/`). */
  lists: string[];
  /** Form fields other than files. */
  fields: Record<string, string>;
}

const FIELDS = { catalogue: 'catalogue', lists: 'lists' } as const;

/** Reads the request's files into `dir/catalogue/` and `dir/lists/`; rejects with an UploadError over a limit or on a malformed body. */
export function receiveUpload(req: IncomingMessage, dir: string, limits: UploadLimits): Promise<Uploaded> {
  return new Promise((resolvePromise, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        preservePath: true,
        defParamCharset: 'utf8',
        limits: { fileSize: limits.maxFileSize, files: limits.maxFiles, fields: 20, fieldSize: 4096, parts: limits.maxFiles + 20 },
      });
    } catch {
      reject(new UploadError('bad-upload', {}, 400));
      return;
    }
    const out: Uploaded = { lists: [], fields: {} };
    const taken = new Set<string>();
    const writes: Promise<void>[] = [];
    let total = 0;
    let failed: UploadError | undefined;
    // A refusal is answered once busboy has read the whole body and every write has settled, so
    // nothing is written into the round's folder after the caller removed it, and the browser gets
    // the answer instead of a reset connection. Past a refusal, no byte more goes to the disk.
    const fail = (err: UploadError): void => {
      failed ??= err;
    };
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      void Promise.all(writes).then(() => (failed ? reject(failed) : resolvePromise(out)));
    };
    bb.on('file', (field, stream, info) => {
      if (failed || (field !== FIELDS.catalogue && field !== FIELDS.lists) || (field === FIELDS.catalogue && out.catalogue)) {
        stream.resume();
        return;
      }
      const rel = safeUploadPath(info.filename ?? '');
      // The catalogue keeps its own name only; lists keep their folders.
      const name = field === FIELDS.catalogue ? rel.split('/').pop()! : uniquePath(rel, taken);
      const path = insideRoot(dir, `${field}/${name}`);
      if (field === FIELDS.catalogue) out.catalogue = { path, name };
      else out.lists.push(name);
      // Counts the bytes of all files on their way to the disk (a 'data' listener here would start the flow before the file is open).
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          total += chunk.length;
          if (total > limits.maxTotal) fail(new UploadError('too-large', { limit: limits.maxTotal }));
          if (failed) done();
          else done(null, chunk);
        },
      });
      stream.on('limit', () => fail(new UploadError('file-too-large', { file: name, limit: limits.maxFileSize })));
      writes.push(
        fs.mkdir(dirname(path), { recursive: true, mode: 0o700 })
          .then(() => pipeline(stream, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 })))
          .catch(() => fail(new UploadError('bad-upload', {}, 400))),
      );
    });
    bb.on('field', (name, value) => {
      out.fields[name] = value;
    });
    bb.on('filesLimit', () => fail(new UploadError('too-many-files', { limit: limits.maxFiles })));
    bb.on('partsLimit', () => fail(new UploadError('too-many-files', { limit: limits.maxFiles })));
    bb.on('error', () => {
      fail(new UploadError('bad-upload', {}, 400));
      finish();
    });
    bb.on('close', finish);
    req.on('aborted', () => {
      fail(new UploadError('bad-upload', {}, 400));
      finish();
    });
    req.pipe(bb);
  });
}
