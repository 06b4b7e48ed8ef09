import type { ExtractedAgendaItem, ExtractedSession, Provenance, Unplaced } from '../model.js';
import { ORDINAL_RE, ordinalToNumber, parseDate } from './clean.js';
import type { ParsedDocument, ParsedParagraph } from './types.js';
import { type Draft, HOSTED_MEETING, newDraft, readCover } from './session-drafts.js';
import { assignParagraphs, extractAgenda } from './agenda.js';
import { mergeDrafts } from './session-merge.js';
import { SessionMentionReader } from './session-mentions.js';
import { canonicalBody, CITY_RE, stripAcronyms } from './session-names.js';
import { sessionFromTitle, type SessionSignal } from './session-signals.js';

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
  const firstPara = doc.paragraphs[0];

  // 2. Session mentions in paragraphs; the opening paragraph may state the recorded session.
  const reader = new SessionMentionReader(doc, ownFromFront, ownSignals, drafts, unplaced, prov);
  for (const p of doc.paragraphs) reader.readParagraph(p);
  const own = reader.own;
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
