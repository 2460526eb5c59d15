import { describe, expect, it } from 'vitest';
import { parseXml } from '../export/parse-xml.test-helper.ts';
import { MarkupElement, markupDocument, roundNumbers, serialize } from './markup.ts';

describe('serialised drawing', () => {
  it('writes elements as the drawing built them, text and attributes escaped', () => {
    const svg = markupDocument.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const text = svg.appendChild(new MarkupElement('text'));
    text.setAttribute('class', 'a" onload="alert(1)');
    text.textContent = `</text><script>alert('x')</script> & "more"\u0001`;
    const out = serialize(svg);
    expect(out).not.toContain('<script');
    expect(out).not.toContain('" onload="');
    const doc = parseXml(out, 'image/svg+xml');
    const parsed = doc.getElementsByTagName('text')[0];
    expect(parsed?.getAttribute('class')).toBe('a" onload="alert(1)');
    expect(parsed?.textContent).toBe(`</text><script>alert('x')</script> & "more"`);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
  });

  it('refuses element and attribute names that are not plain names', () => {
    expect(() => new MarkupElement('g onload=x')).toThrow();
    expect(() => new MarkupElement('g').setAttribute('x" y', '1')).toThrow();
  });

  it('keeps children in the order inserted, and moves an element that is inserted again', () => {
    const g = new MarkupElement('g');
    const a = g.appendChild(new MarkupElement('circle'));
    const b = g.appendChild(new MarkupElement('path'));
    g.insertBefore(b, a);
    expect(serialize(g)).toBe('<g><path></path><circle></circle></g>');
    a.remove();
    expect(serialize(g)).toBe('<g><path></path></g>');
  });

  it('rounds numbers, not percentages: paths and positions to the pixel, the rest to a tenth', () => {
    expect(roundNumbers('M10.123,-4.06Q1.25,3 7.5,2')).toBe('M10.1,-4.1Q1.3,3 7.5,2');
    expect(roundNumbers('translate(-0.04,12.96)')).toBe('translate(0,13)');
    expect(roundNumbers('M10.5,-4.4L2,3.51', 0)).toBe('M11,-4L2,4');
    expect(roundNumbers('41.27%')).toBe('41.27%');
    const g = new MarkupElement('g');
    g.setAttribute('transform', 'translate(10.46,3.5)');
    g.setAttribute('opacity', '0.875');
    expect(serialize(g)).toBe('<g transform="translate(10,4)" opacity="0.9"></g>');
  });
});
