import { checkPattern, patternMatcher } from '../../../src/domain/rules/template/safe-regex';

describe('client-ID patterns', () => {
  it.each([
    ['\\d{4,6}'],
    ['CL-\\d{4}'],
    ['[A-Za-z0-9][A-Za-z0-9._-]{0,39}'],
    ['(?:EU|US)-\\d+'],
    ['(\\d{3})-(\\d{4})'],
    ['[(+)*]+x'],
  ])('accepts the safe pattern %s', (pattern) => {
    expect(checkPattern(pattern)).toBeUndefined();
  });

  it.each([
    ['(a+)+$', 'template.error.unsafePattern'],
    ['(\\w*)*x', 'template.error.unsafePattern'],
    ['(a|aa)+', 'template.error.unsafePattern'],
    ['((ab)*c)+', 'template.error.unsafePattern'],
    ['(x+){2,}', 'template.error.unsafePattern'],
    ['(a)\\1', 'template.error.unsafePattern'],
    ['[a-', 'template.error.invalidPattern'],
    ['(abc', 'template.error.invalidPattern'],
    ['  ', 'validation.required'],
  ])('refuses %s with %s', (pattern, key) => {
    expect(checkPattern(pattern)).toBe(key);
  });

  it('refuses a pattern over 200 characters', () => {
    expect(checkPattern('a'.repeat(200))).toBeUndefined();
    expect(checkPattern('a'.repeat(201))).toBe('template.error.unsafePattern');
  });

  it('matches the whole answer, not a part of it', () => {
    const matches = patternMatcher('\\d{4}');
    expect(matches('4711')).toBe(true);
    expect(matches('47110')).toBe(false);
    expect(matches('id 4711')).toBe(false);
  });

  it('anchors alternations as a whole', () => {
    const matches = patternMatcher('EU|US');
    expect(matches('EU')).toBe(true);
    expect(matches('EUX')).toBe(false);
  });

  it('matches nothing with a pattern that failed the check', () => {
    expect(patternMatcher('(a+)+')('aaaa')).toBe(false);
  });

  it('compiles each pattern once and reuses the matcher', () => {
    expect(patternMatcher('CL-\\d{4}')).toBe(patternMatcher('CL-\\d{4}'));
  });

  it('answers quickly on a long hostile input for the default pattern', () => {
    const started = performance.now();
    expect(patternMatcher('[A-Za-z0-9][A-Za-z0-9._-]{0,39}')('a'.repeat(100) + '!')).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
