import type { ExtractedAgendaItem, ExtractedSession, Provenance, Unplaced } from '../model.js';
import { findDateRanges, ORDINAL_RE, ordinalToNumber, parseDate } from './clean.js';
import { CITY_RE_SOURCE, splitSentences } from './text.js';
import type { ParsedDocument, ParsedParagraph } from './types.js';
import { type Draft, HOSTED_MEETING, newDraft, readCover, yearFormWords } from './session-drafts.js';
import { assignParagraphs, extractAgenda } from './agenda.js';
import { mergeDrafts } from './session-merge.js';
import {
  BODY_AFTER_RE,
  bodyMentions,
  canonicalBody,
  CEB,
  CITY_RE,
  FUTURE_RE,
  readVenue,
  SEASON_SESSION_RE,
  SESSION_RE,
  stripAcronyms,
} from './session-names.js';
import { HELD_AFTER_RE, HELD_BEFORE_RE, sessionFromTitle, type SessionSignal } from './session-signals.js';

/** Organization resolver supplied by the caller: a name or acronym → organization id, or null. */
export type ResolveOrganization = (name: string) => string | null;

export interface SessionAgendaItem extends ExtractedAgendaItem {
  /** For 'Cooperation between the United Nations and X' items: ['X'] (names only; resolution is elsewhere). */
  aboutOrganizationNames: string[];
}

/**
 * How the document relates to the session:
 * RECORDS (the document is its record), SUBMITTED_TO (the document is submitted to it,
 * e.g. a report for the provisional agenda of a General Assembly session), SCHEDULES
 * (a later session it announces or refers to), MENTIONS (an earlier session it refers to).
 */
export type SessionRelation = 'RECORDS' | 'SUBMITTED_TO' | 'SCHEDULES' | 'MENTIONS';

export interface SessionFact extends Omit<ExtractedSession, 'agenda'> {
  /** Body as written in the text, canonicalized (e.g. 'High-level Committee on Programmes'). */
  bodyName: string;
  relation: SessionRelation;
  agenda: SessionAgendaItem[];
}

export interface SessionExtraction {
  documentId: string;
  /** The session the document records or is submitted to. */
  documentSessionId: string | null;
  sessions: SessionFact[];
  /** Which statements gave the recorded session: title, opening paragraph, cover, front matter. */
  documentSessionSignals: SessionSignal[];
  /** Paragraph id → agenda item id (null when the paragraph falls under no agenda item). */
  paragraphAgendaItems: Record<string, string | null>;
  unplaced: Unplaced[];
}

