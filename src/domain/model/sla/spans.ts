// Half-open spans [from, to) of numbers (minutes of a local day, or epoch ms) and their union.
// Shared by the calendar validator and the clock. Pure.

export type Span = readonly [number, number];

/** Sorts and merges overlapping or touching spans; drops empty ones. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** `spans` minus `holes`. */
export function subtractSpans(spans: readonly Span[], holes: readonly Span[]): Span[] {
  let rest: Span[] = [...spans];
  for (const [holeFrom, holeTo] of holes) {
    const next: Span[] = [];
    for (const [a, b] of rest) {
      if (holeTo <= a || holeFrom >= b) next.push([a, b]);
      else {
        if (holeFrom > a) next.push([a, holeFrom]);
        if (b > holeTo) next.push([holeTo, b]);
      }
    }
    rest = next;
  }
  return rest;
}
