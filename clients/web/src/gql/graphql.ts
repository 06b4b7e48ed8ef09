/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of document it is. */
export type DocumentKind =
  /** A summary of an informal meeting or consultation. */
  | 'MEETING_SUMMARY'
  /** Any other document. */
  | 'OTHER'
  /** A report of a body or of the Secretary-General. */
  | 'REPORT'
  /** A board's summary of conclusions. */
  | 'SUMMARY_OF_CONCLUSIONS';

/** Narrows a list of frameworks; all given criteria must hold. */
export type FrameworkFilter = {
  /** Only frameworks of this kind. */
  kind?: FrameworkKind | null | undefined;
  /** Frameworks in which this organization (id) has any role. */
  organizationId?: string | number | null | undefined;
  /** Substring of the title, case-insensitive (at most 200 characters). */
  text?: string | null | undefined;
};

/** What kind of policy instrument it is. */
export type FrameworkKind =
  /** Memorandum of understanding, joint declaration, action plan between organizations */
  | 'AGREEMENT'
  /** e.g. United Nations-wide framework on cybersecurity and cybercrime */
  | 'FRAMEWORK'
  /** Anything else. */
  | 'OTHER'
  /** A numbered set of recommendations or endorsed conclusions */
  | 'RECOMMENDATIONS'
  /** e.g. Statement on the review of the common system compensation package */
  | 'STATEMENT';

/** The part an organization plays in a framework. */
export type FrameworkRoleKind =
  /** Endorsed it. */
  | 'ENDORSER'
  /** Issued or adopted it. */
  | 'ISSUER'
  /** Leads its implementation or a part of it. */
  | 'LEAD'
  /** Holds a mandate the framework relies on. */
  | 'MANDATE_HOLDER'
  /** A party to it. */
  | 'PARTY';

/** What kind of organization it is. */
export type OrganizationKind =
  /** Inter-agency and coordination bodies, their committees and working groups (CEB, HLCP, HLCM, UNDG, UN-Water, Global Migration Group, ...). */
  | 'COORDINATION_BODY'
  /** A Member State or its government. */
  | 'GOVERNMENT'
  /** Other intergovernmental organizations (INTERPOL, OPCW, ...). */
  | 'INTERGOVERNMENTAL_ORGANIZATION'
  /** Universities, think tanks, civil society, companies. */
  | 'NON_GOVERNMENTAL'
  /** Anything else. */
  | 'OTHER'
  /** General Assembly, Security Council, Economic and Social Council, ... */
  | 'PRINCIPAL_ORGAN'
  /** African Union, ASEAN, OSCE, League of Arab States, ... */
  | 'REGIONAL_ORGANIZATION'
  /** Departments and offices of the UN Secretariat (DESA, OHCHR, EOSG, ...). */
  | 'SECRETARIAT_OFFICE'
  /** Funds, programmes, specialized agencies, related organizations of the UN system (UNDP, ITU, IOM, ...). */
  | 'UN_SYSTEM_ENTITY';

/** The verb of a decision, as the record states it. */
export type OutcomeKind =
  /** The body accepted something. */
  | 'ACCEPTED'
  /** The body adopted or approved something. */
  | 'ADOPTED'
  /** The body agreed on something. */
  | 'AGREED'
  /** The body confirmed something. */
  | 'CONFIRMED'
  /** The body decided something. */
  | 'DECIDED'
  /** The body endorsed something. */
  | 'ENDORSED'
  /** The body recommended something. */
  | 'RECOMMENDED'
  /** The body requested something. */
  | 'REQUESTED'
  /** The body took note of something. */
  | 'TOOK_NOTE'
  /** The body welcomed something. */
  | 'WELCOMED';

/** The part a person played in a session. */
export type ParticipantRole =
  /** Chaired the session. */
  | 'CHAIR'
  /** Listed as a participant with a delegation. */
  | 'PARTICIPANT'
  /** Secretary of the session. */
  | 'SECRETARY'
  /** Vice-chair of the session. */
  | 'VICE_CHAIR';

/** What a provision of a framework is. */
export type ProvisionKind =
  /** An area in which assistance is offered. */
  | 'ASSISTANCE_AREA'
  /** A commitment made. */
  | 'COMMITMENT'
  /** A definition or common understanding. */
  | 'DEFINITION'
  /** A measure to take. */
  | 'MEASURE'
  /** An objective. */
  | 'OBJECTIVE'
  /** Any other provision. */
  | 'OTHER'
  /** A guiding principle. */
  | 'PRINCIPLE'
  /** A purpose the framework serves. */
  | 'PURPOSE'
  /** A recommendation. */
  | 'RECOMMENDATION'
  /** A factor for success. */
  | 'SUCCESS_FACTOR';

