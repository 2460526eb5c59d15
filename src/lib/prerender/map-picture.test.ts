import { describe, expect, it } from 'vitest';
import { parseXml } from '../export/parse-xml.test-helper.ts';
import { hostileFile, viewOf } from '../export/test-fixtures.ts';
import { MAX_STRETCH } from '../render/aspect.ts';
import { mapPicture, type PictureVariant } from './map-picture.ts';

/** The hostile fixture laid out wider than tall, as a real market is. */
function view() {
  const v = viewOf(hostileFile());
  const spots = [
    [-300, -40],
    [260, 70],
    [40, -90],
    [-120, 110],
  ];
  spots.forEach(([x, y], i) => {
    v.positions[2 * i] = x ?? 0;
    v.positions[2 * i + 1] = y ?? 0;
  });
  return v;
}

function picture() {
  const v = view();
  return { v, picture: mapPicture({ ...v, scopeClass: 'svelte-test' }) };
}

/** Circle centres in the variant's viewBox, as fractions of it. */
function centres(variant: PictureVariant) {
  const svg = parseXml(variant.map, 'image/svg+xml').documentElement;
  const [left = 0, top = 0, width = 1, height = 1] = (svg?.getAttribute('viewBox') ?? '')
    .split(' ')
    .map(Number);
  const groups = Array.from(svg?.getElementsByTagName('g') ?? []).filter((g) =>
    (g.getAttribute('class') ?? '').split(' ').includes('node'),
  );
  return groups.map((g) => {
    const [x = NaN, y = NaN] = /translate\(([^,]+),([^)]+)\)/
      .exec(g.getAttribute('transform') ?? '')!
      .slice(1)
      .map(Number);
    return { x: (x - left) / width, y: (y - top) / height, circles: g.getElementsByTagName('circle').length };
  });
}

const sorted = (values: number[]) => values.toSorted((a, b) => a - b);

describe('the prerendered picture', () => {
  it('draws one circle per visible company, in each variant', () => {
    const { v, picture: p } = picture();
    expect(p.variants.map((x) => x.kind)).toEqual(['wide', 'tall']);
    for (const variant of p.variants) {
      const drawn = centres(variant);
      expect(drawn).toHaveLength(v.visibility.visibleCompanyCount);
      expect(drawn.every((c) => c.circles === 1)).toBe(true);
    }
  });

  it('puts them at the frozen positions, stretched upright only in the tall variant', () => {
    const { v, picture: p } = picture();
    const visible = v.model.companies.flatMap((_, i) => (v.visibility.companies[i] ? [i] : []));
    const xs = visible.map((i) => v.positions[2 * i] ?? 0);
    const ys = visible.map((i) => v.positions[2 * i + 1] ?? 0);
    for (const variant of p.variants) {
      const sy = variant.kind === 'tall' ? MAX_STRETCH : 1;
      const drawn = centres(variant);
      // Distances from the leftmost and the topmost company, in world units.
      const dx = sorted(drawn.map((c) => c.x * variant.worldWidth));
      const dy = sorted(drawn.map((c) => c.y * variant.worldHeight));
      const wx = sorted(xs);
      const wy = sorted(ys.map((y) => y * sy));
      // Within half a percent of the map's size (the markup keeps positions to the pixel).
      const near = (a: number, b: number, size: number) => expect(Math.abs(a - b)).toBeLessThan(size / 200);
      dx.forEach((d, i) => near(d - (dx[0] ?? 0), (wx[i] ?? 0) - (wx[0] ?? 0), variant.worldWidth));
      dy.forEach((d, i) => near(d - (dy[0] ?? 0), (wy[i] ?? 0) - (wy[0] ?? 0), variant.worldHeight));
    }
  });

  it('names companies as text: nothing in the data becomes markup', () => {
    const { picture: p } = picture();
    for (const variant of p.variants) {
      expect(variant.labels).not.toContain('<AI>');
      const texts = Array.from(
        parseXml(variant.labels, 'image/svg+xml').getElementsByTagName('text'),
        (t) => t.textContent,
      );
      expect(texts).toContain(`Open<AI> & "Co" 'x'`);
      // Placed in percentages of the fit box, so they keep their 12 px at any zoom.
      const label = parseXml(variant.labels, 'image/svg+xml').getElementsByTagName('text')[0];
      expect(label?.getAttribute('x')).toMatch(/^-?\d+(\.\d+)?%$/);
    }
  });

  it('colours marks by class, light and dark from the scene of each theme', () => {
    const { picture: p } = picture();
    expect(p.colors.length).toBeGreaterThan(0);
    expect(p.colors.every((c) => /^#[0-9a-f]{6}$/i.test(c.light) && /^#[0-9a-f]{6}$/i.test(c.dark))).toBe(
      true,
    );
    for (const variant of p.variants) {
      expect(variant.map).not.toMatch(/\s(fill|stroke)="#/);
      expect(variant.map).toMatch(/class="[^"]*\bf\d+/);
      // Its own arrowheads, named apart from the live map's and the other variant's.
      expect(variant.map).toContain(`id="pr-${variant.kind}-arrow-0"`);
      expect(variant.map).toContain(`marker-end="url(#pr-${variant.kind}-arrow-`);
      expect(variant.map).toContain('class="svg-map svelte-test"');
    }
  });

  it('says which box aspects each variant is for, none in between', () => {
    const { picture: p } = picture();
    expect(p.tallUpTo).toBeLessThan(p.wideFrom);
  });
});
