import { describe, expect, it } from 'vitest';
import { DateScalar } from '../src/scalars.js';

describe('Date scalar', () => {
  it('accepts ISO calendar dates and serializes Date objects', () => {
    expect(DateScalar.parseValue('2013-10-17')).toBe('2013-10-17');
    expect(DateScalar.serialize(new Date('2013-11-25T00:00:00Z'))).toBe('2013-11-25');
  });

  it('rejects anything else with BAD_USER_INPUT', () => {
    expect(() => DateScalar.parseValue('17 October 2013')).toThrow(/ISO 8601 calendar date/);
    expect(() => DateScalar.parseValue('2013-02-30x')).toThrow();
  });
});
