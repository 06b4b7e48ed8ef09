import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, lookupKey, slugify } from '../src/index.js';

describe('lookupKey: the one name key of extraction and lookups', () => {
  it('treats "&" as "and" and "Organisation" as "Organization", as extraction always did', () => {
    expect(lookupKey('Food & Agriculture Organisation')).toBe(lookupKey('Food and Agriculture Organization'));
    expect(lookupKey('The Organisations')).toBe('organizations');
  });

  it('keeps letters of other scripts', () => {
    expect(lookupKey('Организация')).toBe('организация');
  });
});

describe('slugify', () => {
  it('drops apostrophes and accents, joins words with hyphens', () => {
    expect(slugify("Women's Jan Dusík")).toBe('womens-jan-dusik');
    expect(slugify('CEB/2013/6')).toBe('ceb-2013-6');
  });

  it('cuts at a word boundary', () => {
    expect(slugify('report of the high level committee', 20)).toBe('report-of-the-high');
  });
});

describe('editDistance', () => {
  it('stops at the bound: anything farther is bound + 1', () => {
    expect(editDistance('elliott harris', 'completely different', 2)).toBe(3);
    expect(editDistance('elliot harris', 'elliott harris', 2)).toBe(1);
  });

  it('counts one adjacent transposition as one edit', () => {
    expect(editDistance('ahrris', 'harris')).toBe(1);
    expect(editDistance('hrrais', 'harris')).toBe(2);
  });

  it('lets closestMatch skip candidates whose length alone is too far', () => {
    const candidates = [{ keys: ['anna lake'] }, { keys: ['a much longer name entirely'] }];
    expect(closestMatch('ana lake', candidates, (c) => c.keys)).toBe(candidates[0]);
  });
});
