/**
 * Emission base scores from per-word cached score groups. A word's context-free features are scored once
 * and kept in `pool` as five groups of L scores: what it gives its own token (group 0) and what it shows a
 * token two before, one before, one after and two after it (groups 1–4). A token's base is the sum of its
 * own group and of each neighbour's group for that offset; outside the sentence the boundary's groups
 * stand in. `at[i]` is the pool offset of token i's groups. Fills `base[0 .. n·L)`.
 */
export function sumWordWindows(base: Float32Array, pool: Float32Array, at: Int32Array, n: number, L: number, before: number, after: number): void {
  for (let i = 0; i < n; i++) {
    const row = i * L;
    const own = at[i];
    const a = (i >= 2 ? at[i - 2] : before) + L;
    const b = (i >= 1 ? at[i - 1] : before) + 2 * L;
    const c = (i + 1 < n ? at[i + 1] : after) + 3 * L;
    const d = (i + 2 < n ? at[i + 2] : after) + 4 * L;
    for (let y = 0; y < L; y++) base[row + y] = pool[own + y] + pool[a + y] + pool[b + y] + pool[c + y] + pool[d + y];
  }
}