/** Narrows a list of sessions; all given criteria must hold. */
export type SessionFilter = {
  /** Convening body: its id, acronym or name (alias-aware), e.g. HLCP. */
  body?: string | null | undefined;
  /** Sessions starting on or after this date. */
  from?: string | null | undefined;
  /** The session's ordinal number, e.g. 26 for a twenty-sixth session. */
  number?: number | null | undefined;
  /** Held or scheduled. */
  status?: SessionStatus | null | undefined;
  /** Sessions starting on or before this date. */
  to?: string | null | undefined;
  /** Year the session opened. */
  year?: number | null | undefined;
};

/** Whether a session took place or is announced. */
export type SessionStatus =
  /** It took place (on or before the date of the latest document that mentions it). */
  | 'HELD'
  /** Announced for a date after the documents that mention it. */
  | 'SCHEDULED';

export type SessionsListQueryVariables = Exact<{
  filter?: SessionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SessionsListQuery = { sessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, number: number | null, year: number | null, startDate: string | null, endDate: string | null, status: SessionStatus, hasRecord: boolean, body: { id: string, acronym: string | null, name: string }, location: { city: string | null, country: string | null } | null }> } };

export type SessionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionDetailQuery = { session: { id: string, title: string, number: number | null, year: number | null, startDate: string | null, endDate: string | null, status: SessionStatus, hasRecord: boolean, body: { id: string, acronym: string | null, name: string }, location: { city: string | null, country: string | null, venue: string | null, host: { id: string, acronym: string | null, name: string } | null } | null, documents: Array<{ id: string, symbol: string | null, title: string, date: string | null }>, agenda: Array<{ id: string, label: string, title: string, subItems: Array<{ id: string, label: string, title: string, organizations: Array<{ id: string, acronym: string | null, name: string }>, outcomes: Array<{ id: string }> }>, organizations: Array<{ id: string, acronym: string | null, name: string }>, outcomes: Array<{ id: string }> }>, participants: Array<{ id: string, role: ParticipantRole, person: { id: string, name: string, honorific: string | null }, organization: { id: string, acronym: string | null, name: string } | null }>, outcomes: Array<{ id: string, kind: OutcomeKind, text: string, agendaItem: { id: string, label: string } | null, framework: { id: string, title: string } | null, document: { id: string, symbol: string | null, title: string } | null, paragraph: { text: string, id: string, number: number | null, document: { id: string, symbol: string | null, title: string } } }> } | null };

export type AgendaItemFieldsFragment = { id: string, label: string, title: string, organizations: Array<{ id: string, acronym: string | null, name: string }>, outcomes: Array<{ id: string }> };

export type ParagraphRefFragment = { id: string, number: number | null, document: { id: string, symbol: string | null, title: string } };

export type OrganizationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationDetailQuery = { organization: { id: string, name: string, acronym: string | null, kind: OrganizationKind, aliases: Array<string>, parent: { id: string, acronym: string | null, name: string } | null, children: Array<{ id: string, acronym: string | null, name: string }>, affiliations: { totalCount: number, nodes: Array<{ title: string | null, person: { id: string, name: string, honorific: string | null }, paragraph: { id: string, number: number | null, document: { id: string, symbol: string | null, title: string } } | null }> }, participations: { totalCount: number, nodes: Array<{ id: string, role: ParticipantRole, person: { id: string, name: string }, session: { id: string, title: string, startDate: string | null } }> }, frameworkRoles: { totalCount: number, nodes: Array<{ role: FrameworkRoleKind, description: string | null, framework: { id: string, title: string, kind: FrameworkKind }, paragraph: { id: string, number: number | null, document: { id: string, symbol: string | null, title: string } } | null }> }, sessionsConvened: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string | null, status: SessionStatus }> }, mentions: { totalCount: number, nodes: Array<{ text: string, id: string, number: number | null, document: { id: string, symbol: string | null, title: string } }> } } | null };

export type PersonDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonDetailQuery = { person: { id: string, name: string, honorific: string | null, aliases: Array<string>, affiliations: { totalCount: number, nodes: Array<{ title: string | null, organization: { id: string, acronym: string | null, name: string }, paragraph: { id: string, number: number | null, document: { id: string, symbol: string | null, title: string } } | null }> }, participations: { totalCount: number, nodes: Array<{ id: string, role: ParticipantRole, organization: { id: string, acronym: string | null, name: string } | null, session: { id: string, title: string, startDate: string | null } }> } } | null };

