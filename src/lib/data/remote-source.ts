/**
 * Which `data=` sources may be fetched. Paths relative to the app are always fine (same origin). Absolute
 * addresses must be https (the URL gate) and may not name an IP-literal private, loopback or link-local host —
 * a shared link must not make a reader's browser probe their own network — unless that host is the app's own
 * origin. Readers are always told which host the data comes from (it sees their IP address).
 */
import { safeUrl } from './url-gate.ts';

export type SourceCheck =
  | { readonly ok: true; readonly url: string; readonly label: string; readonly sameOrigin: boolean }
  | { readonly ok: false; readonly message: string };

export function checkDataSource(source: string, pageHref: string): SourceCheck {
  let resolved: URL;
  try {
    resolved = new URL(source, pageHref);
  } catch {
    return { ok: false, message: `The data address ${JSON.stringify(source.slice(0, 80))} is not valid.` };
  }
  const page = new URL(pageHref);
  const sameOrigin = resolved.origin === page.origin;
  if (sameOrigin) return { ok: true, url: resolved.href, label: fileName(resolved), sameOrigin };
  const safe = safeUrl(resolved.href);
  if (!safe || resolved.protocol !== 'https:') {
    return { ok: false, message: 'Data from another site must come from an https:// address.' };
  }
  if (isPrivateHost(resolved.hostname)) {
    return {
      ok: false,
      message: `Data from ${resolved.hostname} was refused: private, loopback and link-local addresses cannot be loaded.`,
    };
  }
  return { ok: true, url: safe.href, label: `${fileName(resolved)} from ${resolved.host}`, sameOrigin };
}

function fileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url.host;
  } catch {
    return last ?? url.host;
  }
}

/** IP literals in private, loopback, link-local, unspecified and unique-local ranges, and localhost names. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (!host.includes(':')) return false;
  if (host === '::' || host === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
  if (mapped) return isPrivateHost(mapped[1] as string);
  if (/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/.test(host)) return true; // IPv4-mapped, hex form: refuse
  const first = parseInt(host.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}
