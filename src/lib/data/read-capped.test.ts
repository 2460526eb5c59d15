import { describe, expect, test } from 'vitest';
import { readCapped } from './read-capped.ts';

/** A stream of the given byte chunks. */
function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe('readCapped', () => {
  test('decodes characters split between chunks, and drops a byte-order mark', async () => {
    const text = '{"name":"Société Générale — 日本"}';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    // One byte per chunk: every multi-byte character is split.
    const chunks = [...bytes].map((b) => new Uint8Array([b]));
    expect(await readCapped(streamOf(chunks), 1000)).toBe(text);
  });

  test('stops past the cap and says so', async () => {
    const chunks = Array.from({ length: 10 }, () => new Uint8Array(100).fill(0x61));
    expect(await readCapped(streamOf(chunks), 950)).toBe('too-large');
    expect(await readCapped(streamOf(chunks), 1000)).toBe('a'.repeat(1000));
  });
});
