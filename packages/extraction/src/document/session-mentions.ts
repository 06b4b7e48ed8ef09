/** Pass 2 of session extraction: the sessions a document's paragraphs mention, and which of them it records. */
import type { Provenance, Unplaced } from '../model.js';
import { findDateRanges, ordinalToNumber } from './clean.js';
import { type Draft, newDraft, yearFormWords } from './session-drafts.js';
import {
  BODY_AFTER_RE,
  bodyMentions,
  canonicalBody,
  CEB,
  FUTURE_RE,
  type Mention,
  readVenue,
  SEASON_SESSION_RE,
  SESSION_RE,
} from './session-names.js';
import { HELD_AFTER_RE, HELD_BEFORE_RE, type SessionSignal } from './session-signals.js';
import { CITY_RE_SOURCE, type Sentence, splitSentences } from './text.js';
import type { ParsedDocument, ParsedParagraph } from './types.js';

const HELD_TAIL = /^(?:\s*\([^)]*\))?(?:\s*,[^,]{0,60},)?\s*,?\s*(?:was |were |to be |would be |will be )?held\b(.*)$/;
const HOST_OF_SESSION = new RegExp(`(?:the\\s+)?([A-Z][\\w\\s-]+?),\\s+which would host the session(?:\\s+in\\s+(${CITY_RE_SOURCE}))?`);

/**
 * Reads session mentions paragraph by paragraph, sentence by sentence. The body of a mention comes from
 * the phrase itself, the words after or before it, another body named nearby, the body carried over
 * from the previous sentence, or the document's own session.
 */
export class SessionMentionReader {
  private readonly firstPara: ParsedParagraph | undefined;

  constructor(
    private readonly doc: ParsedDocument,
    /** The session the document records; the opening paragraph may set it. */
    public own: Draft | null,
    private readonly ownSignals: SessionSignal[],
    private readonly drafts: Draft[],
    private readonly unplaced: Unplaced[],
    private readonly prov: (p: ParsedParagraph | null, line: number) => Provenance,
  ) {
    this.firstPara = doc.paragraphs[0];
  }

  readParagraph(p: ParsedParagraph): void {
    let carried: string | null = null;
    for (const s of splitSentences(p.text)) carried = this.readSentence(p, s, carried);
  }

  /** Returns the body carried to the next sentence. */
  private readSentence(p: ParsedParagraph, s: Sentence, carried: string | null): string | null {
    const sentence = s.text;
    const mentions = bodyMentions(sentence);
    const lastMention = mentions[mentions.length - 1];
    const matches = [...sentence.matchAll(SESSION_RE)];
    for (const m of matches) carried = this.readNumbered(p, s, m, mentions, carried) ?? carried;
    // Sessions named by season or year only: "at its spring 2011 session", "its 2013 substantive session".
    for (const m of sentence.matchAll(SEASON_SESSION_RE)) carried = this.readSeason(p, sentence, m, mentions, carried) ?? carried;
    if (lastMention && matches.length === 0) {
      carried = lastMention.generic ? this.resolveGeneric(lastMention.name, p) : canonicalBody(lastMention.name);
    }
    return carried;
  }

