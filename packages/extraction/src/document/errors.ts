/** Raised when a source file is not a document this pipeline can read. */
export class DocumentFormatError extends Error {
  readonly fileName: string;
  /** 1-based line of the problem (1 for whole-file problems such as an empty file). */
  readonly line: number;
  /** Machine-readable reason. */
  readonly reason: 'EMPTY' | 'BINARY' | 'INVALID_UTF8' | 'NOT_A_DOCUMENT';

  constructor(fileName: string, line: number, reason: DocumentFormatError['reason'], detail: string) {
    super(`${fileName}:${line}: ${detail}`);
    this.name = 'DocumentFormatError';
    this.fileName = fileName;
    this.line = line;
    this.reason = reason;
  }
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Checks raw bytes (or an already decoded string) before parsing and returns the text.
 * Throws {@link DocumentFormatError} for an empty file, NUL bytes or other binary
 * content (more than 1% control characters), or invalid UTF-8.
 */
export function validateSource(input: Uint8Array | string, fileName: string): string {
  if (typeof input === 'string') {
    checkText(input, fileName);
    return input;
  }
  if (input.length === 0) throw new DocumentFormatError(fileName, 1, 'EMPTY', 'empty file (0 bytes)');
  const nul = input.indexOf(0);
  if (nul >= 0) {
    throw new DocumentFormatError(fileName, lineAt(input, nul), 'BINARY', `binary content: NUL byte at offset ${nul}`);
  }
  const bad = firstInvalidUtf8(input);
  if (bad >= 0) {
    throw new DocumentFormatError(
      fileName,
      lineAt(input, bad),
      'INVALID_UTF8',
      `invalid UTF-8: byte 0x${input[bad]!.toString(16).padStart(2, '0')} at offset ${bad}`,
    );
  }
  let text = new TextDecoder('utf-8').decode(input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  checkText(text, fileName);
  return text;
}

function checkText(text: string, fileName: string): void {
  if (text.trim() === '') {
    throw new DocumentFormatError(fileName, 1, 'EMPTY', text.length === 0 ? 'empty file' : 'empty file (whitespace only)');
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new DocumentFormatError(fileName, line, 'BINARY', `binary content: NUL character at offset ${nul}`);
  }
  const rep = text.indexOf('\ufffd');
  if (rep >= 0) {
    const line = text.slice(0, rep).split('\n').length;
    throw new DocumentFormatError(fileName, line, 'INVALID_UTF8', 'invalid UTF-8: replacement character U+FFFD in decoded text');
  }
  let control = 0;
  let firstControl = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) {
      control++;
      if (firstControl < 0) firstControl = i;
    }
  }
  if (control > 0 && control / text.length > 0.01) {
    const line = text.slice(0, firstControl).split('\n').length;
    throw new DocumentFormatError(fileName, line, 'BINARY', `binary content: ${control} control characters`);
  }
}
