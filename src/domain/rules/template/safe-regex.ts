// Admin-written client-ID patterns: checked for safety before they are saved and compiled once.
// Never run a pattern that failed checkPattern; answers are also length-capped before matching.

import type { MessageKey } from '../../../shared/i18n';

export const MAX_PATTERN_LENGTH = 200;

/** A group followed by a repeat: `*`, `+`, or `{n,}` / `{n,m}` (a `?` repeats at most once: harmless). */
const REPEAT_AFTER = /^(?:[*+]|\{\d+,\d*\})/;

type GroupInfo = { hasRepeat: boolean; hasAlternation: boolean };

/**
 * Rejects what can backtrack catastrophically and is simple to detect: back-references, and a repeated
 * group that itself contains a repeat or an alternation (`(a+)+`, `(a|ab)*`). Conservative by design.
 */
function findUnsafeConstruct(source: string): boolean {
  if (/\\[1-9]|\\k</.test(source)) return true;
  const stack: GroupInfo[] = [{ hasRepeat: false, hasAlternation: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (ch === '[') inClass = true;
    else if (ch === '(') stack.push({ hasRepeat: false, hasAlternation: false });
    else if (ch === '|' && top) top.hasAlternation = true;
    else if ((ch === '*' || ch === '+' || ch === '{') && top) top.hasRepeat = true;
    else if (ch === ')' && stack.length > 1) {
      const group = stack.pop();
      const repeated = REPEAT_AFTER.test(source.slice(i + 1));
      if (group && repeated && (group.hasRepeat || group.hasAlternation)) return true;
      const parent = stack[stack.length - 1];
      if (group && parent && (group.hasRepeat || repeated)) parent.hasRepeat = true;
    }
  }
  return false;
}

function compile(source: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${source})$`, 'u');
  } catch {
    return undefined;
  }
}

/** Undefined when the pattern is valid and safe; otherwise the i18n key of the problem. */
export function checkPattern(source: string): MessageKey | undefined {
  if (source.trim() === '') return 'validation.required';
  if (compile(source) === undefined) return 'template.error.invalidPattern';
  if (source.length > MAX_PATTERN_LENGTH || findUnsafeConstruct(source)) return 'template.error.unsafePattern';
  return undefined;
}

type Matcher = (value: string) => boolean;
const matchers = new Map<string, Matcher>();
const CACHE_LIMIT = 200;

/** Whole-string matcher for a checked pattern, compiled once per pattern. Unsafe patterns match nothing. */
export function patternMatcher(source: string): Matcher {
  const cached = matchers.get(source);
  if (cached) return cached;
  const regex = checkPattern(source) === undefined ? compile(source) : undefined;
  const matcher: Matcher = (value) => regex !== undefined && regex.test(value);
  if (matchers.size >= CACHE_LIMIT) matchers.clear();
  matchers.set(source, matcher);
  return matcher;
}