export type FrameworksListQueryVariables = Exact<{
  filter?: FrameworkFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type FrameworksListQuery = { frameworks: { totalCount: number, nodes: Array<{ id: string, title: string, kind: FrameworkKind, date: string | null, issuedBy: { id: string, acronym: string | null, name: string } | null }> } };

export type FrameworkDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type FrameworkDetailQuery = { framework: { id: string, title: string, kind: FrameworkKind, date: string | null, issuedBy: { id: string, acronym: string | null, name: string } | null, author: { id: string, name: string } | null, provisions: Array<{ id: string, kind: ProvisionKind, label: string | null, ordinal: number, title: string | null, text: string, paragraph: { id: string, number: number | null, document: { id: string, symbol: string | null, title: string } } | null }>, roles: Array<{ role: FrameworkRoleKind, description: string | null, organization: { id: string, acronym: string | null, name: string } }>, endorsements: { totalCount: number, nodes: Array<{ id: string, kind: OutcomeKind, text: string, session: { id: string, title: string, startDate: string | null }, paragraph: { id: string, number: number | null, document: { id: string, symbol: string | null, title: string } } }> }, sourceDocuments: Array<{ id: string, symbol: string | null, title: string }> } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ score: number, highlight: string, paragraph: { sectionPath: Array<string>, id: string, number: number | null, document: { id: string, symbol: string | null, title: string } } }> } };

