/**
 * Ranking of districts by IRS. Rank 1 = highest risk. Ties share the lowest number (standard
 * competition ranking "1224": rank = 1 + number of districts with a strictly higher IRS).
 */

/**
 * rank_i = 1 + #{j : irs_j > irs_i}; null (or NaN) IRS → null rank and does not count.
 * O(n log n).
 */
export function rankDistricts(irs: readonly (number | null)[]): (number | null)[] {
  const idx: number[] = [];
  irs.forEach((v, i) => {
    if (v !== null && !Number.isNaN(v)) idx.push(i);
  });
  const val = (i: number): number => irs[i] ?? 0;
  idx.sort((a, b) => val(b) - val(a));
  const out = new Array<number | null>(irs.length).fill(null);
  let prevRank = 0;
  let prevValue = NaN;
  idx.forEach((i, pos) => {
    const v = val(i);
    const r = v === prevValue ? prevRank : pos + 1;
    out[i] = r;
    prevRank = r;
    prevValue = v;
  });
  return out;
}

/** Reusable buffers for rankInto (Monte-Carlo: allocate once per run set). */
export interface RankBuffers {
  hi: [Uint32Array, Uint32Array];
  lo: [Uint32Array, Uint32Array];
  idx: [Uint32Array, Uint32Array];
  count: Uint32Array;
}

export function createRankBuffers(n: number): RankBuffers {
  const u = (): Uint32Array => new Uint32Array(n);
  return { hi: [u(), u()], lo: [u(), u()], idx: [u(), u()], count: new Uint32Array(2048) };
}

/**
 * Same competition ranking on a Float64Array (NaN = missing → rank 0), writing into `out`. Returns
 * the number of ranked districts. For the Monte-Carlo hot path: each double becomes an
 * order-preserving 64-bit key (sign bit flipped for positives, all bits flipped for negatives); an
 * LSD radix argsort on the high 32 bits (3 passes of 11 bits, skipped when every key shares the
 * digit), then an insertion sort by the low 32 bits inside the rare runs of equal high words. No
 * comparator calls, no allocation when `buffers` is given. Assumes a little-endian platform.
 */
export function rankInto(
  values: Float64Array,
  out: Uint32Array | Uint16Array,
  buffers: RankBuffers = createRankBuffers(values.length),
): number {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const { count } = buffers;
  let [hiA, hiB] = buffers.hi;
  let [loA, loB] = buffers.lo;
  let [idxA, idxB] = buffers.idx;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? NaN;
    if (v !== v) {
      out[i] = 0;
      continue;
    }
    let lo = bits[2 * i] ?? 0;
    let hi = bits[2 * i + 1] ?? 0;
    if (v === 0) {
      lo = 0; // −0 and +0 tie
      hi = 0;
    }
    if (hi & 0x80000000) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else hi = (hi | 0x80000000) >>> 0;
    hiA[m] = hi;
    loA[m] = lo;
    idxA[m] = i;
    m++;
  }
  for (let pass = 0; pass < 3; pass++) {
    const shift = pass * 11;
    count.fill(0);
    for (let k = 0; k < m; k++) {
      const d = ((hiA[k] ?? 0) >>> shift) & 2047;
      count[d] = (count[d] ?? 0) + 1;
    }
    let skip = false;
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = count[d] ?? 0;
      if (c === m) skip = true;
      count[d] = sum;
      sum += c;
    }
    if (skip) continue;
    for (let k = 0; k < m; k++) {
      const d = ((hiA[k] ?? 0) >>> shift) & 2047;
      const p = count[d] ?? 0;
      count[d] = p + 1;
      hiB[p] = hiA[k] ?? 0;
      loB[p] = loA[k] ?? 0;
      idxB[p] = idxA[k] ?? 0;
    }
    [hiA, hiB] = [hiB, hiA];
    [loA, loB] = [loB, loA];
    [idxA, idxB] = [idxB, idxA];
  }
  // Keys equal in the high word (relative difference < ~1e-6) are rare: insertion-sort them by
  // the low word.
  for (let k = 1; k < m; k++) {
    const hi = hiA[k] ?? 0;
    const lo = loA[k] ?? 0;
    if (hi !== hiA[k - 1] || lo >= (loA[k - 1] ?? 0)) continue;
    const id = idxA[k] ?? 0;
    let j = k - 1;
    while (j >= 0 && hiA[j] === hi && (loA[j] ?? 0) > lo) {
      loA[j + 1] = loA[j] ?? 0;
      idxA[j + 1] = idxA[j] ?? 0;
      j--;
    }
    loA[j + 1] = lo;
    idxA[j + 1] = id;
  }
  // Ascending keys: walk from the largest; equal keys share the lowest rank number.
  let prevHi = -1;
  let prevLo = -1;
  let prevRank = 0;
  for (let k = m - 1, pos = 1; k >= 0; k--, pos++) {
    const hi = hiA[k] ?? 0;
    const lo = loA[k] ?? 0;
    const r = hi === prevHi && lo === prevLo ? prevRank : pos;
    out[idxA[k] ?? 0] = r;
    prevHi = hi;
    prevLo = lo;
    prevRank = r;
  }
  return m;
}

/**
 * Listing order: ids sorted by IRS descending, ties by ubigeo ascending (deterministic), districts
 * without IRS last (by ubigeo).
 */
export function orderByRank(irs: readonly (number | null)[], ubigeos: readonly string[]): number[] {
  const ids = irs.map((_, i) => i);
  return ids.sort((a, b) => {
    const va = irs[a] ?? null;
    const vb = irs[b] ?? null;
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) return vb - va;
    const ua = ubigeos[a] ?? "";
    const ub = ubigeos[b] ?? "";
    return ua < ub ? -1 : ua > ub ? 1 : 0;
  });
}
