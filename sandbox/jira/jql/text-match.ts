// The `~` operator: Jira's word search, approximated. Words are lower-cased and lightly stemmed; all terms
// must match (space means AND), `OR` between terms, "quoted phrases", trailing `*` and `?` wildcards.
// Never a substring search: `summary ~ "foo"` does not match "foobar", as in Jira.

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Light English stemming, applied to both sides, so "tests" and "testing" match "test". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

type Term = { readonly phrase: readonly string[] } | { readonly pattern: RegExp };

function parseTerms(query: string): Term[][] {
  const alternatives: Term[][] = [[]];
  for (const m of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const raw = m[2];
    if (raw === 'OR') {
      alternatives.push([]);
      continue;
    }
    if (raw === 'AND' || raw === '&&') continue;
    const current = alternatives[alternatives.length - 1]!;
    if (raw !== undefined && /[*?]/.test(raw)) {
      const body = raw.toLowerCase().replace(/^[+]/, '').replace(/[^\p{L}\p{N}*?]/gu, '');
      const source = body.replace(/\*/g, '[\\p{L}\\p{N}]*').replace(/\?/g, '[\\p{L}\\p{N}]');
      current.push({ pattern: new RegExp(`^${source}$`, 'u') });
    } else {
      const phrase = words(m[1] ?? raw ?? '').map(stem);
      if (phrase.length > 0) current.push({ phrase });
    }
  }
  return alternatives.filter((a) => a.length > 0);
}

function termMatches(term: Term, docWords: readonly string[], docStems: readonly string[]): boolean {
  if ('pattern' in term) return docWords.some((w) => term.pattern.test(w));
  const { phrase } = term;
  for (let i = 0; i + phrase.length <= docStems.length; i++) {
    if (phrase.every((p, j) => docStems[i + j] === p)) return true;
  }
  return false;
}

/** True when any of the texts matches the whole query (terms may match in different texts, as in `text ~`). */
export function textMatches(texts: readonly string[], query: string): boolean {
  const docs = texts.map((t) => {
    const w = words(t);
    return { w, s: w.map(stem) };
  });
  const alternatives = parseTerms(query);
  if (alternatives.length === 0) return false;
  return alternatives.some((terms) => terms.every((term) => docs.some((d) => termMatches(term, d.w, d.s))));
}
