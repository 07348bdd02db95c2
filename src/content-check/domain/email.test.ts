import { describe, expect, it } from 'vitest';
import { findEmails } from './email';
import { foundIn } from './expect-findings';

const found = (text: string) => foundIn(findEmails, text);

describe('e-mail addresses (EMAIL; policy rule P8)', () => {
  it('finds an address in a Finnish, Swedish and English sentence, at its exact place', () => {
    expect(findEmails('Lisätietoja: maija.meikalainen@pieksamaki.fi')).toEqual([
      { type: 'EMAIL', start: 13, end: 44, text: 'maija.meikalainen@pieksamaki.fi' },
    ]);
    expect(found('Skicka e-post till anna-lena_berg+anmalan@kommun.example.se i dag.')).toEqual(['anna-lena_berg+anmalan@kommun.example.se']);
    expect(found('Write to John.Smith@Example.CO.UK for details.')).toEqual(['John.Smith@Example.CO.UK']);
  });

  it('leaves out the punctuation around an address', () => {
    expect(found('Kirjoita osoitteeseen matti@example.fi. Tai (liisa@example.fi), "pekka@example.fi", <kalle@example.fi>; ville@example.fi!')).toEqual([
      'matti@example.fi',
      'liisa@example.fi',
      'pekka@example.fi',
      'kalle@example.fi',
      'ville@example.fi',
    ]);
    expect(found('Viestit: -anna@example.fi- ja ...eero@example.fi...')).toEqual(['anna@example.fi', 'eero@example.fi']);
  });

  it('finds addresses with Finnish letters, in the local part and in the domain', () => {
    expect(found('Osoite: jää.kiekko@pieksämäki.fi ja öljy@example.fi')).toEqual(['jää.kiekko@pieksämäki.fi', 'öljy@example.fi']);
  });

  it('finds an address in a mailto link', () => {
    expect(found('<a href="mailto:info@example.fi">')).toEqual(['info@example.fi']);
  });

  it('refuses a domain without a dot or with a top-level domain that is not letters', () => {
    expect(found('maija@localhost, maija@example.1, maija@192.168.1.1, maija@example.f')).toEqual([]);
  });

  it('refuses broken local parts and domains', () => {
    expect(found('maija..m@example.fi, maija.@example.fi, maija@-example.fi, maija@example-.fi, maija@example..fi')).toEqual([]);
  });

  it('does not read a fediverse handle or a profile link as an address', () => {
    expect(found('Seuraa meitä: @pieksamaki@mastodon.social ja https://mastodon.social/@pieksamaki')).toEqual([]);
  });

  it('leaves a lone @ and social handles alone', () => {
    expect(found('Tervetuloa @ kirjasto! @kaupunki, kysy@ ja @example.fi')).toEqual([]);
  });

  it('refuses a local part longer than 64 characters', () => {
    expect(found(`${'a'.repeat(65)}@example.fi`)).toEqual([]);
    expect(found(`${'a'.repeat(64)}@example.fi`)).toEqual([`${'a'.repeat(64)}@example.fi`]);
  });

  it('finds an address with its @ written as (at) or [at], as public-sector pages write them, with or without spaces', () => {
    expect(findEmails('Lisätietoja: matti.virtanen(at)pieksamaki.fi.')).toEqual([
      { type: 'EMAIL', start: 13, end: 44, text: 'matti.virtanen(at)pieksamaki.fi' },
    ]);
    expect(found('Skriv till anna.berg [at] kommun.example.se eller Liisa (AT) example.fi')).toEqual(['anna.berg [at] kommun.example.se', 'Liisa (AT) example.fi']);
  });

  it('keeps the order of the text when both spellings occur', () => {
    expect(found('a(at)example.fi ja b@example.fi ja c[at]example.fi')).toEqual(['a(at)example.fi', 'b@example.fi', 'c[at]example.fi']);
  });

  it('does not read "at" in brackets without an address around it as one', () => {
    expect(found('Tapaaminen (at) kirjastossa, [at] ja meet us (at) the library.')).toEqual([]);
  });

  it("does not take the pattern of the staff's addresses for anyone's address: etunimi.sukunimi@…, firstname.lastname(at)…", () => {
    expect(found('Hakemukset: etunimi.sukunimi@pieksamaki.fi, Firstname.Lastname(at)pieksamaki.fi, fornamn.efternamn@kommun.se')).toEqual([]);
  });

  it('finds addresses side by side', () => {
    expect(found('a@example.fi,b@example.fi c@example.fi')).toEqual(['a@example.fi', 'b@example.fi', 'c@example.fi']);
  });
});
