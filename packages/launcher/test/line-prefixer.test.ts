import { describe, expect, it } from 'vitest';
import { linePrefixer } from '../src/process.js';

describe('linePrefixer', () => {
  it('prefixes every line of a chunk', () => {
    expect(linePrefixer('[gw] ')('{"a":1}\n{"b":2}\n')).toBe('[gw] {"a":1}\n[gw] {"b":2}\n');
  });

  it('holds a line split between chunks until it is whole, and prefixes it once', () => {
    const prefix = linePrefixer('[gw] ');
    expect(prefix('{"a":1}\n{"b"')).toBe('[gw] {"a":1}\n');
    expect(prefix(':2')).toBe('');
    expect(prefix('}\n{"c":3}\n')).toBe('[gw] {"b":2}\n[gw] {"c":3}\n');
  });

  it('writes the last line when the stream ends without a newline', () => {
    const prefix = linePrefixer('[gw] ');
    expect(prefix('fatal: out of')).toBe('');
    expect(prefix(' memory')).toBe('');
    expect(prefix(null)).toBe('[gw] fatal: out of memory\n');
    expect(prefix(null)).toBe('');
  });

  it('writes an unfinished line once 64 KiB of it is held, so a line without an end cannot grow the launcher', () => {
    const prefix = linePrefixer('[gw] ');
    const part = 'x'.repeat(40 * 1024);
    expect(prefix(part)).toBe('');
    expect(prefix(part)).toBe(`[gw] ${part}${part}\n`);
    expect(prefix('y\n')).toBe('[gw] y\n');
  });

  it('leaves empty lines unprefixed', () => {
    expect(linePrefixer('[gw] ')('a\n\nb\n')).toBe('[gw] a\n\n[gw] b\n');
  });
});
