import type { Attachment } from 'svelte/attachments';

/**
 * Sets CSS custom properties through the CSSOM. Styles never go into a `style="…"` attribute, which a strict
 * Content-Security-Policy (style-src 'self') blocks; CSSOM writes are allowed.
 */
export function cssVars(
  vars: Readonly<Record<`--${string}`, string | undefined>>,
): Attachment<HTMLElement | SVGElement> {
  return (node) => {
    for (const [name, value] of Object.entries(vars)) {
      if (value === undefined) node.style.removeProperty(name);
      else node.style.setProperty(name, value);
    }
  };
}
