/** Slicing helpers for tests: a fake clock and a pause that counts how often the page got its turn. */

/** A clock that moves 1 ms each time it is read, and a pause that counts its calls (state.pauses). */
export function fakeTime() {
  let t = 0;
  const state = { pauses: 0 };
  return {
    state,
    now: () => t++,
    pause: () => {
      state.pauses++;
      return Promise.resolve();
    },
  };
}