  /** "the twenty-sixth session of the Committee": one draft per ordinal. Returns the body, or null when none is found. */
  private readNumbered(p: ParsedParagraph, s: Sentence, m: RegExpMatchArray, mentions: Mention[], carried: string | null): string | null {
    const sentence = s.text;
    const mStart = m.index ?? 0;
    let mEnd = mStart + m[0].length;
    const ords = [m[2]!, m[3]].filter((x): x is string => !!x);
    let year = m[1] ? Number(m[1]) : m[7] ? Number(m[7]) : null;
    const regular = !!m[4] && /regular/i.test(m[4]);
    let bodyName: string | null = null;
    const aliases: string[] = [];
    const before = sentence.slice(0, mStart);
    if (m[5]) bodyName = canonicalBody(m[5]);
    const after = sentence.slice(mEnd).match(BODY_AFTER_RE);
    if (!bodyName && after && !/^\d/.test(after[1]!)) {
      const name = after[1]!.replace(/\s+(?:of|on|for|and|the|to)$/g, '');
      // "of the Committee" / "of the Assembly" / "of its General Conference"
      bodyName = this.resolveGeneric(name, p);
      aliases.push(name, ...(after[2] ? [after[2]] : []));
      if (after[3]) year = Number(after[3]);
      mEnd += after[0].length;
    }
    const poss = before.match(/(?:the\s+)?([A-Z][\w-]*(?:\s+(?:on|of|for|the|[A-Z][\w-]*))*)['’]s\s+$/);
    if (!bodyName && poss) bodyName = this.resolveGeneric(poss[1]!, p);
    if (!bodyName) {
      const prior = mentions.filter((x) => x.end <= mStart);
      const later = mentions.filter((x) => x.start >= mEnd);
      const pick = prior[prior.length - 1] ?? later[0] ?? null;
      // "the second regular session of 2014" with no body: the document's own year-numbered body.
      if (/\bthe\s+$/i.test(before) && yearFormWords(m) && this.own?.yearForm) bodyName = this.own.bodyName;
      else if (pick) {
        bodyName = pick.generic ? this.resolveGeneric(pick.name, p) : canonicalBody(pick.name);
        if (!pick.generic) aliases.push(pick.name);
      } else if (carried) bodyName = carried;
      else if (this.own) bodyName = this.own.bodyName;
    }
    if (!bodyName) {
      this.unplaced.push({
        fileName: this.doc.fileName,
        line: p.line,
        text: m[0],
        reason: `session mention in ${p.id}: convening body not identified`,
      });
      return null;
    }
    const yearForm = year !== null && (regular || bodyName === CEB);
    const tail = sentence.slice(mEnd);
    const heldTail = tail.match(HELD_TAIL);
    const hostsTail = /^\s+(?:at|in)\s+[A-Z]/.test(tail) && HELD_BEFORE_RE.test(before.slice(-30)) ? tail : null;
    for (const ord of ords) {
      const d = newDraft(bodyName, ordinalToNumber(ord), year, yearForm, this.prov(p, p.line));
      d.aliases = aliases.filter((a) => a !== bodyName);
      d.scheduledHint = FUTURE_RE.test(sentence);
      if (ords.length === 1) fillDetails(d, sentence, before, heldTail?.[1] ?? hostsTail, year, this.own, this.doc);
      this.decideRecorded(p, s, d, m, mStart, before, tail, ords.length);
      this.drafts.push(d);
    }
    return bodyName;
  }

  /** Whether the draft is the session the document records: said so in its opening sentence. */
  private decideRecorded(
    p: ParsedParagraph,
    s: Sentence,
    d: Draft,
    m: RegExpMatchArray,
    mStart: number,
    before: string,
    tail: string,
    ordCount: number,
  ): void {
    if (this.doc.kind === 'SUMMARY_OF_CONCLUSIONS' && p === this.firstPara && !this.own && mStart < 5) {
      d.relation = 'RECORDS';
      this.own = d;
      this.ownSignals.push('opening paragraph');
    } else if (this.recordsOpening(p, s.start, before, tail) && ordCount === 1) {
      if (!this.own) {
        d.relation = 'RECORDS';
        this.own = d;
        this.ownSignals.push('opening paragraph');
      } else if (this.own.bodyName === d.bodyName && this.own.number === d.number) this.ownSignals.push('opening paragraph');
      else {
        const opening = `the opening paragraph says ${d.bodyName} ${d.number}`;
        const own = `${this.own.bodyName} ${this.own.number}`;
        this.unplaced.push({
          fileName: this.doc.fileName,
          line: p.line,
          text: m[0],
          reason: `session signals disagree: the ${this.ownSignals.join(' and ')} say ${own}, ${opening}`,
        });
      }
    }
  }

  /** "at its spring 2011 session": a CEB session by season; otherwise reported. Returns the body, or null. */
  private readSeason(
    p: ParsedParagraph,
    sentence: string,
    m: RegExpMatchArray,
    mentions: Mention[],
    carried: string | null,
  ): string | null {
    const mStart = m.index ?? 0;
    const prior = mentions.filter((x) => x.end <= mStart);
    const later = mentions.filter((x) => x.start >= mStart + m[0].length);
    const pick = prior[prior.length - 1] ?? later[0] ?? null;
    const bodyName = pick
      ? pick.generic
        ? this.resolveGeneric(pick.name, p)
        : canonicalBody(pick.name)
      : (carried ?? this.own?.bodyName ?? null);
    const season = m[1]?.toLowerCase();
    const year = m[2] ? Number(m[2]) : null;
    if (bodyName === CEB && season && year) {
      // CEB meets in two regular sessions a year: spring = first, fall/autumn = second.
      const d = newDraft(bodyName, season === 'spring' ? 1 : 2, year, true, this.prov(p, p.line));
      d.scheduledHint = FUTURE_RE.test(sentence);
      if (pick && !pick.generic) d.aliases = [pick.name];
      this.drafts.push(d);
      return bodyName;
    }
    this.unplaced.push({
      fileName: this.doc.fileName,
      line: p.line,
      text: m[0],
      reason: `session named by ${season ? 'season' : 'year'} only${bodyName ? ` (${bodyName})` : ''}; no session number can be given`,
    });
    return null;
  }

  /** "the Committee" / "the Group": the body a section heading names, else the document's own. */
  private sectionBody(p: ParsedParagraph, word: 'Committee' | 'Group'): string | null {
    for (let i = p.sectionPath.length - 1; i >= 0; i--) {
      const h = p.sectionPath[i]!.replace(/^[A-Z]{1,4}\.\s+/, '');
      // The heading must itself be a body name: capitalized words and connectors only ("High-level Committee on Programmes").
      const words = h.split(/\s+/);
      if (words.includes(word) && words.length <= 8 && words.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:on|of|for|and|the)$/.test(w))) {
        return canonicalBody(h);
      }
    }
    if (this.own?.bodyName.includes(word)) return this.own.bodyName;
    return null;
  }

