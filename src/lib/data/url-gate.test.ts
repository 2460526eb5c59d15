import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { seededRandom } from '../layout/random.ts';
import { safeUrl } from './url-gate.ts';

/** The gate as it is without its shortcut: always through `new URL`. */
function parsed(raw: string): { href: string; host: string } | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  return { href: url.href, host: url.hostname.replace(/^www\./, '') };
}

const TRICKY = [
  'https://example.com',
  'https://example.com/',
  'https://www.example.com/a/b?c=d&e=f#g',
  'http://example.com:80/x',
  'https://EXAMPLE.com/x',
  'https://example.com/a/../b',
  'https://example.com/a/./b',
  'https://example.com/%2e%2E/b',
  'https://example.com/a/%2E',
  'https://127.1/x',
  'https://0x7f.1/x',
  'https://123/x',
  'https://xn--nxasmq6b.com/x',
  'https://xn--a/x',
  'https://ex ample.com/x',
  "https://example.com/it's?q='quoted'#'frag'",
  'https://example.com/a b',
  'https://example.com/{x}|^`',
  'https://example.com/a\\b',
  'https://user:pass@example.com/x',
  'https://user@example.com/x',
  'javascript:alert(1)',
  'https://example.com./x',
  'https://-example-.com/x',
  'https://example.com/path;p=1/%41%zz?x=%20#%',
  'https://example.com/?',
  'https://example.com/#',
  '  https://example.com/trim  ',
  'HTTPS://example.com/upper-scheme',
  'https://example.com/a?b=c?d#e#f',
];

describe('the URL gate', () => {
  test('answers exactly as parsing every link would, on tricky links', () => {
    for (const raw of TRICKY) expect(safeUrl(raw), raw).toEqual(parsed(raw));
  });

  test('answers exactly as parsing every link would, on every source of the data files', () => {
    const urls: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string' && /^\s*https?:/i.test(value)) urls.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(JSON.parse(readFileSync(new URL('../../../data/ai-deals.json', import.meta.url), 'utf8')));
    expect(urls.length).toBeGreaterThan(200);
    for (const raw of urls) expect(safeUrl(raw), raw).toEqual(parsed(raw));
  });

  test('answers exactly as parsing every link would, on 20,000 random links', () => {
    const random = seededRandom(17);
    const pick = (chars: string, n: number) =>
      Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('');
    const hosts = 'abcxyz019-.';
    const rest = 'abcXYZ09-._~!$&\'()*+,;=:@%/?#.[]{}|\\^` "<>2eE';
    for (let i = 0; i < 20_000; i++) {
      const raw = `http${random() < 0.5 ? 's' : ''}://${pick(hosts, 1 + Math.floor(random() * 12))}/${pick(rest, Math.floor(random() * 16))}`;
      expect(safeUrl(raw), raw).toEqual(parsed(raw));
    }
  });
});
