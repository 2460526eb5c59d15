// The themes' colour tokens as src/app.css declares them, for tests that compute contrast from them.
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');

/** A token's colour in a theme, from `--name: light-dark(#light, #dark);`. */
export function token(name: string, theme: 'light' | 'dark'): string {
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]+),\\s*(#[0-9a-f]+)\\)`, 'i').exec(css);
  const value = theme === 'light' ? match?.[1] : match?.[2];
  if (!value) throw new Error(`no --${name} in app.css`);
  return value;
}
