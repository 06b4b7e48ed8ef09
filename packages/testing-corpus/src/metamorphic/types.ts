import type { DocumentKind, ProvisionKind } from '@igc/extraction';

export type SeedKind = 'report-with-participants' | 'summary-of-conclusions' | 'consultation-summary' | 'secretary-general-report';

/** The facts a variant must read to, derived from the seed's hand-counted facts and each mutation. */
export interface ExpectedFacts {
  documentKind: DocumentKind;
  /** The title as printed, when a mutation set it. */
  title?: string;
  session: {
    id: string;
    number?: number | null;
    year?: number | null;
    startDate?: string | null;
    endDate?: string | null;
    city?: string | null;
    country?: string | null;
    hostId?: string | null;
  };
  /** Items and sub-items of the recorded session's agenda. */
  agendaItems?: number;
  participations?: number;
  chairId?: string;
  outcomes?: number;
  provisions?: { frameworkId: string; kind: ProvisionKind; count: number }[];
}

export interface Variant {
  kind: SeedKind;
  /** `report-with-participants-07`: the kind and its index. */
  id: string;
  fileName: string;
  /** The seed with every mutation applied. */
  text: string;
  /** The seed with the content mutations only: the same facts and paragraphs in the seed's layout. */
  reference: string;
  mutations: string[];
  expected: ExpectedFacts;
  /** Words a mutation wrapped with an added hyphen ("coordi-nation"): they must read whole. */
  wrappedWords: string[];
  /** Hyphenated words a mutation broke after their hyphen ("high-level"): the hyphen stays. */
  compoundsBroken: string[];
}

/** A content mutation: rewrites the text and the expected facts together. */
export interface Draft {
  text: string;
  expected: ExpectedFacts;
  mutations: string[];
}
