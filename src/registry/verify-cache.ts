/**
 * Verify answers kept in memory between registry changes. Every change clears it: in this process
 * directly after commit, in other processes through the database's NOTIFY. A read that started
 * before a clear is not stored, so a cleared entry cannot come back stale. Entries also expire,
 * as a last guard against a change made behind the app's back.
 */
export class VerifyCache<V> {
  private readonly entries = new Map<string, { value: V; storedAt: number }>();
  private generation = 0;
  private enabled = false;

  constructor(
    private readonly maxEntries = 200_000,
    private readonly maxAgeMs = 60_000,
    private readonly clock: () => number = () => Date.now(),
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

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /** The generation to hand back to `set`: taken before reading the database. */
  begin(): number {
    return this.generation;
  }

  get(key: string): V | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.clock() - entry.storedAt > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, generation: number): void {
    if (!this.enabled || generation !== this.generation) return;
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, storedAt: this.clock() });
  }
}
