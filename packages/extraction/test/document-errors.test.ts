import { describe, expect, it } from 'vitest';
import { DocumentFormatError, parseDocument, validateSource } from '../src/document/index.js';

function caught(fn: () => unknown): DocumentFormatError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DocumentFormatError) return e;
    throw e;
  }
  throw new Error('expected a DocumentFormatError');
}

describe('validateSource / parseDocument errors', () => {
  it('empty file', () => {
    const e = caught(() => validateSource(new Uint8Array(0), 'empty.txt'));
    expect(e.reason).toBe('EMPTY');
    expect(e.fileName).toBe('empty.txt');
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/^empty\.txt:1: empty file/);
    expect(caught(() => parseDocument('  \n\n \n', 'blank.txt')).reason).toBe('EMPTY');
  });
  it('binary (NUL bytes) reports the line', () => {
    const bytes = new TextEncoder().encode('Report of the Committee\nsecond line\n\u0000\u0001\u0002binary');
    const e = caught(() => validateSource(bytes, 'scan.pdf'));
    expect(e.reason).toBe('BINARY');
    expect(e.line).toBe(3);
    expect(e.message).toContain('scan.pdf:3');
    expect(e.message).toContain('NUL');
  });
  it('a PDF header with high control-character density is binary', () => {
    const e = caught(() => parseDocument('%PDF-1.4\n\u0001\u0002\u0003\u0004\u0005\u0006 stream\n', 'x.pdf'));
    expect(e.reason).toBe('BINARY');
  });
  it('invalid UTF-8 (Latin-1 byte) reports the line', () => {
    const head = new TextEncoder().encode('Report of the Committee\n\nThe Committee met in Gen');
    const bytes = new Uint8Array([...head, 0xe8, 0x76, 0x65, 0x0a]); // "Genève" in Latin-1
    const e = caught(() => validateSource(bytes, 'latin1.txt'));
    expect(e.reason).toBe('INVALID_UTF8');
    expect(e.line).toBe(3);
    expect(e.message).toContain('0xe8');
  });
  it('truncated multi-byte sequence at end of file', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0xe2, 0x80]);
    expect(caught(() => validateSource(bytes, 't.txt')).line).toBe(2);
  });
  it('valid UTF-8 bytes are decoded', () => {
    const text = 'Report of the Committee — Genève';
    expect(validateSource(new TextEncoder().encode(text), 'ok.txt')).toBe(text);
  });
  it('a text of another kind (CSV) is rejected', () => {
    const csv = 'id,name,acronym\n1,International Labour Organization,ILO\n2,World Health Organization,WHO\n';
    const e = caught(() => parseDocument(csv, 'orgs.csv'));
    expect(e.reason).toBe('NOT_A_DOCUMENT');
    expect(e.message).toMatch(/orgs\.csv:1: no recognizable title or paragraphs/);
  });
  it('a text of another kind (HTML page) is rejected', () => {
    const html =
      '<!doctype html>\n<html><head><title>CEB</title></head>\n<body><p>The High-level Committee on Programmes of the United Nations ' +
      'System Chief Executives Board for Coordination (CEB) held its twenty-sixth session in Geneva.</p></body></html>\n';
    expect(caught(() => parseDocument(html, 'page.html')).reason).toBe('NOT_A_DOCUMENT');
  });
  it('the seed files pass validation as bytes', () => {
    const bytes = new TextEncoder().encode('Report of the High-level Committee on Programmes on its twenty-sixth session\n');
    expect(validateSource(bytes, 'ok.txt')).toContain('twenty-sixth');
  });
  it('a text of another kind (JSON) is rejected', () => {
    const json =
      '{\n  "documents": [\n    { "symbol": "CEB/2013/6", "title": "Report of the High-level Committee on Programmes" }\n  ]\n}\n';
    const e = caught(() => parseDocument(json, 'docs.json'));
    expect(e.reason).toBe('NOT_A_DOCUMENT');
  });
});
