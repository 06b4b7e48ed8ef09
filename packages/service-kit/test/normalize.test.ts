import { describe, expect, it } from 'vitest';
import { lookupKey, slugify } from '../src/normalize.js';

describe('lookupKey', () => {
  it('ignores case, punctuation, accents, extra spaces and a leading article', () => {
    expect(lookupKey('UN-Women')).toBe(lookupKey('un women'));
    expect(lookupKey('  Antoine  Gérard ')).toBe('antoine gerard');
    expect(lookupKey('The African Union')).toBe(lookupKey('African Union'));
  });

  it('keeps different names apart', () => {
    expect(lookupKey('Elliot Harris')).not.toBe(lookupKey('Elliott Harris'));
  });
});

describe('slugify', () => {
  it('turns a UN symbol into an id', () => {
    expect(slugify('CEB/2013/6')).toBe('ceb-2013-6');
  });
});
