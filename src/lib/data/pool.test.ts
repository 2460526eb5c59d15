import { describe, expect, test } from 'vitest';
import { narrowed, Pool } from './pool.ts';

describe('Pool', () => {
  test('lists each value once, in order of first sight, and gives each its place', () => {
    const pool = new Pool<number | undefined>();
    expect([3, undefined, 3, 7, undefined, 0].map((v) => pool.placeOf(v))).toEqual([0, 1, 0, 2, 1, 3]);
    expect(pool.values).toEqual([3, undefined, 7, 0]);
  });

  test('sealed, it keeps its values and places; a value after that still gets the next place', () => {
    const pool = new Pool<string>();
    pool.placeOf('a');
    pool.placeOf('b');
    pool.seal();
    expect(pool.values).toEqual(['a', 'b']);
    expect([pool.placeOf('b'), pool.placeOf('c'), pool.placeOf('a')]).toEqual([1, 2, 0]);
  });
});

describe('narrowed', () => {
  test('the narrowest unsigned list that holds the values up to the largest', () => {
    const values = Uint32Array.of(0, 3, 255);
    expect(narrowed(values, 255)).toBeInstanceOf(Uint8Array);
    expect(narrowed(values, 256)).toBeInstanceOf(Uint16Array);
    expect(narrowed(values, 65_535)).toBeInstanceOf(Uint16Array);
    expect(narrowed(values, 65_536)).toBeInstanceOf(Uint32Array);
    expect([...narrowed(values, 256)]).toEqual([0, 3, 255]);
  });
});
