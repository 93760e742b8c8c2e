import fc from 'fast-check';

/** Marks markup sent by the hostile tests: an element with this attribute on a page is a hole. */
export const HOSTILE_MARKER = 'data-hostile';

/**
 * One fixed value for each class of bad input, for the end-to-end sweeps: each sends every class
 * to every page parameter and every action field once (deterministic, so a failure replays as is).
 */
export const hostileValueClasses = {
  empty: '',
  wrongType: 'NaN',
  huge: 'x'.repeat(100_001),
  negative: '-1',
  beyondInt32: '9007199254740993', // ≥ 2^31 and beyond JavaScript's safe integers
  impossibleDate: '2026-02-30',
  htmlScript: `"><script ${HOSTILE_MARKER}="1">alert(1)</script><img ${HOSTILE_MARKER}="2" src=x onerror=alert(1)>`,
  sqlMetacharacters: "' OR '1'='1'; DROP TABLE activities; -- %_\\",
  loneSurrogate: 'a\uD800b',
  rtlMark: '\u200F\u202Eabc',
  emoji: '😀👩🏽‍💻',
} as const satisfies Record<string, string>;

/**
 * Values nobody should be able to hurt the app with: wrong types as text, huge strings, negative
 * and huge numbers, impossible dates, HTML and script, SQL metacharacters, unicode edge cases.
 * Numbers are never small positive integers, so that no generated id or version names a real
 * record by chance.
 */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    ...Object.values(hostileValueClasses),
    '',
    ' ',
    `<b ${HOSTILE_MARKER}="1">bold</b>`,
    `"><img ${HOSTILE_MARKER}="2" src=x onerror=alert(1)>`,
    `<script ${HOSTILE_MARKER}="3">alert(1)</script>`,
    "' OR '1'='1",
    "1; DROP TABLE activities; --",
    '" OR ""="',
    '%',
    '_',
    '\\',
    '\u0000',
    '\uFEFF',
    '\u202E',
    '\uD800',
    'e\u0301',
    '😀'.repeat(500),
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    '99999999999999999999',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '2026-11-26T25:61:00',
    '31/12/2026',
    '../../etc/passwd',
    '__proto__',
    'constructor',
    '[object Object]',
    'null',
    'undefined',
    'true',
    '{"$ne":null}',
    'x'.repeat(100_001),
  ),
  fc.integer({ max: 0 }).map(String),
  fc.bigInt({ min: 2n ** 31n, max: 2n ** 80n }).map(String),
  fc.double({ noDefaultInfinity: false }).map(String),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);
