import type { DocumentKind, ExtractedParagraph, Unplaced } from '../model.js';

/** A lettered sub-paragraph `(a) ...`, a numbered list item inside a paragraph (`1. Adoption of the agenda.`) or a bullet. */
export interface Point {
  kind: 'letter' | 'number' | 'bullet';
  /** 'a', '1', or '•' for bullets. */
  label: string;
  /** Clean text of the point, without its label. */
  text: string;
  /** 1-based source line where the point starts. */
  line: number;
  /** For letters: the label of the numbered list item it hangs under (agenda lists), else null. */
  parentLabel: string | null;
  /**
   * eId in the Akoma Ntoso spirit: `<paragraphId>__list_1__point_a` for letters,
   * `<paragraphId>__list_1__item_3` for numbered items and bullets (k-th bullet),
   * `<paragraphId>__list_1__item_3__list_1__point_b` for a letter under a numbered item.
   */
  id: string;
}

/**
 * A paragraph as parsed. Extends the shared model paragraph with the parse details
 * later extractors need. Lettered sub-paragraphs stay INSIDE their numbered paragraph:
 * `text` contains them rendered as `(a) ...`, and `points` lists them separately.
 */
export interface ParsedParagraph extends ExtractedParagraph {
  /** The id without the leading `<documentId>/`. */
  localId: string;
  /** Text before the first point (the whole text when there are no points). */
  intro: string;
  points: Point[];
  /** Tab-separated cells for table-like lines (participant lists, survey tables), else null. */
  cells: string[] | null;
  /** 'Annex III' when the paragraph is in an annex, else null. */
  annex: string | null;
  /** eId parts of the section path, e.g. ['annex_3', 'sec_3']. */
  sectionEIds: string[];
  /** Last source line of the paragraph (1-based). */
  endLine: number;
}

export interface ParsedHeading {
  line: number;
  text: string;
  kind: 'annex' | 'roman' | 'letter' | 'plain';
  /** 'III', 'A', 'I' (annex), null for plain headings. */
  label: string | null;
  /** Section path including this heading. */
  sectionPath: string[];
  /** eId parts including this heading. */
  sectionEIds: string[];
}

export interface ParsedAnnex {
  /** 'Annex III' */
  label: string;
  /** 'annex_3' */
  eId: string;
  /** Printed title under the annex label, e.g. 'United Nations-wide framework on cybersecurity and cybercrime'. */
  title: string | null;
  line: number;
}

export interface Footnote {
  marker: string;
  text: string;
  /** Line of the footnote text. */
  line: number;
  /** Source line where the footnote marker was found in the body text, null when not found. */
  anchorLine: number | null;
}

export interface SourceLine {
  /** 1-based. */
  line: number;
  /** Cleaned text (links/emphasis removed), trimmed; tabs kept. */
  text: string;
}

export interface ParsedDocument {
  /** Slug of the symbol (`ceb-2013-6`) or, without a symbol, of the title. */
  id: string;
  symbol: string | null;
  symbolInferred: boolean;
  title: string;
  kind: DocumentKind;
  /** ISO date of issue, null when not printed. */
  date: string | null;
  fileName: string;
  sha256: string;
  paragraphs: ParsedParagraph[];
  headings: ParsedHeading[];
  annexes: ParsedAnnex[];
  footnotes: Footnote[];
  /** Cover-page lines before the body (symbol, date, session, agenda item, title...), cleaned. */
  frontMatter: SourceLine[];
  /** The source split into lines, untouched (index 0 = line 1). */
  rawLines: string[];
  /** The annexed "List of participants", as printed lines, or null when the document has none. */
  participantList: { lines: string[]; firstLine: number } | null;
  unplaced: Unplaced[];
}
