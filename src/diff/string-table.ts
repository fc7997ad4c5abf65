/**
 * A set of strings numbered in the order they were added, kept as UTF-16 code units in 1 MiB chunks
 * with an open-addressed hash table over them: a diff's million keys and codes are a few typed
 * arrays, not a million strings (and Map entries) for the garbage collector to walk, and no string
 * of a reader is held (one sliced out of a larger text would keep that text alive).
 */

/** Code units per chunk (1 MiB); a longer string gets a chunk of its own. */
const CHUNK = 1 << 19;

/** A copy of a typed array with room for at least n elements (twice its length at least, so that growing by one stays linear). */
export const grown = <T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(a: T, n: number): T => {
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
};

/**
 * A random start for the hash, per process: the keys come from the files, and a file crafted for one
 * fixed start (FNV-1a's own) could put every key in one chain; ids, and so every output, do not
 * depend on it.
 */
const SEED = crypto.getRandomValues(new Uint32Array(1))[0];

/** FNV-1a over the code units, from SEED. */
function hashOf(s: string): number {
  let h = SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class StringTable {
  /** Strings held (ids are 0 … size − 1). */
  size = 0;
  private readonly chunks: Uint16Array[] = [];
  private cur = new Uint16Array(0);
  private pos = 0;
  private cap = 1024;
  private chunkOf = new Uint32Array(this.cap);
  private offOf = new Uint32Array(this.cap);
  private lenOf = new Uint32Array(this.cap);
  private hashes = new Uint32Array(this.cap);
  /** id + 1 per bucket, 0 for an empty one; at most half full. */
  private table = new Int32Array(2048);

  /** The id of `s`, or -1. */
  find(s: string): number {
    return this.probe(s, hashOf(s));
  }

  /** The id of `s`, added if it was not there (then its id is size − 1). */
  add(s: string): number {
    const h = hashOf(s);
    const found = this.probe(s, h);
    if (found >= 0) return found;
    if (this.size === this.cap) this.growIds();
    if ((this.size + 1) * 2 > this.table.length) this.rehash();
    const id = this.size++;
    if (this.pos + s.length > this.cur.length) {
      this.cur = new Uint16Array(Math.max(CHUNK, s.length));
      this.chunks.push(this.cur);
      this.pos = 0;
    }
    const c = this.cur;
    const at = this.pos;
    for (let i = 0; i < s.length; i++) c[at + i] = s.charCodeAt(i);
    this.pos += s.length;
    this.chunkOf[id] = this.chunks.length - 1;
    this.offOf[id] = at;
    this.lenOf[id] = s.length;
    this.hashes[id] = h;
    this.place(id, h);
    return id;
  }

  /** Whether the string of an id is `s`. */
  is(id: number, s: string): boolean {
    return this.lenOf[id] === s.length && this.equal(id, s);
  }

  /** The string of an id. */
  get(id: number): string {
    const c = this.chunks[this.chunkOf[id]];
    const at = this.offOf[id];
    let s = '';
    for (let i = 0; i < this.lenOf[id]; i++) s += String.fromCharCode(c[at + i]);
    return s;
  }

  private probe(s: string, h: number): number {
    const t = this.table;
    const mask = t.length - 1;
    for (let b = h & mask; ; b = (b + 1) & mask) {
      const e = t[b];
      if (e === 0) return -1;
      const id = e - 1;
      if (this.hashes[id] === h && this.lenOf[id] === s.length && this.equal(id, s)) return id;
    }
  }

  private equal(id: number, s: string): boolean {
    const c = this.chunks[this.chunkOf[id]];
    const at = this.offOf[id];
    for (let i = 0; i < s.length; i++) if (c[at + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  private place(id: number, h: number): void {
    const t = this.table;
    const mask = t.length - 1;
    let b = h & mask;
    while (t[b] !== 0) b = (b + 1) & mask;
    t[b] = id + 1;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let id = 0; id < this.size; id++) this.place(id, this.hashes[id]);
  }

  private growIds(): void {
    this.cap *= 2;
    this.chunkOf = grown(this.chunkOf, this.cap);
    this.offOf = grown(this.offOf, this.cap);
    this.lenOf = grown(this.lenOf, this.cap);
    this.hashes = grown(this.hashes, this.cap);
  }
}
