import { describe, expect, it } from 'vitest';
import { suggestDescription } from './description';

const base = {
  template: '{{purpose}} Ylläpitäjät: {{administrators}}. Virallinen profiili: {{link}}',
  purpose: 'Pieksämäen nuorisopalvelujen tapahtumat, aukioloajat ja ajankohtaiset asiat nuorille.',
  administrators: [
    { name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' },
    { name: 'Matti Virtanen', jobTitle: 'nuorisosihteeri' },
  ],
  registryLink: 'https://somerekisteri.pieksamaki.fi/profiles/1',
};

describe("suggesting a profile's description (policy rule O4)", () => {
  it('states the purpose, the administrators with job titles and the registry link when it fits', () => {
    const text = suggestDescription({ ...base, limit: null });
    expect(text).toBe(
      'Pieksämäen nuorisopalvelujen tapahtumat, aukioloajat ja ajankohtaiset asiat nuorille. Ylläpitäjät: Seija Laitinen (nuoriso-ohjaaja), Matti Virtanen (nuorisosihteeri). Virallinen profiili: https://somerekisteri.pieksamaki.fi/profiles/1',
    );
  });

  it("stays within the platform's limit, shortening the purpose first and always keeping the link", () => {
    for (const limit of [150, 160, 200, 256]) {
      const text = suggestDescription({ ...base, limit });
      expect(text.length).toBeLessThanOrEqual(limit);
      expect(text).toContain(base.registryLink);
    }
  });

  it('keeps the administrators’ names when their job titles no longer fit', () => {
    const text = suggestDescription({ ...base, limit: 150 });
    expect(text).toContain('Seija Laitinen');
  });
});
