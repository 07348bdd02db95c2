import { describe, expect, it } from 'vitest';
import { handleFold, readsAsEither, skeleton } from './skeleton';

describe('the UTS #39 skeleton (policy rule P6)', () => {
  it('gives Cyrillic letters that look Latin the Latin prototype', () => {
    expect(skeleton('раѕсехоуіј')).toBe('pascexoyij');
    expect(skeleton('pieksаmаki')).toBe(skeleton('pieksamaki'));
  });

  it('gives Greek letters that look Latin the Latin prototype', () => {
    expect(skeleton('ορνια')).toBe('opvia');
    expect(skeleton('ΑΒΕΚΜΟ')).toBe(skeleton('ABEKMO'));
  });

  it('writes m as rn, as confusables.txt does', () => {
    expect(skeleton('m')).toBe('rn');
    expect(skeleton('pieksarnaki')).toBe(skeleton('pieksamaki'));
  });

  it('takes l, 1, I and | for one letter, and O for 0', () => {
    expect(new Set(['l', '1', 'I', '|'].map(skeleton))).toEqual(new Set(['l']));
    expect(skeleton('0')).toBe(skeleton('O'));
  });

  it('keeps letters that only look alike to a careless eye apart', () => {
    expect(skeleton('a')).not.toBe(skeleton('o'));
    expect(skeleton('i')).not.toBe(skeleton('l'));
    expect(skeleton('ä')).not.toBe(skeleton('a'));
  });
});

describe('folding a handle as a platform shows it', () => {
  it('reads capitals as the lower-case letters a platform shows', () => {
    expect(handleFold('PIEKSAMAKI')).toBe(handleFold('pieksamaki'));
    expect(handleFold('Ι')).toBe(handleFold('i'));
  });

  it('reads o and 0 alike, and l, 1 and | alike', () => {
    expect(handleFold('0')).toBe('o');
    expect(new Set(['l', '1', '|'].map(handleFold))).toEqual(new Set(['l']));
  });

  it('reads lower-case Cyrillic letters whose prototype is a small capital as the letter (к, т, н, в)', () => {
    expect(handleFold('к')).toBe('k');
    expect(handleFold('т')).toBe('t');
    expect(handleFold('н')).toBe('h');
    expect(handleFold('в')).toBe('b');
  });

  it('keeps accents, so that ä written as a is a trick of its own', () => {
    expect(handleFold('ä')).not.toBe(handleFold('a'));
  });

  it('keeps i and l apart, but knows that 1 and | may be read as either', () => {
    expect(handleFold('i')).not.toBe(handleFold('l'));
    expect(['1', '|'].every(readsAsEither)).toBe(true);
    expect(['l', 'i', 'I', 'o'].some(readsAsEither)).toBe(false);
  });
});
