import { describe, expect, test } from 'vitest';
import { checkDataSource, isPrivateHost } from './remote-source.ts';

const page = 'https://maps.example.org/ai/?focus=openai';

describe('data= sources', () => {
  test('relative paths load from the app itself', () => {
    expect(checkDataSource('data/v/2026-11-26.json', page)).toEqual({
      ok: true,
      url: 'https://maps.example.org/ai/data/v/2026-11-26.json',
      label: '2026-11-26.json',
      sameOrigin: true,
    });
  });

  test('https files elsewhere load, and the reader is told the host', () => {
    expect(checkDataSource('https://data.example.com/market.json', page)).toMatchObject({
      ok: true,
      label: 'market.json from data.example.com',
      sameOrigin: false,
    });
  });

  test.each([
    ['http://data.example.com/x.json', /https:\/\//],
    ['https://127.0.0.1/x.json', /refused/],
    ['https://10.0.0.5/x.json', /refused/],
    ['https://192.168.1.1/x.json', /refused/],
    ['https://172.20.0.1/x.json', /refused/],
    ['https://169.254.169.254/latest/meta-data', /refused/],
    ['https://[::1]/x.json', /refused/],
    ['https://[fe80::1]/x.json', /refused/],
    ['https://[fd00::1]/x.json', /refused/],
    ['https://[::ffff:127.0.0.1]/x.json', /refused/],
    ['https://localhost/x.json', /refused/],
    ['https://0x7f000001/x.json', /refused/],
    ['https://user:pw@data.example.com/x.json', /https:\/\//],
  ])('%s is refused', (source, message) => {
    const result = checkDataSource(source, page);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  test('a private host is fine when it is the app’s own origin', () => {
    expect(checkDataSource('http://127.0.0.1:4173/data/x.json', 'http://127.0.0.1:4173/').ok).toBe(true);
  });

  test('public IP literals and ordinary hosts are not private', () => {
    expect(isPrivateHost('8.8.8.8')).toBe(false);
    expect(isPrivateHost('example.com')).toBe(false);
    expect(isPrivateHost('2001:db8::1')).toBe(false);
  });
});
