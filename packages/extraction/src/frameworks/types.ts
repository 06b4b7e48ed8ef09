import type {
  ExtractedFramework,
  ExtractedProvision,
  FrameworkKind,
  FrameworkRoleKind,
  Provenance,
  ProvisionKind,
  Unplaced,
} from '../model.js';

export type { FrameworkKind, FrameworkRoleKind, Provenance, ProvisionKind, Unplaced };

/**
 * One cleaned paragraph as produced by the document parser (`parseDocument`).
 * Headings may arrive either as entries of `sectionPath` or as their own
 * unnumbered paragraphs; list items either as their own paragraphs (`(a) ...`,
 * `• ...`) or embedded in the paragraph that introduces them. All four shapes
 * are accepted.
 */
export interface FrameworkSourceParagraph {
  id: string;
  number: number | null;
  sectionPath: string[];
  text: string;
  /** First line of the paragraph in the source file (1-based). */
  line: number;
  position?: number;
  /** Text before the first list point, when the parser keeps points inside the paragraph. */
  intro?: string;
  /** Lettered/numbered/bulleted points kept inside the paragraph (parser's `points`); used instead of re-splitting `text`. */
  points?: FrameworkSourcePoint[];
}

export interface FrameworkSourcePoint {
  kind: 'letter' | 'number' | 'bullet';
  /** 'a', '1', or '•'. */
  label: string;
  text: string;
  line: number;
}

/** A heading as the parser reports it (`ParsedHeading`): text without its label, plus kind and label. */
export interface FrameworkSourceHeading {
  line: number;
  text: string;
  kind?: 'annex' | 'roman' | 'letter' | 'plain';
  label?: string | null;
}

/** An annex as the parser reports it (`ParsedAnnex`): its label and the printed title under it. */
export interface FrameworkSourceAnnex {
  label: string;
  title: string | null;
  line: number;
}

export interface FrameworkSourceDocument {
  id: string;
  /** ISO date of issue. */
  date: string | null;
  /** For unplaced reports; defaults to the document id. */
  fileName?: string;
  paragraphs: FrameworkSourceParagraph[];
  /**
   * Headings, when the parser reports them apart from paragraphs. Given, they replace the
   * headings otherwise read from `sectionPath` and heading-like paragraphs' paths.
   */
  headings?: FrameworkSourceHeading[];
  /** Annex titles, when the parser reports them apart (they may be missing from `sectionPath`). */
  annexes?: FrameworkSourceAnnex[];
}

export interface FrameworkDeps {
  /** Organization ids (lowercase acronym slugs) named in a text, in order of appearance. */
  findOrganizations(text: string): string[];
  /**
   * Organization id of the body whose record the document is: what "the Committee"
   * or "the Board" refers to, and the default issuer of the document's annexes.
   * Without it, such references are reported as unplaced rather than guessed.
   */
  bodyId?: string | null;
}

export interface FrameworkRole {
  organizationId: string;
  role: FrameworkRoleKind;
  /** The sentence of the source that supports the role, verbatim (cleaned). */
  description: string | null;
  provenance: Provenance;
}

export interface ProvisionExtraction extends ExtractedProvision {
  /** The same provision read in other documents (filled by mergeFrameworks). */
  alsoIn: Provenance[];
}

/** Where a framework was read. */
export interface FrameworkSource {
  documentId: string;
  documentDate: string | null;
  /** 'annex_3' for an annex, null for a set found in the body. */
  annex: string | null;
  /** First paragraph of the framework in that document. */
  paragraphId: string | null;
  line: number;
  provisionCount: number;
}

export interface FrameworkExtraction extends ExtractedFramework {
  provisions: ProvisionExtraction[];
  roles: FrameworkRole[];
  /** Person who signed or delivered the text, as printed (case-normalized); resolution is done elsewhere. */
  authorName: string | null;
  /** The office named in a "Statement by ..." heading, e.g. "Secretary-General of the United Nations". */
  authorOffice: string | null;
  sources: FrameworkSource[];
}

export interface FrameworkExtractionResult {
  frameworks: FrameworkExtraction[];
  unplaced: Unplaced[];
}
