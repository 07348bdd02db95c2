import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

const owner = { email: 'matti.virtanen@pieksamaki.fi', displayName: 'Matti Virtanen', cityWords: ['Pieksämäki', 'pieksamaki'] };

describe('choosing a password (policy rule G9)', () => {
  it('accepts a long passphrase of unrelated words', () => {
    expect(passwordProblem('kaurapuuro-Lokakuu-tähtisade-42', owner)).toBeNull();
  });

  it('refuses one shorter than twelve characters', () => {
    expect(passwordProblem('Xy7#kq!2Lm', owner)).toEqual({ code: 'too-short', minimum: 12 });
  });

  it('refuses the email address, or its name part, inside the password', () => {
    expect(passwordProblem('matti.virtanen@pieksamaki.fi', owner)).toEqual({ code: 'contains-email' });
    expect(passwordProblem('xxmatti.virtanen2026xx', owner)).toEqual({ code: 'contains-email' });
  });

  it('knows Finnish words', () => {
    expect(passwordProblem('Kissankello1', owner)).toMatchObject({ code: 'weak' });
  });

  it('knows Finnish first names and surnames', () => {
    expect(passwordProblem('JuhaniKorhonen', owner)).toMatchObject({ code: 'weak' });
  });

  it("knows the city's name and the person's own name", () => {
    expect(passwordProblem('Pieksämäki2026!', owner)).toMatchObject({ code: 'weak' });
    expect(passwordProblem('VirtanenMatti1', owner)).toMatchObject({ code: 'weak' });
  });

  it('knows keyboard rows and repeats', () => {
    expect(passwordProblem('qwertyuiopåasdf', owner)).toMatchObject({ code: 'weak' });
    expect(passwordProblem('1qaz2wsx3edc4rfv', owner)).toMatchObject({ code: 'weak' });
    expect(passwordProblem('aaaaaaaaaaaaaaaa', owner)).toMatchObject({ code: 'weak', hint: 'repeat' });
  });
});

describe('storing a password', () => {
  it('keeps an argon2id hash that verifies the password and nothing else', async () => {
    const stored = await hashPassword('kaurapuuro-Lokakuu-tähtisade-42');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'kaurapuuro-Lokakuu-tähtisade-42')).toBe(true);
    expect(await verifyPassword(stored, 'kaurapuuro-Lokakuu-tähtisade-43')).toBe(false);
  });

  it('treats a damaged hash as a wrong password, not as an error', async () => {
    expect(await verifyPassword('not-a-hash', 'anything at all')).toBe(false);
  });
});
