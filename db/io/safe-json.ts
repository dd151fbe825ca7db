import { refuse } from './refuse';

/** Keys that reach an object's prototype when code later copies or merges a parsed object. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/**
 * JSON.parse that refuses any object with a __proto__, constructor or prototype key, anywhere.
 * JSON.parse itself stores "__proto__" as a plain property, but later spreads and merges would not.
 */
export function parseJsonSafely(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text, function (key) {
      if (FORBIDDEN.has(key)) throw new ForbiddenKey(key);
      return (this as Record<string, unknown>)[key];
    });
  } catch (err) {
    if (err instanceof ForbiddenKey) {
      throw refuse(fileName, 'unsafe-key', `was refused: it contains the key "${err.key}", which ClusterDesk never writes and which can be used to tamper with the program. Use an archive exported by ClusterDesk.`);
    }
    throw refuse(fileName, 'not-an-archive', `is not valid JSON (${(err as Error).message}). Choose a .json archive exported by ClusterDesk.`);
  }
}
