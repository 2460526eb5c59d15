/**
 * A seeded pseudo-random source for the layout: the same linear congruential generator d3-force uses
 * internally (Numerical Recipes constants), so a seed fully determines every "random" choice.
 */
const A = 1664525;
const C = 1013904223;
const M = 4294967296; // 2^32

export const DEFAULT_SEED = 1;

/** Uniform numbers in [0, 1), the same sequence for the same seed on every platform. */
export function seededRandom(seed: number = DEFAULT_SEED): () => number {
  let state = (Math.floor(Math.abs(seed)) % M) >>> 0;
  return () => {
    state = (A * state + C) % M;
    return state / M;
  };
}
