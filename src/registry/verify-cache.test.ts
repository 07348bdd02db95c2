import { describe, expect, it } from 'vitest';
import { VerifyCache } from './verify-cache';

describe('the verify cache', () => {
  it('keeps nothing until change notifications are known to arrive', () => {
    const cache = new VerifyCache<string>();
    cache.remember(['k'], 'v', cache.begin());
    expect(cache.lookup(['k'])).toBeUndefined();
    cache.enable();
    cache.remember(['k'], 'v', cache.begin());
    expect(cache.lookup(['other', 'k'])).toBe('v');
  });

  it('tells "not registered" only for a remembered miss, or when the whole index is loaded', () => {
    const cache = new VerifyCache<string>();
    cache.enable();
    expect(cache.lookup(['a'])).toBeUndefined();
    cache.remember(['a'], null, cache.begin());
    expect(cache.lookup(['a'])).toBeNull();
    expect(cache.lookup(['b'])).toBeUndefined();
    expect(cache.load([['c', 'profile c']], cache.begin())).toBe(true);
    expect(cache.lookup(['b'])).toBeNull();
    expect(cache.lookup(['c'])).toBe('profile c');
  });

  it('finds an entry by its id only while the whole index is loaded', () => {
    const cache = new VerifyCache<{ id: string }>(undefined, undefined, undefined, (entry) => entry.id);
    cache.enable();
    cache.remember(['k'], { id: 'p1' }, cache.begin());
    expect(cache.byEntryId('p1')).toBeUndefined();
    cache.load([['k', { id: 'p1' }]], cache.begin());
    expect(cache.byEntryId('p1')).toEqual({ id: 'p1' });
    cache.clear();
    expect(cache.byEntryId('p1')).toBeUndefined();
  });

  it('never stores an answer or an index read before a change was committed', () => {
    const cache = new VerifyCache<string>();
    cache.enable();
    const generation = cache.begin();
    cache.clear(); // a change commits while the read is in flight
    cache.remember(['k'], 'stale', generation);
    expect(cache.load([['k', 'stale']], generation)).toBe(false);
    expect(cache.lookup(['k'])).toBeUndefined();
  });

  it('forgets everything, and is no longer complete, when a change comes in', () => {
    const cache = new VerifyCache<string>();
    cache.enable();
    cache.load([['k', 'v']], cache.begin());
    cache.clear();
    expect(cache.isComplete).toBe(false);
    expect(cache.lookup(['k'])).toBeUndefined();
  });

  it('lets remembered misses expire, and does not load an index larger than its bound', () => {
    let now = 0;
    const cache = new VerifyCache<string>(2, 1000, () => now);
    cache.enable();
    cache.remember(['a'], null, cache.begin());
    now = 1001;
    expect(cache.lookup(['a'])).toBeUndefined();
    expect(cache.load([['a', '1'], ['b', '2'], ['c', '3']], cache.begin())).toBe(false);
    expect(cache.isComplete).toBe(false);
  });

  it('empties and stops when notifications are lost', () => {
    const cache = new VerifyCache<string>();
    cache.enable();
    cache.load([['k', 'v']], cache.begin());
    cache.disable();
    expect(cache.lookup(['k'])).toBeUndefined();
  });
});