  private resolveGeneric(name: string, p: ParsedParagraph): string | null {
    const n = name.replace(/^the\s+/i, '').replace(/[’']s$/, '');
    if (n === 'Committee') return this.sectionBody(p, 'Committee');
    if (n === 'Group') return this.sectionBody(p, 'Group');
    return canonicalBody(n);
  }

  /** The first sentence of a report's first paragraph, saying the body held (convened, met for) the session. */
  private recordsOpening(p: ParsedParagraph, sentenceStart: number, before: string, tail: string): boolean {
    if (p !== this.firstPara || sentenceStart > 0 || (this.doc.kind !== 'REPORT' && this.doc.kind !== 'OTHER')) return false;
    return HELD_BEFORE_RE.test(before) || HELD_AFTER_RE.test(tail);
  }
}

/** Dates, venue and host of a session mentioned alone: "held in Geneva on 17 and 18 October", "the dates of …". */
function fillDetails(
  d: Draft,
  sentence: string,
  before: string,
  venueText: string | null | undefined,
  year: number | null,
  own: Draft | null,
  doc: ParsedDocument,
): void {
  if (venueText !== null && venueText !== undefined) {
    const defaultYear = year ?? own?.year ?? (doc.date ? Number(doc.date.slice(0, 4)) : undefined);
    const range = findDateRanges(venueText, defaultYear)[0];
    if (range) {
      d.startDate = range.start;
      d.endDate = range.end;
    }
    const v = readVenue(venueText);
    d.venue = v.venue;
    d.city = v.city;
  }
  const datesOf = before.match(/dates of (.+?) for (?:its|the) $/);
  if (datesOf) {
    const range = findDateRanges(datesOf[1]!, year ?? undefined)[0];
    if (range) {
      d.startDate = range.start;
      d.endDate = range.end;
    }
  }
  const host = sentence.match(HOST_OF_SESSION);
  if (host && /\b(?:thanked|host)\b/.test(sentence)) {
    d.hostName = host[1]!.replace(/^.*\bthanked\s+(?:the\s+)?/, '').trim();
    if (host[2]) d.city = host[2];
  }
}