/** Extracts sessions and agendas from one parsed document. */
export function extractSessions(doc: ParsedDocument, resolveOrganization: ResolveOrganization): SessionExtraction {
  const unplaced: Unplaced[] = [];
  const prov = (p: ParsedParagraph | null, line: number): Provenance => ({ documentId: doc.id, paragraphId: p?.id ?? null, line });

  // 1. The session the document records (title / first paragraph) or is submitted to (front matter).
  const { own: ownFromFront, ownSignals, drafts } = readOwnSession(doc, prov);
  let own = ownFromFront;
  const firstPara = doc.paragraphs[0];

  // 2. Session mentions in paragraphs.
  const sectionBody = (p: ParsedParagraph, word: 'Committee' | 'Group'): string | null => {
    for (let i = p.sectionPath.length - 1; i >= 0; i--) {
      const h = p.sectionPath[i]!.replace(/^[A-Z]{1,4}\.\s+/, '');
      // The heading must itself be a body name: capitalized words and connectors only ("High-level Committee on Programmes").
      const words = h.split(/\s+/);
      if (words.includes(word) && words.length <= 8 && words.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:on|of|for|and|the)$/.test(w))) {
        return canonicalBody(h);
      }
    }
    if (own?.bodyName.includes(word)) return own.bodyName;
    return null;
  };
  const resolveGeneric = (name: string, p: ParsedParagraph): string | null => {
    const n = name.replace(/^the\s+/i, '').replace(/[’']s$/, '');
    if (n === 'Committee') return sectionBody(p, 'Committee');
    if (n === 'Group') return sectionBody(p, 'Group');
    return canonicalBody(n);
  };

  const isOwnFirst = (p: ParsedParagraph) => doc.kind === 'SUMMARY_OF_CONCLUSIONS' && p === firstPara;
  for (const p of doc.paragraphs) {
    let carried: string | null = null;
    for (const s of splitSentences(p.text)) {
      const sentence = s.text;
      const mentions = bodyMentions(sentence);
      const lastMention = mentions[mentions.length - 1];
      const matches = [...sentence.matchAll(SESSION_RE)];
      for (const m of matches) {
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
          let name = after[1]!.replace(/\s+(?:of|on|for|and|the|to)$/g, '');
          // "of the Committee" / "of the Assembly" / "of its General Conference"
          bodyName = resolveGeneric(name, p);
          aliases.push(name, ...(after[2] ? [after[2]] : []));
          if (after[3]) year = Number(after[3]);
          mEnd += after[0].length;
          name = '';
        }
        const poss = before.match(/(?:the\s+)?([A-Z][\w-]*(?:\s+(?:on|of|for|the|[A-Z][\w-]*))*)['’]s\s+$/);
        if (!bodyName && poss) bodyName = resolveGeneric(poss[1]!, p);
        if (!bodyName) {
          const prior = mentions.filter((x) => x.end <= mStart);
          const later = mentions.filter((x) => x.start >= mEnd);
          const pick = prior[prior.length - 1] ?? later[0] ?? null;
          // "the second regular session of 2014" with no body: the document's own year-numbered body.
          if (/\bthe\s+$/i.test(before) && yearFormWords(m) && own?.yearForm) bodyName = own.bodyName;
          else if (pick) {
            bodyName = pick.generic ? resolveGeneric(pick.name, p) : canonicalBody(pick.name);
            if (!pick.generic) aliases.push(pick.name);
          } else if (carried) bodyName = carried;
          else if (own) bodyName = own.bodyName;
        }
        if (!bodyName) {
          unplaced.push({
            fileName: doc.fileName,
            line: p.line,
            text: m[0],
            reason: `session mention in ${p.id}: convening body not identified`,
          });
          continue;
        }
        const yearForm = year !== null && (regular || bodyName === CEB);
        const tail = sentence.slice(mEnd);
        const heldTail = tail.match(/^(?:\s*\([^)]*\))?(?:\s*,[^,]{0,60},)?\s*,?\s*(?:was |were |to be |would be |will be )?held\b(.*)$/);
        const hostsTail = /^\s+(?:at|in)\s+[A-Z]/.test(tail) && HELD_BEFORE_RE.test(before.slice(-30)) ? tail : null;
        for (const ord of ords) {
          const d = newDraft(bodyName, ordinalToNumber(ord), year, yearForm, prov(p, p.line));
          d.aliases = aliases.filter((a) => a !== bodyName);
          d.scheduledHint = FUTURE_RE.test(sentence);
          const venueText = heldTail?.[1] ?? hostsTail;
          if (venueText !== null && venueText !== undefined && ords.length === 1) {
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
          if (datesOf && ords.length === 1) {
            const range = findDateRanges(datesOf[1]!, year ?? undefined)[0];
            if (range) {
              d.startDate = range.start;
              d.endDate = range.end;
            }
          }
          const host = sentence.match(
            new RegExp(`(?:the\\s+)?([A-Z][\\w\\s-]+?),\\s+which would host the session(?:\\s+in\\s+(${CITY_RE_SOURCE}))?`),
          );
          if (host && ords.length === 1 && /\b(?:thanked|host)\b/.test(sentence)) {
            d.hostName = host[1]!.replace(/^.*\bthanked\s+(?:the\s+)?/, '').trim();
            if (host[2]) d.city = host[2];
          }
          if (isOwnFirst(p) && !own && mStart < 5) {
            d.relation = 'RECORDS';
            own = d;
            ownSignals.push('opening paragraph');
          } else if (recordsOpening(p, s.start, before, tail) && ords.length === 1) {
            if (!own) {
              d.relation = 'RECORDS';
              own = d;
              ownSignals.push('opening paragraph');
            } else if (own.bodyName === d.bodyName && own.number === d.number) ownSignals.push('opening paragraph');
            else {
              const opening = `the opening paragraph says ${d.bodyName} ${d.number}`;
              unplaced.push({
                fileName: doc.fileName,
                line: p.line,
                text: m[0],
                reason: `session signals disagree: the ${ownSignals.join(' and ')} say ${own.bodyName} ${own.number}, ${opening}`,
              });
            }
          }
          drafts.push(d);
        }
        carried = bodyName;
      }
      // Sessions named by season or year only: "at its spring 2011 session", "its 2013 substantive session".
      for (const m of sentence.matchAll(SEASON_SESSION_RE)) {
        const mStart = m.index ?? 0;
        const prior = mentions.filter((x) => x.end <= mStart);
        const later = mentions.filter((x) => x.start >= mStart + m[0].length);
        const pick = prior[prior.length - 1] ?? later[0] ?? null;
        const bodyName = pick
          ? pick.generic
            ? resolveGeneric(pick.name, p)
            : canonicalBody(pick.name)
          : (carried ?? own?.bodyName ?? null);
        const season = m[1]?.toLowerCase();
        const year = m[2] ? Number(m[2]) : null;
        if (bodyName === CEB && season && year) {
          // CEB meets in two regular sessions a year: spring = first, fall/autumn = second.
          const d = newDraft(bodyName, season === 'spring' ? 1 : 2, year, true, prov(p, p.line));
          d.scheduledHint = FUTURE_RE.test(sentence);
          if (pick && !pick.generic) d.aliases = [pick.name];
          drafts.push(d);
          carried = bodyName;
          continue;
        }
        unplaced.push({
          fileName: doc.fileName,
          line: p.line,
          text: m[0],
          reason: `session named by ${season ? 'season' : 'year'} only${bodyName ? ` (${bodyName})` : ''}; no session number can be given`,
        });
      }
      if (lastMention && matches.length === 0)
        carried = lastMention.generic ? resolveGeneric(lastMention.name, p) : canonicalBody(lastMention.name);
    }
  }
  if (own?.relation === 'RECORDS' && (doc.kind === 'REPORT' || doc.kind === 'OTHER') && readCover(doc, own)) ownSignals.push('cover');
  if (doc.kind === 'SUMMARY_OF_CONCLUSIONS' && !own) {
    unplaced.push({
      fileName: doc.fileName,
      line: firstPara?.line ?? 1,
      text: firstPara?.text.slice(0, 120) ?? '',
      reason: 'summary of conclusions: recorded session not found in the first paragraph',
    });
  }

  // 3. Merge drafts into sessions.
  const { sessions, documentSessionId } = mergeDrafts(doc, drafts, own, resolveOrganization, unplaced);

  // 4. Agenda.
  const paragraphAgendaItems: Record<string, string | null> = {};
  const ownSession = documentSessionId ? (sessions.get(documentSessionId) ?? null) : null;
  if (ownSession) {
    ownSession.agenda = extractAgenda(doc, ownSession, resolveOrganization, unplaced);
    assignParagraphs(doc, ownSession, paragraphAgendaItems, unplaced);
  } else {
    for (const p of doc.paragraphs) paragraphAgendaItems[p.id] = null;
  }
  return {
    documentId: doc.id,
    documentSessionId,
    documentSessionSignals: documentSessionId ? ownSignals : [],
    sessions: [...sessions.values()],
    paragraphAgendaItems,
    unplaced,
  };

  /** The first sentence of a report's first paragraph, saying the body held (convened, met for) the session. */
  function recordsOpening(p: ParsedParagraph, sentenceStart: number, before: string, tail: string): boolean {
    if (p !== firstPara || sentenceStart > 0 || (doc.kind !== 'REPORT' && doc.kind !== 'OTHER')) return false;
    return HELD_BEFORE_RE.test(before) || HELD_AFTER_RE.test(tail);
  }
}

interface OwnSession {
  own: Draft | null;
  ownSignals: SessionSignal[];
  drafts: Draft[];
}

/**
 * Pass 1: the session the document records or is submitted to, from its own statements: the title,
 * "General Assembly / <n>th session" in the front matter, or a meeting summary's opening sentence.
 */
function readOwnSession(doc: ParsedDocument, prov: (p: ParsedParagraph | null, line: number) => Provenance): OwnSession {
  const drafts: Draft[] = [];
  let own: Draft | null = null;
  const ownSignals: SessionSignal[] = [];
  const fromTitle = sessionFromTitle(doc.title);
  if (fromTitle) {
    own = newDraft(canonicalBody(fromTitle.bodyName), fromTitle.number, null, false, prov(null, doc.frontMatter[0]?.line ?? 1));
    own.relation = 'RECORDS';
    ownSignals.push('title');
    drafts.push(own);
  }
  const fmText = doc.frontMatter.map((l) => l.text);
  const gaIdx = fmText.findIndex((t) => /^General Assembly$/i.test(t));
  if (gaIdx >= 0) {
    const sess = fmText[gaIdx + 1]?.match(new RegExp(`^(${ORDINAL_RE}) session$`, 'i'));
    if (sess) {
      own = newDraft('General Assembly', ordinalToNumber(sess[1]!), null, false, prov(null, doc.frontMatter[gaIdx]!.line));
      own.relation = 'SUBMITTED_TO';
      ownSignals.push('front matter');
      own.scheduledHint = fmText.some((t) => /provisional agenda/i.test(t));
      drafts.push(own);
    }
  }
  const firstPara = doc.paragraphs[0];
  if (doc.kind === 'MEETING_SUMMARY' && firstPara) {
    const m = firstPara.text.match(HOSTED_MEETING);
    if (m) {
      const date = parseDate(m[1]!);
      const host = stripAcronyms(m[2]!).replace(/^.*?['’]s\s+/, '');
      own = newDraft(host, null, date ? Number(date.slice(0, 4)) : null, false, prov(firstPara, firstPara.line));
      own.startDate = date;
      own.endDate = date;
      own.relation = 'RECORDS';
      own.hostName = host;
      own.aliases = [stripAcronyms(m[2]!), ...(m[2]!.match(/\(([A-Z][A-Za-z-]+)\)/)?.slice(1) ?? [])];
      own.kindWord = `${m[3]!}${m[4] ? ` on ${m[4]}` : ''}`;
      ownSignals.push('opening paragraph');
      const city = firstPara.text.match(CITY_RE)?.[1];
      if (city && !/University/.test(m[2]!)) own.city = city;
      drafts.push(own);
    }
  }
  return { own, ownSignals, drafts };
}
