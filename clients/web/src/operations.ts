// Every operation the example app sends. `npm run codegen` turns each `graphql(...)` call into
// a typed document (result and variables types) and an entry of the persisted-documents manifest.
import { graphql } from './gql';

export const SessionsListQuery = graphql(`
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
`);

export const SessionDetailQuery = graphql(`
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
`);

export const AgendaItemFields = graphql(`
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
`);

export const ParagraphRef = graphql(`
  fragment ParagraphRef on Paragraph {
    id
    number
    document {
      id
      symbol
      title
    }
  }
`);

export const OrganizationDetailQuery = graphql(`
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
`);

export const PersonDetailQuery = graphql(`
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
`);

export const FrameworksListQuery = graphql(`
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
`);

export const FrameworkDetailQuery = graphql(`
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
`);

export const SearchQuery = graphql(`
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
`);

export const DocumentDetailQuery = graphql(`
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
`);
