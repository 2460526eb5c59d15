import { describe, expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { MAP_SVG_HEIGHT, MAP_SVG_WIDTH, mapSvg } from './map-svg.ts';
import { FORBIDDEN_XML_CHARS, parseXml } from './parse-xml.test-helper.ts';
import { hostileFile, viewOf, type TestView } from './test-fixtures.ts';

const edition = frozenEdition();

function render(view: TestView): { text: string; doc: ReturnType<typeof parseXml> } {
  const text = mapSvg(view.model, view.visibility, view.positions, view.params);
  return { text, doc: parseXml(text, 'image/svg+xml') };
}

/** Every attribute name in the document. */
function attributeNames(doc: ReturnType<typeof parseXml>): string[] {
  const names: string[] = [];
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    for (const attr of Array.from(element.attributes)) names.push(attr.name);
  }
  return names;
}

function allText(doc: ReturnType<typeof parseXml>): string {
  return doc.documentElement?.textContent ?? '';
}

describe('map SVG', () => {
  test('a standalone, safe SVG document', () => {
    const { text, doc } = render(viewOf(edition));
    const svg = doc.documentElement;
    expect(svg?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg?.getAttribute('width')).toBe(String(MAP_SVG_WIDTH));
    expect(svg?.getAttribute('height')).toBe(String(MAP_SVG_HEIGHT));
    expect(text).not.toMatch(/<script|<style|<foreignObject|<image|<use/i);
    expect(attributeNames(doc).filter((n) => /^on/i.test(n) || /href$/i.test(n))).toEqual([]);
    // The only url() references are the document's own arrowheads.
    for (const m of text.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^#arrow-\d+$/);
    expect(text).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  test('title, every visible company and deal, legend and source line', () => {
    const view = viewOf(edition, { focus: ['openai'] });
    const { doc } = render(view);
    const text = allText(doc);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('AI Deal Map');
    const visible = view.model.companies.filter((_c, i) => view.visibility.companies[i]);
    const hidden = view.model.companies.filter((_c, i) => !view.visibility.companies[i]);
    // Each company is a group with a <title> ("OpenAI, AI lab, 38 deals") and a circle; most have a label.
    const groups = [
      ...new Set(Array.from(doc.getElementsByTagName('circle')).map((c) => c.parentNode as Element | null)),
    ].filter((g) => g?.firstChild?.nodeName === 'title');
    const names = groups.map((g) => g?.firstChild?.textContent?.replace(/, [^,]+, \d+ deals?$/, ''));
    expect(names.toSorted()).toEqual(visible.map((c) => c.name).toSorted());
    const labels = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    for (const company of hidden) expect(labels).not.toContain(company.name);
    expect(labels).toContain('OpenAI');
    expect(hidden.map((c) => c.name)).toContain('Hugging Face');
    expect(text).not.toContain('Hugging Face');
    // One circle per company, one path per deal (plus the marker and legend shapes).
    expect(doc.getElementsByTagName('path').length).toBeGreaterThanOrEqual(
      view.visibility.visibleDeals.length,
    );
    expect(text).toContain(
      `Source: AI Deal Map · data updated 26 Nov 2026 · ${view.visibility.visibleDeals.length} of 126 deals shown · Focus: OpenAI`,
    );
    for (const key of [
      'AI lab',
      'Investment',
      'Size: deal volume',
      'Width: amount',
      'Arrow: money flows to',
      'Reported / low confidence',
      'Focused company',
    ]) {
      expect(text).toContain(key);
    }
  });

  test('unconfirmed deals get hollow arrowheads, confirmed ones filled', () => {
    const { doc } = render(viewOf(edition));
    const markers = Array.from(doc.getElementsByTagName('marker'));
    const fills = markers.map((m) => m.getElementsByTagName('path')[0]?.getAttribute('fill'));
    expect(fills).toContain('#ffffff');
    expect(fills.some((f) => f !== '#ffffff')).toBe(true);
  });

  test('hostile names are text, control characters are dropped', () => {
    const view = viewOf(hostileFile(), { categories: ['ai-lab', 'hyperscaler'] });
    const { text, doc } = render(view);
    expect(text).not.toMatch(FORBIDDEN_XML_CHARS);
    expect(text).not.toContain('<AI>');
    expect(allText(doc)).toContain(`Open<AI> & "Co" 'x'`);
    expect(allText(doc)).not.toContain('Hidden Company');
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('Hostile <map> & "co"');
  });

  test('an empty view says so', () => {
    const { doc } = render(viewOf(edition, { types: [] }));
    expect(allText(doc)).toContain('No deal types — no deals match.');
    expect(allText(doc)).toContain('0 of 126 deals shown');
  });
});
