import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../data/parse.ts';
import { innerName, readFileText } from './read-file.ts';

const GRAPH = '{"nodes":[{"id":"a"},{"id":"b"}],"links":[{"source":"a","target":"b"}]}';
const file = (bytes: Uint8Array<ArrayBuffer> | string, name: string) => new File([bytes], name);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading a picked or dropped file', () => {
  test('a gzip file is decompressed, told by its bytes, not its name', async () => {
    const packed = new Uint8Array(gzipSync(GRAPH));
    expect(await readFileText(file(packed, 'graph.json.gz'))).toEqual({ ok: true, text: GRAPH });
    expect(await readFileText(file(packed, 'graph.json'))).toEqual({ ok: true, text: GRAPH });
    expect(innerName('graph.json.gz')).toBe('graph.json');
    expect(innerName('graph.JSON.GZ')).toBe('graph.JSON');
  });

  test('a plain file is read as it is, accents included', async () => {
    expect(await readFileText(file('from,to\nSociété,Blåbær\n', 'deals.csv'))).toEqual({
      ok: true,
      text: 'from,to\nSociété,Blåbær\n',
    });
  });

  test('a small file that expands past the size limit is stopped, not read into memory', async () => {
    const bomb = new Uint8Array(gzipSync(new Uint8Array(MAX_FILE_BYTES + 1024 * 1024)));
    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(await readFileText(file(bomb, 'bomb.json.gz'))).toEqual({
      ok: false,
      message: 'bomb.json.gz decompresses to more than the 50 MB limit.',
    });
  });

  test('a damaged gzip file is refused with its name', async () => {
    const packed = new Uint8Array(gzipSync(GRAPH)).slice(0, 20);
    expect(await readFileText(file(packed, 'cut.json.gz'))).toEqual({
      ok: false,
      message: 'cut.json.gz looks compressed (gzip) but could not be decompressed.',
    });
  });

  test('without DecompressionStream a gzip file is refused as compressed', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    const packed = new Uint8Array(gzipSync(GRAPH));
    expect(await readFileText(file(packed, 'graph.json.gz'))).toEqual({
      ok: false,
      message: 'graph.json.gz is compressed (gzip) and this browser cannot decompress it; unzip it first.',
    });
  });
});
