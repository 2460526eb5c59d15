/**
 * Data inlined into the page by the single-file build (`dist/ai-deal-map.html`): the bundled data file sits in
 * `<script type="application/json" id="adm-data">`, so the app opens from disk without any fetch. The normal
 * build has no such element, and the app then downloads `data/ai-deals.json`.
 */

/** The id of the inline data element. */
export const INLINE_DATA_ID = 'adm-data';

/** The text of the inline data element, or undefined when the page has none (the normal build). */
export function inlineDataText(
  doc: Pick<Document, 'getElementById'> | undefined = typeof document === 'undefined' ? undefined : document,
): string | undefined {
  const element = doc?.getElementById(INLINE_DATA_ID);
  if (!element || element.localName !== 'script') return undefined;
  if (element.getAttribute('type') !== 'application/json') return undefined;
  return element.textContent ?? undefined;
}

/**
 * Build side: JSON text made safe to sit inside a `<script>` element. `<` before `/` or `!` and the line
 * separators U+2028/U+2029 can only occur inside JSON strings, where the escaped forms mean the same
 * characters — so `JSON.parse` of the element's text gives back exactly the same value, and the text can
 * neither close the element (`</script>`) nor switch the HTML parser into its comment-like script states
 * (`<!--`).
 */
export function escapeInlineJson(json: string): string {
  return json
    .replaceAll('</', '<\\/')
    .replaceAll('<!', '\\u003c!')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** Build side: the complete inline data element for a JSON text. */
export function inlineDataElement(json: string): string {
  return `<script type="application/json" id="${INLINE_DATA_ID}">${escapeInlineJson(json)}</script>`;
}
