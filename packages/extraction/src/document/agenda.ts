import type { Unplaced } from '../model.js';
import { normalizeTitle } from './text.js';
import type { ParsedDocument, ParsedParagraph, Point } from './types.js';
import type { ResolveOrganization, SessionAgendaItem, SessionFact } from './sessions.js';

/** The agenda of the session a document records, and the agenda item each paragraph falls under. */

const COOPERATION_RE = /^Cooperation between the United Nations and (?:the\s+)?(.+?)[.;:]?$/;

function aboutNames(title: string): string[] {
  const m = title.match(COOPERATION_RE);
  if (!m || /^regional and other organizations$/i.test(m[1]!)) return [];
  return [m[1]!.replace(/\s*\([A-Z][A-Za-z-]*\)$/, '').trim()];
}

function cleanItemTitle(t: string): string {
  return t.replace(/\s*[.;:]$/, '').trim();
}

/** Agenda items: from an 'Agenda' annex, from 'adopted the following agenda' lists, or from an 'Agenda item N (a), (b) ...' cover line. */
export function extractAgenda(
  doc: ParsedDocument,
  session: SessionFact,
  resolve: ResolveOrganization,
  unplaced: Unplaced[],
): SessionAgendaItem[] {
  const items: SessionAgendaItem[] = [];
  const add = (number: number, letter: string | null, title: string, line: number, paragraphId: string | null) => {
    const parentId = letter ? `${session.id}/item_${number}` : null;
    if (letter && !items.some((i) => i.id === parentId)) {
      unplaced.push({ fileName: doc.fileName, line, text: title, reason: `agenda sub-item (${letter}) without item ${number}` });
      return;
    }
    const names = aboutNames(title);
    items.push({
      id: `${session.id}/item_${number}${letter ? `_${letter}` : ''}`,
      sessionId: session.id,
      number,
      letter,
      title: cleanItemTitle(title),
      parentId,
      position: items.length,
      organizationIds: names.map((n) => resolve(n)).filter((x): x is string => !!x),
      provenance: { documentId: doc.id, paragraphId, line },
      aboutOrganizationNames: names,
    });
  };
  const fromPoints = (p: ParsedParagraph, points: Point[]) => {
    for (const pt of points) {
      if (pt.kind === 'number') add(Number(pt.label), null, pt.text, pt.line, p.id);
      else if (pt.kind === 'letter' && pt.parentLabel) add(Number(pt.parentLabel), pt.label, pt.text, pt.line, p.id);
      else unplaced.push({ fileName: doc.fileName, line: pt.line, text: pt.text, reason: 'agenda line without an item number' });
    }
  };
  const agendaAnnex = doc.annexes.find((a) => a.title !== null && /^agenda$/i.test(a.title));
  if (agendaAnnex) {
    for (const p of doc.paragraphs.filter((x) => x.annex === agendaAnnex.label)) {
      if (p.intro)
        unplaced.push({ fileName: doc.fileName, line: p.line, text: p.intro, reason: 'text in agenda annex that is not a numbered item' });
      fromPoints(p, p.points);
    }
  }
  for (const p of doc.paragraphs) {
    if (/adopted the following agenda/i.test(p.intro) && p.points.length) fromPoints(p, p.points);
  }
  // Cover page: "Agenda item 130 (a), (b), ... and (z) of the provisional agenda*" + item title + sub-item titles.
  const fm = doc.frontMatter;
  const coverIdx = fm.findIndex((l) => /^Agenda items? \d+/.test(l.text));
  if (coverIdx >= 0) {
    const line = fm[coverIdx]!;
    const m = line.text.match(/^Agenda items? (\d+)((?:\s*(?:,|and)?\s*\([a-z]{1,2}\))*)/);
    const number = Number(m![1]);
    const letters = [...(m![2] ?? '').matchAll(/\(([a-z]{1,2})\)/g)].map((x) => x[1]!);
    const titleLine = fm[coverIdx + 1];
    if (titleLine && /:$/.test(titleLine.text)) {
      add(number, null, titleLine.text, titleLine.line, null);
      const titleAt = fm.findIndex((l, i) => i > coverIdx + 1 && normalizeTitle(l.text) === normalizeTitle(doc.title));
      const subs = fm.slice(coverIdx + 2, titleAt > 0 ? titleAt : undefined).filter((l) => aboutNames(l.text).length > 0);
      if (subs.length !== letters.length) {
        unplaced.push({
          fileName: doc.fileName,
          line: line.line,
          text: line.text,
          reason: `agenda item ${number}: ${letters.length} sub-item letters but ${subs.length} sub-item titles`,
        });
      }
      subs.forEach((s, i) => {
        const letter = letters[i];
        if (letter) add(number, letter, s.text, s.line, null);
        else
          unplaced.push({
            fileName: doc.fileName,
            line: s.line,
            text: s.text,
            reason: `agenda sub-item title without a letter under item ${number}`,
          });
      });
    } else {
      add(number, null, titleLine?.text ?? '', line.line, null);
    }
  }
  return items;
}

