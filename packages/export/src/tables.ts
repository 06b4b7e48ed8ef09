/**
 * The exported tables: one per kind, columns in a stable order (the CSV header and the key
 * order of each JSON line). Ids are the API's ids. Every fact (a row that links things and was
 * read from a document) carries its provenance: `document_id` and `paragraph_id`.
 */
export type ColumnType = 'text' | 'integer' | 'boolean' | 'date' | 'text[]';
export type SubgraphName = 'sessions' | 'entities' | 'frameworks';

export interface Column {
  name: string;
  type: ColumnType;
  description: string;
  /** SQL expression over the table alias `t`; defaults to `t.<name>`. */
  sql?: string;
}

export interface Table {
  /** File stem: `<name>.jsonl` and `<name>.csv`. */
  name: string;
  subgraph: SubgraphName;
  /** FROM clause; `{schema}` is the subgraph's schema. Rows are read in `t.id` order. */
  from: string;
  columns: Column[];
}

const id = (description: string): Column => ({ name: 'id', type: 'text', description });
const text = (name: string, description: string, sql?: string): Column => ({ name, type: 'text', description, sql });
const int = (name: string, description: string): Column => ({ name, type: 'integer', description });
const date = (name: string, description: string): Column => ({ name, type: 'date', description, sql: `t.${name}::text` });
const list = (name: string, description: string, sql?: string): Column => ({ name, type: 'text[]', description, sql });
const provenance = (documentSql = 't.document_id', paragraphSql = 't.paragraph_id'): Column[] => [
  text('document_id', 'Provenance: the document the fact was read from', documentSql),
  text('paragraph_id', 'Provenance: the paragraph it was read from (empty where the source is not a paragraph)', paragraphSql),
];

