import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, lookupKey, slugify } from '../src/normalize.js';

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

describe('closestMatch', () => {
  const people = [
    { id: 'elliott-harris', keys: ['elliott harris'] },
    { id: 'anthony-lake', keys: ['anthony lake'] },
    { id: 'anna-lake', keys: ['anna lake'] },
  ];
  const keysOf = (p: { keys: string[] }) => p.keys;

  it('forgives one missing letter', () => {
    expect(closestMatch(lookupKey('Elliot Harris'), people, keysOf)?.id).toBe('elliott-harris');
  });

  it('does not stretch to a different name', () => {
    expect(closestMatch(lookupKey('Elliot Morris'), people, keysOf)).toBeNull();
  });

  it('refuses when two candidates are equally close', () => {
    expect(closestMatch('ann lake', [{ keys: ['anna lake'] }, { keys: ['anne lake'] }], keysOf)).toBeNull();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('harris', 'hrrais')).toBe(2);
    expect(editDistance('harris', 'ahrris')).toBe(1);
  });
});
