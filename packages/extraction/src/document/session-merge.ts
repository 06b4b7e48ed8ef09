/** Drafts into sessions: each draft gets its body's organization id and a session id; drafts of one session merge. */
import type { SessionStatus, Unplaced } from '../model.js';
import { type Draft, statusOf } from './session-drafts.js';
import { KNOWN_ACRONYMS, ordinalWord } from './session-names.js';
import type { ResolveOrganization, SessionFact, SessionRelation } from './sessions.js';
import { CITY_COUNTRY } from './text.js';
import type { ParsedDocument } from './types.js';

export function mergeDrafts(
  doc: ParsedDocument,
  drafts: readonly Draft[],
  own: Draft | null,
  resolveOrganization: ResolveOrganization,
  unplaced: Unplaced[],
): { sessions: Map<string, SessionFact>; documentSessionId: string | null } {
  const refDate = doc.date ?? own?.endDate ?? null;
  const refYear = refDate ? Number(refDate.slice(0, 4)) : (own?.year ?? null);
  const sessions = new Map<string, SessionFact>();
  let documentSessionId: string | null = null;
  for (const d of drafts) {
    const candidates = [...new Set([d.bodyName, ...d.aliases, ...(KNOWN_ACRONYMS[d.bodyName] ? [KNOWN_ACRONYMS[d.bodyName]!] : [])])];
    const bodyId = candidates.map((c) => resolveOrganization(c)).find((x): x is string => !!x) ?? null;
    if (!bodyId) {
      unplaced.push({
        fileName: doc.fileName,
        line: d.provenance.line ?? 1,
        text: d.bodyName,
        reason: 'session body not resolved to an organization',
      });
      continue;
    }
    const id = sessionId(d, bodyId);
    if (id === null) {
      unplaced.push({ fileName: doc.fileName, line: d.provenance.line ?? 1, text: d.bodyName, reason: 'session without number or date' });
      continue;
    }
    const status = statusOf(d, own, refDate, refYear);
    const relation: SessionRelation = d.relation ?? (status === 'SCHEDULED' ? 'SCHEDULES' : 'MENTIONS');
    const hostId = d.hostName
      ? ([d.hostName, ...(d === own ? d.aliases : [])].map((c) => resolveOrganization(c)).find((x): x is string => !!x) ?? null)
      : null;
    const existing = sessions.get(id);
    if (!existing) sessions.set(id, newSession(d, id, bodyId, hostId, status, relation));
    else mergeInto(existing, d, hostId, status, relation);
    if (d === own) documentSessionId = id;
  }
  // A recorded session is held; its status may have been set from a date before the document date.
  for (const s of sessions.values()) if (s.relation === 'RECORDS') s.status = 'HELD';
  return { sessions, documentSessionId };
}

/** `<body>-<year>-<n>` for sessions numbered within a year, `<body>-<n>`, `<body>-<date>` for a meeting; null without either. */
function sessionId(d: Draft, bodyId: string): string | null {
  if (d.yearForm && d.year !== null && d.number !== null) return `${bodyId}-${d.year}-${d.number}`;
  if (d.number !== null) return `${bodyId}-${d.number}`;
  if (d.startDate) return `${bodyId}-${d.startDate}`;
  return null;
}

function sessionTitle(d: Draft): string {
  if (d.kindWord) return `${d.kindWord[0]!.toUpperCase()}${d.kindWord.slice(1)}${d.startDate ? ` (${d.startDate})` : ''}`;
  return `${ordinalWord(d.number ?? 0)} ${d.yearForm ? 'regular ' : ''}session${d.yearForm ? ` of ${d.year}` : ''} of the ${d.bodyName}`;
}

function newSession(
  d: Draft,
  id: string,
  bodyId: string,
  hostId: string | null,
  status: SessionStatus,
  relation: SessionRelation,
): SessionFact {
  return {
    id,
    bodyId,
    bodyName: d.bodyName,
    number: d.number,
    year: d.year ?? (d.startDate ? Number(d.startDate.slice(0, 4)) : null),
    title: sessionTitle(d),
    startDate: d.startDate,
    endDate: d.endDate,
    venue: d.venue,
    city: d.city,
    country: d.city ? (CITY_COUNTRY[d.city] ?? null) : null,
    hostId,
    status,
    hasRecord: relation === 'RECORDS',
    relation,
    agenda: [],
    provenance: [d.provenance],
  };
}

/** Another statement of a session already seen: fills what is missing; a record or submission outranks a mention. */
function mergeInto(existing: SessionFact, d: Draft, hostId: string | null, status: SessionStatus, relation: SessionRelation): void {
  existing.startDate ??= d.startDate;
  existing.endDate ??= d.endDate;
  existing.venue ??= d.venue;
  existing.city ??= d.city;
  existing.country ??= d.city ? (CITY_COUNTRY[d.city] ?? null) : null;
  existing.hostId ??= hostId;
  existing.year ??= d.year;
  if (relation === 'RECORDS' || relation === 'SUBMITTED_TO') {
    existing.relation = relation;
    existing.hasRecord = relation === 'RECORDS';
  }
  if (existing.relation !== 'RECORDS' && existing.relation !== 'SUBMITTED_TO') {
    if (status === 'SCHEDULED') {
      existing.status = 'SCHEDULED';
      existing.relation = 'SCHEDULES';
    }
  }
  if (!existing.provenance.some((x) => x.paragraphId === d.provenance.paragraphId && x.line === d.provenance.line)) {
    existing.provenance.push(d.provenance);
  }
}
