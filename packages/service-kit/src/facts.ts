/**
 * The facts ingestion extracts from a corpus of documents, before they are split
 * between the three subgraphs. Every id is deterministic (derived from the source),
 * so re-ingesting the same text yields the same ids: that is what makes ingestion
 * idempotent and lets subgraphs reference each other's entities by key only.
 */

export type DocumentKind = 'REPORT' | 'SUMMARY_OF_CONCLUSIONS' | 'MEETING_SUMMARY' | 'OTHER';
export type SessionStatus = 'HELD' | 'SCHEDULED';
export type OutcomeKind =
  | 'ENDORSED'
  | 'ADOPTED'
  | 'TOOK_NOTE'
  | 'WELCOMED'
  | 'RECOMMENDED'
  | 'REQUESTED'
  | 'DECIDED'
  | 'AGREED'
  | 'CONFIRMED'
  | 'ACCEPTED';
export type OrganizationKind =
  | 'PRINCIPAL_ORGAN'
  | 'UN_SYSTEM_ENTITY'
  | 'SECRETARIAT_OFFICE'
  | 'COORDINATION_BODY'
  | 'REGIONAL_ORGANIZATION'
  | 'INTERGOVERNMENTAL_ORGANIZATION'
  | 'GOVERNMENT'
  | 'NON_GOVERNMENTAL'
  | 'OTHER';
export type ParticipantRole = 'CHAIR' | 'VICE_CHAIR' | 'SECRETARY' | 'PARTICIPANT';
export type FrameworkKind = 'FRAMEWORK' | 'STATEMENT' | 'RECOMMENDATIONS' | 'AGREEMENT' | 'OTHER';
export type ProvisionKind =
  | 'PURPOSE'
  | 'DEFINITION'
  | 'OBJECTIVE'
  | 'PRINCIPLE'
  | 'ASSISTANCE_AREA'
  | 'MEASURE'
  | 'COMMITMENT'
  | 'SUCCESS_FACTOR'
  | 'RECOMMENDATION'
  | 'OTHER';
export type FrameworkRoleKind = 'ISSUER' | 'LEAD' | 'ENDORSER' | 'MANDATE_HOLDER' | 'PARTY';

/** Where a fact was read: the document and, when known, the paragraph. */
export interface Provenance {
  documentId: string;
  /** Paragraph eId, e.g. "CEB/2013/6/annex_2/para_4"; null for document-level facts. */
  paragraphId: string | null;
  /** 1-based line in the source file, for reports. */
  line?: number;
}

export interface ExtractedParagraph {
  /** Stable eId: document symbol (or file id) + section path + number or position. */
  id: string;
  /** 0-based position in the document, the reading order. */
  position: number;
  /** Printed number, null for unnumbered text. */
  number: number | null;
  sectionPath: string[];
  /** Clean text: furniture and inserted links removed, hyphenation resolved, whitespace normalized. */
  text: string;
  /** First line of the paragraph in the source file (1-based). */
  line: number;
  agendaItemId: string | null;
  organizationIds: string[];
  personIds: string[];
  frameworkIds: string[];
  sessionIds: string[];
}

export interface ExtractedDocument {
  id: string;
  symbol: string | null;
  /** True when the symbol is not printed but inferred from another document citing it. */
  symbolInferred: boolean;
  title: string;
  kind: DocumentKind;
  /** ISO date of issue. */
  date: string | null;
  fileName: string;
  sha256: string;
  /** The session this document records or is submitted to. */
  sessionId: string | null;
  paragraphs: ExtractedParagraph[];
  /** Documents cited by symbol. */
  references: { symbol: string; paragraphId: string }[];
}

export interface ExtractedAgendaItem {
  id: string;
  sessionId: string;
  number: number;
  letter: string | null;
  title: string;
  parentId: string | null;
  position: number;
  organizationIds: string[];
  provenance: Provenance;
}

export interface ExtractedSession {
  id: string;
  /** Organization id of the convening body. */
  bodyId: string;
  number: number | null;
  year: number | null;
  title: string;
  startDate: string | null;
  endDate: string | null;
  venue: string | null;
  city: string | null;
  country: string | null;
  hostId: string | null;
  status: SessionStatus;
  hasRecord: boolean;
  agenda: ExtractedAgendaItem[];
  provenance: Provenance[];
}

export interface ExtractedOutcome {
  id: string;
  kind: OutcomeKind;
  sessionId: string;
  agendaItemId: string | null;
  paragraphId: string;
  documentId: string;
  text: string;
  frameworkId: string | null;
  /** Symbol of the document acted on, when the outcome acts on a document. */
  documentSymbol: string | null;
}

export interface AliasEvidence {
  alias: string;
  /** e.g. 'gazetteer', 'acronym defined in text', 'edit distance 1 within the same delegation'. */
  rule: string;
  paragraphId: string | null;
}

export interface ExtractedOrganization {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  parentId: string | null;
  aliases: AliasEvidence[];
}

export interface ExtractedPerson {
  id: string;
  name: string;
  honorific: string | null;
  aliases: AliasEvidence[];
}

export interface ExtractedAffiliation {
  personId: string;
  organizationId: string;
  title: string | null;
  provenance: Provenance;
}

export interface ExtractedParticipation {
  id: string;
  sessionId: string;
  personId: string;
  organizationId: string | null;
  role: ParticipantRole;
  provenance: Provenance;
}

export interface ExtractedProvision {
  id: string;
  kind: ProvisionKind;
  label: string | null;
  /** 1-based among provisions of the same kind. */
  ordinal: number;
  /** 0-based position in the framework, document order. */
  position: number;
  title: string | null;
  text: string;
  organizationIds: string[];
  provenance: Provenance;
}

export interface ExtractedFramework {
  id: string;
  title: string;
  kind: FrameworkKind;
  date: string | null;
  issuedById: string | null;
  authorId: string | null;
  sourceDocumentIds: string[];
  provisions: ExtractedProvision[];
  roles: { organizationId: string; role: FrameworkRoleKind; description: string | null; provenance: Provenance }[];
}

/** Something the extractors saw but could not place; reported, never guessed. */
export interface Unplaced {
  fileName: string;
  line: number;
  text: string;
  reason: string;
}

export interface Corpus {
  documents: ExtractedDocument[];
  sessions: ExtractedSession[];
  outcomes: ExtractedOutcome[];
  organizations: ExtractedOrganization[];
  people: ExtractedPerson[];
  affiliations: ExtractedAffiliation[];
  participations: ExtractedParticipation[];
  frameworks: ExtractedFramework[];
  unplaced: Unplaced[];
}

/**
 * What one document contributes, as each subgraph loads it in one transaction: the document's
 * own facts (replaced on re-ingestion) and the shared entities it refers to (upserted, already
 * merged across the corpus).
 */
export interface DocumentBatch {
  document: ExtractedDocument;
  sessions: Array<ExtractedSession & { bodyKeys: string[] }>;
  outcomes: ExtractedOutcome[];
  organizations: ExtractedOrganization[];
  people: ExtractedPerson[];
  affiliations: ExtractedAffiliation[];
  participations: ExtractedParticipation[];
  frameworks: ExtractedFramework[];
}
