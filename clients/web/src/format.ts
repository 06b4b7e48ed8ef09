// Pure helpers (unit-tested in test/format.test.ts).

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** '2013-10-17' → '17 October 2013' (the UN's style). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A session's days: '17–18 October 2013', '30 September – 1 October 2013', '25 November 2013'. */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return end ? formatDate(end) : '';
  if (!end || end === start) return formatDate(start);
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTHS[m1 - 1]} ${y1}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y1}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** 'MANDATE_HOLDER' → 'Mandate holder'. */
export function humanize(value: string): string {
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits a search highlight ("… <mark>cybersecurity</mark> …") into text segments. Only the
 * exact <mark> and </mark> tags are interpreted; everything else stays text, which React escapes,
 * so markup in a source document can never become HTML.
 */
export function highlightSegments(highlight: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of highlight.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) segments.push({ text: part, marked });
  }
  return segments;
}

/** The anchor of a paragraph in its document page: its eId without the document id. */
export function paragraphAnchor(paragraphId: string, documentId: string): string {
  return paragraphId.startsWith(`${documentId}/`) ? paragraphId.slice(documentId.length + 1) : paragraphId;
}

export function paragraphHref(paragraph: { id: string; document: { id: string } }): string {
  return `/documents/${encodeURIComponent(paragraph.document.id)}#${paragraphAnchor(paragraph.id, paragraph.document.id)}`;
}

/** 'CEB/2013/6, para. 10' or the document title when it has no symbol. */
export function paragraphLabel(paragraph: { number: number | null; document: { symbol: string | null; title: string } }): string {
  const document = paragraph.document.symbol ?? paragraph.document.title;
  return paragraph.number === null ? document : `${document}, para. ${paragraph.number}`;
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Array<[K, T[]]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}
