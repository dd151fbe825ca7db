import { describe, expect, test } from 'vitest';
import { parseJsonSafely } from '../../../db/io/safe-json';

const reason = (text: string) => {
  try {
    parseJsonSafely(text, 'a.json');
  } catch (err) {
    return (err as { details: { reason: string }; message: string }).details.reason;
  }
  return null;
};

describe('parseJsonSafely', () => {
  test('parses ordinary JSON', () => {
    expect(parseJsonSafely('{"a":[1,{"b":null}],"proto":"x"}', 'a.json')).toEqual({ a: [1, { b: null }], proto: 'x' });
  });

  test.each([
    '{"__proto__":{"polluted":true}}',
    '{"tables":{"clusters":[{"id":1,"__proto__":{"x":1}}]}}',
    '[{"constructor":{"prototype":{"x":1}}}]',
    '{"a":{"prototype":1}}',
  ])('refuses %s', (text) => {
    expect(reason(text)).toBe('unsafe-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('invalid JSON is not an archive', () => {
    expect(reason('{"a":')).toBe('not-an-archive');
  });
});