const NON_ITEM_HEADINGS = /^(Introduction|Summary|Observations and recommendations|Conclusions?|Other business)$/i;

/** Maps each paragraph to the agenda item its headings place it under. */
export function assignParagraphs(
  doc: ParsedDocument,
  session: SessionFact,
  out: Record<string, string | null>,
  unplaced: Unplaced[],
): void {
  const items = session.agenda;
  const top = items.filter((i) => i.letter === null);
  const subsOf = (id: string) => items.filter((i) => i.parentId === id);
  const reported = new Set<string>();
  const report = (line: number, text: string, reason: string) => {
    const key = `${line}:${reason}`;
    if (reported.has(key)) return;
    reported.add(key);
    unplaced.push({ fileName: doc.fileName, line, text, reason });
  };
  const defaultItem = session.relation === 'SUBMITTED_TO' && top.length === 1 ? top[0]!.id : null;
  for (const p of doc.paragraphs) {
    if (p.annex) {
      out[p.id] = null;
      continue;
    }
    let item: SessionAgendaItem | null = defaultItem ? top[0]! : null;
    for (let level = 0; level < p.sectionPath.length; level++) {
      const heading = p.sectionPath[level]!;
      const bare = heading.replace(/^(?:[IVXL]+|[A-Z])\.\s+/, '');
      const headingLine =
        doc.headings.find(
          (h) =>
            h.sectionPath.length === level + 1 && h.sectionPath[level] === heading && h.sectionPath.every((x, i) => x === p.sectionPath[i]),
        )?.line ?? p.line;
      if (!item) {
        const numbered = bare.match(/^Agenda item (\d+)\s*[:.]\s*(.+)$/i);
        if (numbered) {
          const found = top.find((i) => i.number === Number(numbered[1]));
          if (found && normalizeTitle(found.title) !== normalizeTitle(numbered[2]!)) {
            report(headingLine, heading, `heading title differs from agenda item ${found.number} title '${found.title}'`);
          }
          if (!found) report(headingLine, heading, `agenda item ${numbered[1]} not in the agenda`);
          item = found ?? null;
          continue;
        }
        const byTitle = top.find((i) => normalizeTitle(i.title) === normalizeTitle(bare));
        if (byTitle) {
          item = byTitle;
          continue;
        }
        if (/^[IVXL]+\.\s/.test(heading) && !NON_ITEM_HEADINGS.test(bare) && session.relation === 'RECORDS') {
          report(headingLine, heading, 'section heading not matched to an agenda item');
        }
      } else if (item.letter === null) {
        if (normalizeTitle(item.title) === normalizeTitle(bare) || NON_ITEM_HEADINGS.test(bare)) continue;
        const subs = subsOf(item.id);
        if (subs.length === 0) break;
        const letterLabel = heading.match(/^([A-Z])\.\s/)?.[1]?.toLowerCase() ?? null;
        const sub =
          subs.find((i) => normalizeTitle(i.title) === normalizeTitle(bare)) ??
          subs.find((i) => i.aboutOrganizationNames.some((n) => normalizeTitle(n) === normalizeTitle(bare)));
        if (sub) {
          if (letterLabel && sub.letter !== letterLabel)
            report(headingLine, heading, `heading letter ${letterLabel} differs from agenda sub-item (${sub.letter})`);
          item = sub;
          continue;
        }
        const covered = subs.filter((i) => i.aboutOrganizationNames.some((n) => bare.includes(n)));
        if (covered.length > 1) {
          report(
            headingLine,
            heading,
            `heading covers sub-items ${covered.map((c) => `(${c.letter})`).join(', ')}; paragraphs assigned to item ${item.number}`,
          );
        } else if (letterLabel || /^[IVXL]+\./.test(heading)) {
          report(headingLine, heading, `heading not matched to a sub-item of agenda item ${item.number}`);
        }
        break;
      }
    }
    out[p.id] = item?.id ?? null;
  }
}