export const TABLES: Table[] = [
  {
    name: 'sessions',
    subgraph: 'sessions',
    from: '{schema}.session t',
    columns: [
      id('Session id, e.g. hlcp-26'),
      text('title', 'Full title'),
      text('body_id', 'Organization id of the body that met'),
      int('number', 'Ordinal of the session'),
      int('year', 'Year, for sessions numbered within a year'),
      date('start_date', 'First day (YYYY-MM-DD)'),
      date('end_date', 'Last day (YYYY-MM-DD)'),
      text('venue', 'Venue'),
      text('city', 'City'),
      text('country', 'Country'),
      text('host_id', 'Organization id of the host'),
      text('status', 'HELD or SCHEDULED'),
      { name: 'has_record', type: 'boolean', description: 'True when a document recording the session was ingested' },
      list(
        'document_ids',
        'Provenance: documents that record or report to the session',
        'array(select d.id from {schema}.document d where d.session_id = t.id order by d.id)',
      ),
    ],
  },
  {
    name: 'agenda_items',
    subgraph: 'sessions',
    from: '{schema}.agenda_item t',
    columns: [
      id('Agenda item id'),
      text('session_id', 'Session id'),
      text('parent_id', 'Agenda item id of the item this sub-item belongs to'),
      text(
        'label',
        "Label as the API gives it, e.g. '3 (b)'",
        `case when t.letter is null then t.number::text else t.number || ' (' || t.letter || ')' end`,
      ),
      int('number', 'Item number'),
      text('letter', 'Sub-item letter'),
      text('title', 'Title'),
      int('position', 'Order within the agenda'),
      list('organization_ids', 'Organizations the item is about'),
      ...provenance('t.document_id', 'null::text'),
    ],
  },
  {
    name: 'documents',
    subgraph: 'sessions',
    from: '{schema}.document t',
    columns: [
      id('Document id, e.g. ceb-2013-6'),
      text('symbol', 'UN document symbol, e.g. CEB/2013/6'),
      { name: 'symbol_inferred', type: 'boolean', description: 'True when the symbol was inferred from a citing document' },
      text('title', 'Title'),
      text('kind', 'REPORT, SUMMARY_OF_CONCLUSIONS, MEETING_SUMMARY or OTHER'),
      date('date', 'Date of issue (YYYY-MM-DD)'),
      text('session_id', 'Session the document records'),
      text('file_name', 'Source file it was ingested from'),
      text('sha256', 'sha256 of the source file'),
    ],
  },
  {
    name: 'paragraphs',
    subgraph: 'sessions',
    from: '{schema}.paragraph t',
    columns: [
      id('Paragraph id (its eId), e.g. ceb-2013-6/annex_3/para_9'),
      text('document_id', 'Provenance: the document it belongs to'),
      int('position', 'Order within the document'),
      int('number', 'Printed paragraph number'),
      list('section_path', 'Heading path from the document root'),
      text('text', 'Clean text'),
      int('line', 'Line in the source file'),
      text('agenda_item_id', 'Agenda item it falls under'),
      list('organization_ids', 'Organizations it mentions'),
      list('person_ids', 'People it mentions'),
      list('framework_ids', 'Frameworks it mentions'),
      list('session_ids', 'Sessions it mentions'),
    ],
  },
  {
    name: 'organizations',
    subgraph: 'entities',
    from: '{schema}.organization t',
    columns: [
      id('Organization id, e.g. unodc'),
      text('name', 'Name'),
      text('acronym', 'Acronym'),
      text('kind', 'OrganizationKind of the API'),
      text('parent_id', 'Parent organization id'),
      list(
        'aliases',
        'Other spellings (sorted); the evidence is in the API field resolution',
        `array(select distinct a.alias from {schema}.organization_alias a
          where a.organization_id = t.id and a.alias <> t.name and a.alias is distinct from t.acronym order by a.alias)`,
      ),
    ],
  },
  {
    name: 'people',
    subgraph: 'entities',
    from: '{schema}.person t',
    columns: [
      id('Person id, e.g. elliott-harris'),
      text('name', 'Name'),
      text('honorific', 'Honorific, e.g. Mr.'),
      list(
        'aliases',
        'Other spellings (sorted)',
        'array(select distinct a.alias from {schema}.person_alias a where a.person_id = t.id and a.alias <> t.name order by a.alias)',
      ),
    ],
  },
  {
    name: 'affiliations',
    subgraph: 'entities',
    from: '{schema}.affiliation t',
    columns: [
      id('Affiliation id'),
      text('person_id', 'Person id'),
      text('organization_id', 'Organization id'),
      text('title', "Title held, e.g. 'Director-General'"),
      ...provenance(),
    ],
  },
  {
    name: 'participations',
    subgraph: 'entities',
    from: '{schema}.participation t',
    columns: [
      id('Participation id'),
      text('session_id', 'Session id'),
      text('person_id', 'Person id'),
      text('organization_id', 'Delegation (organization id); empty for officers listed without one'),
      text('role', 'CHAIR, VICE_CHAIR, SECRETARY or PARTICIPANT'),
      int('position', 'Order in the list of participants'),
      ...provenance(),
    ],
  },
  {
    name: 'outcomes',
    subgraph: 'sessions',
    from: '{schema}.outcome t join {schema}.paragraph p on p.id = t.paragraph_id',
    columns: [
      id('Outcome id'),
      text('session_id', 'Session that decided it'),
      text('agenda_item_id', 'Agenda item it was decided under'),
      text('kind', 'OutcomeKind of the API, e.g. ENDORSED'),
      text('text', 'The sentence that records it'),
      text('framework_id', 'Framework decided on'),
      text('subject_document_symbol', 'Symbol of the document decided on', 't.document_symbol'),
      ...provenance('p.document_id'),
    ],
  },
  {
    name: 'frameworks',
    subgraph: 'frameworks',
    from: '{schema}.framework t',
    columns: [
      id('Framework id'),
      text('title', 'Title'),
      text('kind', 'FRAMEWORK, STATEMENT, RECOMMENDATIONS, AGREEMENT or OTHER'),
      date('date', 'Date (YYYY-MM-DD)'),
      text('issued_by_id', 'Organization id of the issuer'),
      text('author_id', 'Person id of the author'),
      list('source_document_ids', 'Provenance: documents it was read from'),
    ],
  },
  {
    name: 'provisions',
    subgraph: 'frameworks',
    from: '{schema}.provision t',
    columns: [
      id('Provision id'),
      text('framework_id', 'Framework id'),
      text('kind', 'ProvisionKind of the API, e.g. PRINCIPLE'),
      text('label', "Label, e.g. '(a)'"),
      int('ordinal', 'Ordinal within its kind'),
      int('position', 'Order within the framework'),
      text('title', 'Short heading'),
      text('text', 'Text'),
      list('organization_ids', 'Organizations it names'),
      ...provenance(),
    ],
  },
  {
    name: 'framework_roles',
    subgraph: 'frameworks',
    from: '{schema}.framework_role t',
    columns: [
      id('Framework role id'),
      text('framework_id', 'Framework id'),
      text('organization_id', 'Organization id'),
      text('role', 'ISSUER, LEAD, ENDORSER, MANDATE_HOLDER or PARTY'),
      text('description', 'What the organization does under the framework'),
      ...provenance(),
    ],
  },
  {
    name: 'citations',
    subgraph: 'sessions',
    from: '{schema}.document_reference t left join {schema}.document d on d.symbol = t.symbol',
    columns: [
      id('Citation id'),
      text('symbol', 'Symbol of the cited document'),
      text('cited_document_id', 'Id of the cited document, where it was ingested', 'd.id'),
      ...provenance('t.citing_document_id'),
    ],
  },
];

/** The SELECT that reads a table in id order from the given schema. */
export function tableQuery(table: Table, schema: string): string {
  const quoted = `"${schema}"`;
  const columns = table.columns.map((c) => `${(c.sql ?? `t.${c.name}`).replaceAll('{schema}', quoted)} as "${c.name}"`);
  return `select ${columns.join(', ')} from ${table.from.replaceAll('{schema}', quoted)} order by t.id`;
}