export type DocumentDetailQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type DocumentDetailQuery = { document: { id: string, symbol: string | null, symbolInferred: boolean, title: string, kind: DocumentKind, date: string | null, session: { id: string, title: string } | null, paragraphs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: number | null, text: string, sectionPath: Array<string> }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AgendaItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgendaItemFields on AgendaItem {
  id
  label
  title
  organizations {
    id
    acronym
    name
  }
  outcomes {
    id
  }
}
    `, {"fragmentName":"AgendaItemFields"}) as unknown as TypedDocumentString<AgendaItemFieldsFragment, unknown>;
export const ParagraphRefFragmentDoc = new TypedDocumentString(`
    fragment ParagraphRef on Paragraph {
  id
  number
  document {
    id
    symbol
    title
  }
}
    `, {"fragmentName":"ParagraphRef"}) as unknown as TypedDocumentString<ParagraphRefFragment, unknown>;
export const SessionsListDocument = new TypedDocumentString(`
    query SessionsList($filter: SessionFilter, $first: Int, $after: String) {
  sessions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      number
      year
      startDate
      endDate
      status
      hasRecord
      body {
        id
        acronym
        name
      }
      location {
        city
        country
      }
    }
  }
}
    `, {"hash":"sha256:0cb50d22a919ec005fb7a6fc34224acd8ead5d9c591b53077beacd3c7ace237d"}) as unknown as TypedDocumentString<SessionsListQuery, SessionsListQueryVariables>;
export const SessionDetailDocument = new TypedDocumentString(`
    query SessionDetail($id: ID!) {
  session(id: $id) {
    id
    title
    number
    year
    startDate
    endDate
    status
    hasRecord
    body {
      id
      acronym
      name
    }
    location {
      city
      country
      venue
      host {
        id
        acronym
        name
      }
    }
    documents {
      id
      symbol
      title
      date
    }
    agenda {
      ...AgendaItemFields
      subItems {
        ...AgendaItemFields
      }
    }
    participants {
      id
      role
      person {
        id
        name
        honorific
      }
      organization {
        id
        acronym
        name
      }
    }
    outcomes {
      id
      kind
      text
      agendaItem {
        id
        label
      }
      framework {
        id
        title
      }
      document {
        id
        symbol
        title
      }
      paragraph {
        ...ParagraphRef
        text
      }
    }
  }
}
    fragment AgendaItemFields on AgendaItem {
  id
  label
  title
  organizations {
    id
    acronym
    name
  }
  outcomes {
    id
  }
}
fragment ParagraphRef on Paragraph {
  id
  number
  document {
    id
    symbol
    title
  }
}`, {"hash":"sha256:b676b8ab9486410b325351f5ea658793736c01fda6a15170b4c40f97dea8cb19"}) as unknown as TypedDocumentString<SessionDetailQuery, SessionDetailQueryVariables>;
export const OrganizationDetailDocument = new TypedDocumentString(`
    query OrganizationDetail($id: ID!) {
  organization(id: $id) {
    id
    name
    acronym
    kind
    aliases
    parent {
      id
      acronym
      name
    }
    children {
      id
      acronym
      name
    }
    affiliations(first: 100) {
      totalCount
      nodes {
        title
        person {
          id
          name
          honorific
        }
        paragraph {
          ...ParagraphRef
        }
      }
    }
    participations(first: 50) {
      totalCount
      nodes {
        id
        role
        person {
          id
          name
        }
        session {
          id
          title
          startDate
        }
      }
    }
    frameworkRoles(first: 100) {
      totalCount
      nodes {
        role
        description
        framework {
          id
          title
          kind
        }
        paragraph {
          ...ParagraphRef
        }
      }
    }
    sessionsConvened(first: 50) {
      totalCount
      nodes {
        id
        title
        startDate
        status
      }
    }
    mentions(first: 5) {
      totalCount
      nodes {
        ...ParagraphRef
        text
      }
    }
  }
}
    fragment ParagraphRef on Paragraph {
  id
  number
  document {
    id
    symbol
    title
  }
}`, {"hash":"sha256:66a9374b58c89dfff8ca619c79d6b4e90417b643fc6604d96c66002a74c79306"}) as unknown as TypedDocumentString<OrganizationDetailQuery, OrganizationDetailQueryVariables>;
export const PersonDetailDocument = new TypedDocumentString(`
    query PersonDetail($id: ID!) {
  person(id: $id) {
    id
    name
    honorific
    aliases
    affiliations(first: 100) {
      totalCount
      nodes {
        title
        organization {
          id
          acronym
          name
        }
        paragraph {
          ...ParagraphRef
        }
      }
    }
    participations(first: 50) {
      totalCount
      nodes {
        id
        role
        organization {
          id
          acronym
          name
        }
        session {
          id
          title
          startDate
        }
      }
    }
  }
}
    fragment ParagraphRef on Paragraph {
  id
  number
  document {
    id
    symbol
    title
  }
}`, {"hash":"sha256:4ec3db92b82cd4351ec8a21fff876239f549e5f225428613fe095c9e7760f3eb"}) as unknown as TypedDocumentString<PersonDetailQuery, PersonDetailQueryVariables>;
export const FrameworksListDocument = new TypedDocumentString(`
    query FrameworksList($filter: FrameworkFilter, $first: Int) {
  frameworks(filter: $filter, first: $first) {
    totalCount
    nodes {
      id
      title
      kind
      date
      issuedBy {
        id
        acronym
        name
      }
    }
  }
}
    `, {"hash":"sha256:08e19bae2d2f312ef42c98c6cd940bdd681bf3615ae81f0fd509e5ebfd74a48d"}) as unknown as TypedDocumentString<FrameworksListQuery, FrameworksListQueryVariables>;
export const FrameworkDetailDocument = new TypedDocumentString(`
    query FrameworkDetail($id: ID!) {
  framework(id: $id) {
    id
    title
    kind
    date
    issuedBy {
      id
      acronym
      name
    }
    author {
      id
      name
    }
    provisions {
      id
      kind
      label
      ordinal
      title
      text
      paragraph {
        ...ParagraphRef
      }
    }
    roles {
      role
      description
      organization {
        id
        acronym
        name
      }
    }
    endorsements(first: 100) {
      totalCount
      nodes {
        id
        kind
        text
        session {
          id
          title
          startDate
        }
        paragraph {
          ...ParagraphRef
        }
      }
    }
    sourceDocuments {
      id
      symbol
      title
    }
  }
}
    fragment ParagraphRef on Paragraph {
  id
  number
  document {
    id
    symbol
    title
  }
}`, {"hash":"sha256:1b7cdfef758063341e14479ea1ef994569ee86fa02c887424781fb1c32c7dcd8"}) as unknown as TypedDocumentString<FrameworkDetailQuery, FrameworkDetailQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      score
      highlight
      paragraph {
        ...ParagraphRef
        sectionPath
      }
    }
  }
}
    fragment ParagraphRef on Paragraph {
  id
  number
  document {
    id
    symbol
    title
  }
}`, {"hash":"sha256:8f8cd6b666b297473163b413f35b50c5d6fc1b0b8c918e028e89b6dc30801037"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const DocumentDetailDocument = new TypedDocumentString(`
    query DocumentDetail($id: ID!, $after: String) {
  document(id: $id) {
    id
    symbol
    symbolInferred
    title
    kind
    date
    session {
      id
      title
    }
    paragraphs(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        text
        sectionPath
      }
    }
  }
}
    `, {"hash":"sha256:958d7f759fa6c1d91539ab06c16ee5f1edd904b569206b047d357a343b0faf2e"}) as unknown as TypedDocumentString<DocumentDetailQuery, DocumentDetailQueryVariables>;