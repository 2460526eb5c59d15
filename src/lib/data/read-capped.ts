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
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}
