/**
 * Names in the Akoma Ntoso files, following AKN4UN's naming convention
 * (`/akn/un/<document type>/<subtype>/<author>/<date>/<number>`, the symbol as the number with
 * `/` written as `-`; the expression adds `/<language>@`).
 */
export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** ISO 639-2 alpha-3: every ingested document is the English version. */
export const LANGUAGE = 'eng';

export interface AknDocumentMeta {
  id: string;
  symbol: string | null;
  title: string;
  kind: string;
  date: string | null;
  sessionDate: string | null;
  bodyId: string | null;
}

/** SUMMARY_OF_CONCLUSIONS -> summaryOfConclusions (AKN names are lowerCamelCase). */
export function subtype(kind: string): string {
  return kind.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export function workIri(doc: AknDocumentMeta): string {
  const number = (doc.symbol ?? doc.id).replace(/\s+/g, '').replaceAll('/', '-');
  return `/akn/un/doc/${subtype(doc.kind)}/${doc.bodyId ?? 'un'}/${workDate(doc)}/${number}`;
}

export function expressionIri(doc: AknDocumentMeta): string {
  return `${workIri(doc)}/${LANGUAGE}@`;
}

/** The date of issue, else the session's first day; AKN needs a date, so undated is 0001-01-01. */
export function workDate(doc: AknDocumentMeta): string {
  return doc.date ?? doc.sessionDate ?? '0001-01-01';
}

/** A paragraph's eId: its API id without the document prefix, `/` written as `__`. */
export function paragraphEId(documentId: string, paragraphId: string): string {
  return paragraphId.slice(documentId.length + 1).replaceAll('/', '__');
}

/** The annex part of a paragraph id (`annex_3` in `ceb-2013-6/annex_3/para_9`), or null in the body. */
export function annexOf(documentId: string, paragraphId: string): string | null {
  const first = paragraphId.slice(documentId.length + 1).split('/')[0]!;
  return first.startsWith('annex_') && paragraphId.includes('/', documentId.length + 1) ? first : null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]!]!;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * The eId part of a heading, as ingestion names sections: `sec_2` for 'II. …', `subsec_b` for
 * 'B. …', `hcontainer_<k>` for the k-th unnumbered heading under the same parent. Under a roman
 * section, 'C. …' is the third letter, not one hundred.
 */
export function headingEIdPart(heading: string, unnumberedIndex: number, underRoman: boolean): string {
  const roman = underRoman && /^[A-Z]\.\s/.test(heading) ? null : /^([IVXLC]+)\.\s/.exec(heading);
  if (roman) return `sec_${romanToNumber(roman[1]!)}`;
  const letter = /^([A-Z])\.\s/.exec(heading);
  if (letter) return `subsec_${letter[1]!.toLowerCase()}`;
  return `hcontainer_${unnumberedIndex}`;
}
