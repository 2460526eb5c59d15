/**
 * Reads a byte stream to UTF-8 text (a BOM is dropped), counting bytes as they arrive and stopping past `cap`:
 * a download or a decompressing file is never held whole in memory beyond the limit. Throws what the stream
 * throws (a network error, corrupt gzip).
 */
export async function readCapped(
  stream: ReadableStream<Uint8Array>,
  cap: number,
): Promise<string | 'too-large'> {
  const reader = stream.getReader();
  // Decoded chunk by chunk as the bytes arrive (a character split between chunks is carried over), so a big
  // download is not decoded in one long task at the end.
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      return 'too-large';
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
