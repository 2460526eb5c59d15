import { describe, expect, test } from 'vitest';
import { escapeInlineJson, INLINE_DATA_ID, inlineDataElement, inlineDataText } from './inline-data.ts';

/** A stand-in for `document` with one element (the unit tests run in Node, without a DOM). */
function fakeDocument(element?: { localName: string; type: string | null; text: string | null }) {
  return {
    getElementById: (id: string) =>
      element && id === INLINE_DATA_ID
        ? ({
            localName: element.localName,
            textContent: element.text,
            getAttribute: (name: string) => (name === 'type' ? element.type : null),
          } as unknown as HTMLElement)
        : null,
  };
}

/** Where the HTML parser ends a script element's text: the first `</script` (any case). */
function scriptText(html: string): string {
  const start = html.indexOf('>') + 1;
  const end = html.toLowerCase().indexOf('</script', start);
  return html.slice(start, end);
}

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >',
  '<!--<script>',
  '<!-- -->',
  'a\u2028b\u2029c',
  '\\</script>',
  '<\\/ already escaped',
  '"quotes" & <b>markup</b>',
];

describe('inlineDataText', () => {
  test('returns the text of the inline JSON element', () => {
    const doc = fakeDocument({ localName: 'script', type: 'application/json', text: '{"a":1}' });
    expect(inlineDataText(doc)).toBe('{"a":1}');
  });

  test('returns undefined without the element (the normal build)', () => {
    expect(inlineDataText(fakeDocument())).toBeUndefined();
  });

  test('ignores an element that is not a JSON script', () => {
    expect(
      inlineDataText(fakeDocument({ localName: 'div', type: 'application/json', text: '{}' })),
    ).toBeUndefined();
    expect(inlineDataText(fakeDocument({ localName: 'script', type: 'module', text: '{}' }))).toBeUndefined();
  });

  test('returns undefined in Node, where there is no document', () => {
    expect(inlineDataText()).toBeUndefined();
  });
});

describe('escapeInlineJson / inlineDataElement', () => {
  test.each(HOSTILE)('keeps %j inside the element and parses back to the same value', (value) => {
    const data = { value, nested: [value, { [value]: value }] };
    const html = inlineDataElement(JSON.stringify(data));
    const text = scriptText(html);
    expect(html).toBe(`<script type="application/json" id="${INLINE_DATA_ID}">${text}</script>`);
    expect(text).not.toMatch(/<\/|<!|\u2028|\u2029/);
    expect(JSON.parse(text)).toEqual(data);
  });

  test('leaves JSON without special characters unchanged', () => {
    const json = JSON.stringify({ companies: [{ id: 'openai', name: 'OpenAI' }], note: 'a < b > c' });
    expect(escapeInlineJson(json)).toBe(json);
  });
});
