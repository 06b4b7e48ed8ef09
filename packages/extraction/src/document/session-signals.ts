import { ORDINAL_RE, ordinalToNumber } from './clean.js';

/**
 * The statements of the session a report records, each read on its own: the title, the opening
 * paragraph. Any one of them finds the session; when they disagree, the disagreement is reported.
 */

export type SessionSignal = 'title' | 'opening paragraph' | 'cover' | 'front matter';

export interface SignalledSession {
  bodyName: string;
  number: number;
}

const ORD = `(${ORDINAL_RE})`;
const TITLE_FORMS = [
  new RegExp(`^Report of the (.+?) (?:on|at|for) its ${ORD} session$`, 'i'),
  new RegExp(`^Report of the ${ORD} session of the (.+)$`, 'i'),
  new RegExp(`^(?:the\\s+)?(.+?):\\s+report (?:on|of) its ${ORD} session$`, 'i'),
];

/** The session a report's title names: "Report of the X on its twenty-sixth session", "Report of the twenty-sixth session of the X", … */
export function sessionFromTitle(title: string): SignalledSession | null {
  for (const form of TITLE_FORMS) {
    const m = title.trim().match(form);
    if (!m) continue;
    const [a, b] = [m[1]!, m[2]!];
    const ordinalFirst = ordinalToNumber(a) !== null && ordinalToNumber(b) === null;
    const number = ordinalToNumber(ordinalFirst ? a : b);
    if (number !== null) return { bodyName: (ordinalFirst ? b : a).trim(), number };
  }
  return null;
}

/** A verb before or after a session mention that says the body met: the sentence records that session. */
export const HELD_BEFORE_RE = /\b(?:held|holds?|convened|met\s+for|met\s+at|opened)\s+(?:its|the)\s+$/i;
export const HELD_AFTER_RE = /^[^.]{0,160}?\b(?:was|were)\s+(?:held|convened)\b/i;
