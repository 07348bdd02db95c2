/**
 * Verify answers kept in memory between registry changes. Every change clears it: in this process
 * directly after commit, in other processes through the database's NOTIFY. A read that started
 * before a clear is not stored, so a cleared entry cannot come back stale.
 *
 * Between changes the whole key index can be loaded (`load`): the cache is then complete, and an
 * address it does not know is known not to be registered, without asking the database. Until
 * then, answers read from the database one by one are kept, and expire after a while as a last
 * guard against a change made behind the app's back.
 */
export class VerifyCache<V> {
  private byKey = new Map<string, V>();
  private byId = new Map<string, V>();
  private readonly misses = new Map<string, number>();
  private complete = false;
  private generation = 0;
  private enabled = false;

  constructor(
    private readonly maxEntries = 200_000,
    private readonly maxAgeMs = 60_000,
    private readonly clock: () => number = () => Date.now(),
    /** Names an entry, so that a complete cache also answers by id. */
    private readonly idOf: (value: V) => string = () => '',
  ) {}

  /** Turned on only while change notifications are known to arrive. */
  enable(): void {
    this.clear();
    this.enabled = true;
  }

  disable(): void {
    this.enabled = false;
    this.clear();
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  get isComplete(): boolean {
    return this.enabled && this.complete;
  }

  clear(): void {
    this.generation++;
    this.byKey.clear();
    this.byId.clear();
    this.misses.clear();
    this.complete = false;
  }

  /** The entry with this id, when the whole index is loaded; `undefined` when only the database can tell. */
  byEntryId(id: string): V | undefined {
    return this.isComplete ? this.byId.get(id) : undefined;
  }

  /** The generation to hand back to `remember` or `load`: taken before reading the database. */
  begin(): number {
    return this.generation;
  }

  /**
   * The answer for an address's lookup keys: the entry, `null` when the address is known not to
   * be registered, `undefined` when only the database can tell.
   */
  lookup(keys: string[]): V | null | undefined {
    if (!this.enabled) return undefined;
    for (const key of keys) {
      const value = this.byKey.get(key);
      if (value !== undefined) return value;
    }
    if (this.complete) return null;
    const missKey = keys.join('\n');
    const missedAt = this.misses.get(missKey);
    if (missedAt === undefined) return undefined;
    if (this.clock() - missedAt > this.maxAgeMs) {
      this.misses.delete(missKey);
      return undefined;
    }
    return null;
  }

  /** Keeps one answer read from the database. */
  remember(keys: string[], value: V | null, generation: number): void {
    if (!this.enabled || generation !== this.generation || this.complete) return;
    if (this.byKey.size + this.misses.size >= this.maxEntries) this.clear();
    if (value === null) this.misses.set(keys.join('\n'), this.clock());
    // A single answer is kept for its own keys only while the cache is partial, so it expires
    // with the misses when the whole index is reloaded.
    else for (const key of keys) this.byKey.set(key, value);
  }

  /** Replaces the contents with the whole index, unless a change came in since `generation`. */
  load(entries: Iterable<[string, V]>, generation: number): boolean {
    if (!this.enabled || generation !== this.generation) return false;
    const byKey = new Map<string, V>();
    const byId = new Map<string, V>();
    for (const [key, value] of entries) {
      if (byKey.size >= this.maxEntries) return false;
      byKey.set(key, value);
      byId.set(this.idOf(value), value);
    }
    this.byKey = byKey;
    this.byId = byId;
    this.misses.clear();
    this.complete = true;
    return true;
  }
}
