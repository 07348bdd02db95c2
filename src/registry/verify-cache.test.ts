import { describe, expect, it } from 'vitest';
import { VerifyCache } from './verify-cache';

describe('the verify cache', () => {
  it('keeps nothing until change notifications are known to arrive', () => {
    const cache = new VerifyCache<string>();
    cache.set('k', 'v', cache.begin());
    expect(cache.get('k')).toBeUndefined();
    cache.enable();
    cache.set('k', 'v', cache.begin());
    expect(cache.get('k')).toBe('v');
  });

  it('never stores an answer read before a change was committed', () => {
    const cache = new VerifyCache<string>();
    cache.enable();
    const generation = cache.begin();
    cache.clear(); // a change commits while the read is in flight
    cache.set('k', 'stale', generation);
    expect(cache.get('k')).toBeUndefined();
  });

  it('forgets entries after their maximum age and the oldest beyond its size', () => {
    let now = 0;
    const cache = new VerifyCache<string>(2, 1000, () => now);
    cache.enable();
    cache.set('a', '1', cache.begin());
    cache.set('b', '2', cache.begin());
    cache.set('c', '3', cache.begin());
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe('3');
    now = 1001;
    expect(cache.get('c')).toBeUndefined();
  });

  it('empties and stops when notifications are lost', () => {
    const cache = new VerifyCache<string>();
    cache.enable();
    cache.set('k', 'v', cache.begin());
    cache.disable();
    expect(cache.get('k')).toBeUndefined();
  });
});
