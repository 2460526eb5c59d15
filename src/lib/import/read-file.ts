/**
 * A picked or dropped file's text. A gzip file (`.json.gz`, told by its first two bytes, not its name) is
 * decompressed with the platform's DecompressionStream, stopping past the size limit (a small file can expand
 * to gigabytes); without DecompressionStream it is refused as compressed.
 */
import { MAX_FILE_BYTES } from '../data/parse.ts';
import { readCapped } from '../data/read-capped.ts';

export type FileText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

export async function readFileText(file: Blob & { readonly name: string }): Promise<FileText> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] !== 0x1f || head[1] !== 0x8b) return { ok: true, text: await file.text() };
  if (typeof DecompressionStream !== 'function') {
    return {
      ok: false,
      message: `${file.name} is compressed (gzip) and this browser cannot decompress it; unzip it first.`,
    };
  }
  try {
    const text = await readCapped(file.stream().pipeThrough(new DecompressionStream('gzip')), MAX_FILE_BYTES);
    if (text === 'too-large') {
      return {
        ok: false,
        message: `${file.name} decompresses to more than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit.`,
      };
    }
    return { ok: true, text };
  } catch {
    return { ok: false, message: `${file.name} looks compressed (gzip) but could not be decompressed.` };
  }
}

/** `data.json.gz` → `data.json`: the importer then reads it by its inner name. */
export function innerName(name: string): string {
  return name.replace(/\.gz$/i, '');
}
