// Repeat contacts: a comment that chases an open issue ("any news?", "есть новости?"). Pure text rule over
// English and Russian phrasings; the facts count such comments made while a cycle is open, by anyone but
// line 2. Deliberately narrow: a relayed answer ("the client replied") or a status note is not a chase.

const PATTERNS: readonly RegExp[] = [
  /\bany (news|updates?|progress)\b/,
  /\b(still|are still) waiting\b/,
  /\b(asking|asks|asked) again\b/,
  /\bstill (broken|not (fixed|working))\b/,
  /\bwhen will (it|this|you) be (fixed|resolved|done)\b/,
  /\bfollow(ing)?[- ]up on (this|my|our)\b/,
  /есть (какие-(то|нибудь) )?новост/,
  /какие новост/,
  /что там (по|с) /,
  /(всё|все) ещ[её] жд[её]м/,
  /снова спрашива/,
  /когда (будет|исправ|почин)/,
  /напоминаю/,
];

export function normalizeForMatching(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[’']/g, "'").replace(/\s+/g, ' ');
}

export function isRepeatContact(text: string): boolean {
  const normalized = normalizeForMatching(text);
  // `ё` is folded to `е`, so the patterns are checked against both spellings of the original.
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return PATTERNS.some((p) => p.test(normalized) || p.test(lower));
}
