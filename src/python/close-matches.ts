/**
 * Python's difflib.get_close_matches(word, possibilities, n=3, cutoff=0.8), which the AWS CLI uses
 * to suggest a choice: SequenceMatcher's ratio of each possibility to the word, the best first
 * (ties: the later name first, as heapq.nlargest orders the (score, name) pairs).
 */
export function closeMatches(word: string, possibilities: readonly string[], n = 3, cutoff = 0.8): string[] {
  const scored: Array<[number, string]> = [];
  for (const possibility of possibilities) {
    const score = ratio([...possibility], [...word]);
    if (score >= cutoff) scored.push([score, possibility]);
  }
  scored.sort(([scoreA, a], [scoreB, b]) => scoreB - scoreA || (a < b ? 1 : a > b ? -1 : 0));
  return scored.slice(0, n).map(([, possibility]) => possibility);
}

/** SequenceMatcher(None, a, b).ratio(): twice the matched characters over both lengths. */
export function ratio(a: string[], b: string[]): number {
  const total = a.length + b.length;
  return total ? (2 * matchedCount(a, b)) / total : 1;
}

/** The characters in SequenceMatcher's matching blocks: longest match first, then each side of it. */
function matchedCount(a: string[], b: string[]): number {
  const index = indexOf(b);
  let matched = 0;
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longestMatch(a, b, index, alo, ahi, blo, bhi);
    if (!k) continue;
    matched += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return matched;
}

/**
 * Where each character of b occurs. As SequenceMatcher's autojunk does, a b of 200 characters or
 * more leaves out the characters that make up more than 1% of it.
 */
function indexOf(b: string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  b.forEach((c, j) => index.set(c, [...(index.get(c) ?? []), j]));
  if (b.length >= 200) {
    const limit = Math.floor(b.length / 100) + 1;
    for (const [c, positions] of index) if (positions.length > limit) index.delete(c);
  }
  return index;
}

/** find_longest_match: the longest common run in a[alo:ahi] and b[blo:bhi], earliest in a, then in b. */
function longestMatch(
  a: string[],
  b: string[],
  index: Map<string, number[]>,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): [number, number, number] {
  let [besti, bestj, bestsize] = [alo, blo, 0];
  let lengths = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of index.get(a[i]) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestsize) [besti, bestj, bestsize] = [i - k + 1, j - k + 1, k];
    }
    lengths = next;
  }
  // Characters left out of the index still extend a match on either side.
  while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) [besti, bestj, bestsize] = [besti - 1, bestj - 1, bestsize + 1];
  while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
  return [besti, bestj, bestsize];
}
