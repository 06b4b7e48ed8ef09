import { describe, expect, it } from 'vitest';
import { arrayLiteral } from '../src/repository.js';

describe('arrayLiteral', () => {
  it('quotes and escapes text, keeps numbers and NULL bare', () => {
    expect(arrayLiteral(['a', 'b "c"', 'd\\e', 'x,y}', null])).toBe('{"a","b \\"c\\"","d\\\\e","x,y}",NULL}');
    expect(arrayLiteral([20, 0])).toBe('{20,0}');
    expect(arrayLiteral([])).toBe('{}');
  });
});
