import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('defaults to Pieksämäki on the embedded database with demo data, on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe('./data');
    expect(config.databaseUrl).toBeNull();
    expect(config.demoData).toBe(true);
    expect(config.city.name.fi).toBe('Pieksämäki');
    expect(config.city.emailDomain).toBe('pieksamaki.fi');
    expect(config.city.reportChannel).toBe('viestinta@pieksamaki.fi');
  });

  it('makes the city configurable, so any municipality can run it', () => {
    const config = loadConfig({ CITY_NAME: 'Mikkeli', CITY_NAME_SV: 'S:t Michel', CITY_WEB_DOMAIN: 'Mikkeli.fi', CITY_EMAIL_DOMAIN: 'mikkeli.fi' });
    expect(config.city.name).toEqual({ fi: 'Mikkeli', sv: 'S:t Michel', en: 'Mikkeli' });
    expect(config.city.webDomain).toBe('mikkeli.fi');
  });

  it('loads no demo data into a PostgreSQL server unless asked to', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/x' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/x', DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['DEMO_DATA', 'maybe'],
    ['CITY_EMAIL_DOMAIN', 'not a domain'],
    ['PUBLIC_URL', 'registry.example'],
  ])('refuses a bad %s and names the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect((error as ConfigError).problems.join('\n')).toContain(name);
    }
  });
});
