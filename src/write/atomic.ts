/** Atomic writes: a temporary file in the target's folder, flushed, then renamed into place. */
import { createWriteStream, promises as fs, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fsReason, QingdanError, UsageError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** Paths that must never be the output (the inputs), unless inPlace. */
  inputs?: readonly string[];
  inPlace?: boolean;
}

/** Whether `target` exists and is the same file as one of `inputs` under another name (a symbolic or hard link). */
async function isSameFileAsAny(target: string, inputs: readonly string[]): Promise<boolean> {
  const t = await fs.stat(target).catch(() => undefined);
  if (!t) return false;
  for (const p of inputs) {
    const s = await fs.stat(p).catch(() => undefined);
    if (s && s.dev === t.dev && s.ino === t.ino) return true;
  }
  return false;
}

/** Refuses an output path that exists (without force) or that is an input (without inPlace). */
export async function checkOutputPath(path: string, opts: WriteOptions = {}): Promise<void> {
  const target = resolve(path);
  const isInput = (opts.inputs ?? []).some((p) => resolve(p) === target) || (await isSameFileAsAny(target, opts.inputs ?? []));
  if (isInput && !opts.inPlace) throw new UsageError('output-is-input', {}, { file: path });
  if (!isInput && !opts.force) {
    const exists = await fs.stat(target).then(() => true, () => false);
    if (exists) throw new UsageError('output-exists', {}, { file: path });
  }
}

/** Temporary files being written now: what an interrupted process must remove before it exits. */
const inFlight = new Set<string>();

/**
 * Removes every temporary file still being written, synchronously (for a SIGINT/SIGTERM handler,
 * which must clean up before it exits). The targets are untouched: a rename either happened or not.
 */
export function removeTempFiles(): string[] {
  const removed = [...inFlight];
  for (const tmp of removed) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* best effort: the process is exiting */
    }
  }
  inFlight.clear();
  return removed;
}

let tempSerial = 0;

function tempPath(target: string): string {
  // Unique per process and call; no need for crypto (and its load at start-up) to be unique.
  tempSerial++;
  const salt = Math.floor(Math.random() * 0xffffffff).toString(16).padStart(8, '0');
  return join(dirname(target), `.${basename(target)}.${process.pid}.${tempSerial}${salt}.tmp`);
}

/**
 * Moves `tmp` to `target` only if nothing is there: another process may have written `target` since
 * it was checked, and without --force that file must not be replaced (a hard link fails if the name
 * exists; a rename would not).
 */
async function renameNoReplace(tmp: string, target: string, path: string): Promise<void> {
  try {
    await fs.link(tmp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError('output-exists', {}, { file: path });
    // File systems without hard links (FAT or exFAT on a USB stick): the plain rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    await fs.rename(tmp, target);
    return;
  }
  await fs.rm(tmp, { force: true });
}

/**
 * Writes through `produce` into a temporary file beside `path`, then renames it into place.
 * On any failure the temporary file is removed and the old file is left as it was.
 */
export async function writeAtomic(
  path: string,
  produce: (tmp: string) => Promise<void>,
  opts: WriteOptions = {},
): Promise<void> {
  await checkOutputPath(path, opts);
  const target = resolve(path);
  const tmp = tempPath(target);
  inFlight.add(tmp);
  try {
    await produce(tmp);
    const fh = await fs.open(tmp, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (opts.force || opts.inPlace) await fs.rename(tmp, target);
    else await renameNoReplace(tmp, target, path);
  } catch (err) {
    // Under a path that is not a folder (out.txt/x.json) rm fails with ENOTDIR: there is no temporary file then.
    await fs.rm(tmp, { force: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOTDIR') throw e;
    });
    // Only the system's refusals (disk full, no permission: errors with an errno code) are "could not
    // write"; anything else thrown while producing the file is a bug, and must surface as one (exit 70).
    if (err instanceof QingdanError || typeof (err as NodeJS.ErrnoException)?.code !== 'string') throw err;
    const why = fsReason(err);
    throw new QingdanError('write-failed', why.code === 'ENOENT' ? { reason: 'write-no-folder', code: why.code } : why, { file: path }, { cause: err });
  } finally {
    inFlight.delete(tmp);
  }
}

/**
 * Destroys a file stream and waits until its file is closed. A failing producer must call it before
 * it rethrows: the stream opens its file asynchronously, so without the wait the temporary file could
 * be created after writeAtomic has removed it, and be left behind.
 */
export function closeStream(out: WriteStream): Promise<void> {
  return new Promise<void>((ok) => {
    if (out.closed) ok();
    else out.once('close', () => ok());
    out.destroy();
  });
}

/** Writes text or bytes atomically. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  await writeAtomic(path, (tmp) => fs.writeFile(tmp, data), opts);
}

/** Writes a sequence of text (UTF-8) or byte chunks atomically, without holding them all in memory. */
export async function writeChunksAtomic(
  path: string,
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  opts: WriteOptions = {},
): Promise<void> {
  await writeAtomic(
    path,
    async (tmp) => {
      const out = createWriteStream(tmp);
      const done = new Promise<void>((ok, fail) => {
        out.on('finish', ok);
        out.on('error', fail);
      });
      done.catch(() => undefined); // awaited below; a disk error must not also be an unhandled rejection
      try {
        for await (const chunk of chunks) {
          // Race with `done` so a stream error (disk full) ends the wait for 'drain'.
          if (!out.write(chunk)) await Promise.race([new Promise<void>((ok) => out.once('drain', () => ok())), done]);
        }
      } catch (err) {
        await closeStream(out);
        throw err;
      }
      out.end();
      await done;
    },
    opts,
  );
}
