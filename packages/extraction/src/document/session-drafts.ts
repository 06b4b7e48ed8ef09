import type { Provenance, SessionStatus } from '../model.js';
import { findDateRanges } from './clean.js';
import type { SessionRelation } from './sessions.js';
import type { ParsedDocument } from './types.js';

/** A session as one statement in the document describes it, before merging. */
export interface Draft {
  bodyName: string;
  number: number | null;
  year: number | null;
  yearForm: boolean;
  startDate: string | null;
  endDate: string | null;
  venue: string | null;
  city: string | null;
  hostName: string | null;
  scheduledHint: boolean;
  relation: SessionRelation | null;
  provenance: Provenance;
  kindWord: string | null;
  /** Other names to try with the resolver when the canonical name is unknown to it. */
  aliases: string[];
}

/** "On <date>, <host> hosted a <meeting> on <topic>.": the opening of a meeting summary. */
export const HOSTED_MEETING = new RegExp(
  [
    String.raw`^On ([A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}), (.+?) (?:hosted|convened|organized|organised|held) an? `,
    String.raw`([\w\s-]*?(?:consultation|meeting|workshop|round ?table|seminar|dialogue))(?: on ([^.]+))?\.`,
  ].join(''),
);

/** "(Headquarters of ..., Geneva, 17 and 18 October 2013)" on the cover: dates, venue and city the title does not give. */
export function readCover(doc: ParsedDocument, own: Draft): boolean {
  const cover = doc.frontMatter
    .map((l) => l.text)
    .join(' ')
    .match(/\(([^()]*?),\s*([A-Z][\w ]+?),\s*([^()]*\d{4})\)/);
  if (!cover) return false;
  const range = findDateRanges(cover[3]!)[0];
  if (range) {
    own.startDate ??= range.start;
    own.endDate ??= range.end;
    own.year ??= Number(range.start.slice(0, 4));
  }
  own.venue ??= cover[1]!.trim();
  own.city ??= cover[2]!.trim();
  return true;
}

export function yearFormWords(m: RegExpMatchArray): boolean {
  return !!m[4] && /regular/i.test(m[4]) && !!(m[1] ?? m[7]);
}

export function newDraft(bodyName: string, number: number | null, year: number | null, yearForm: boolean, provenance: Provenance): Draft {
  return {
    bodyName,
    number,
    year,
    yearForm,
    startDate: null,
    endDate: null,
    venue: null,
    city: null,
    hostName: null,
    scheduledHint: false,
    relation: null,
    provenance,
    kindWord: null,
    aliases: [],
  };
}

export function statusOf(d: Draft, own: Draft | null, refDate: string | null, refYear: number | null): SessionStatus {
  if (d.relation === 'RECORDS') return 'HELD';
  if (d.relation === 'SUBMITTED_TO') return d.scheduledHint ? 'SCHEDULED' : 'HELD';
  if (d.startDate && refDate) return d.startDate > refDate ? 'SCHEDULED' : 'HELD';
  if (own && own !== d && own.bodyName === d.bodyName && d.number !== null && own.number !== null) {
    if (d.yearForm && own.yearForm && d.year !== null && own.year !== null) {
      if (d.year !== own.year) return d.year > own.year ? 'SCHEDULED' : 'HELD';
      if (d.number !== own.number) return d.number > own.number ? 'SCHEDULED' : 'HELD';
    } else if (!d.yearForm && !own.yearForm) {
      if (d.number !== own.number) return d.number > own.number ? 'SCHEDULED' : 'HELD';
    }
  }
  if (d.year !== null && refYear !== null && d.year !== refYear) return d.year > refYear ? 'SCHEDULED' : 'HELD';
  return d.scheduledHint ? 'SCHEDULED' : 'HELD';
}
