import { ConnectionRepository, type ParentPagesQuery } from '@igc/service-kit';
import type { Paragraph } from './paragraph.entity.js';

/** Paragraphs whose id array `column` holds `k.parent` (GIN index), in document order. */
const mentioning = (column: string): ParentPagesQuery => ({
  from: `from {schema}.paragraph t where t.${column} @> array[k.parent]`,
  orderBy: 't.document_id asc, t.position asc',
});

export class ParagraphRepository extends ConnectionRepository<Paragraph> {
  /** A document's paragraphs in reading order (index paragraph_document_id_position_index). */
  static readonly ofDocument: ParentPagesQuery = {
    from: 'from {schema}.paragraph t where t.document_id = k.parent',
    orderBy: 't.position asc',
  };

  static readonly mentioningSession = mentioning('session_ids');
  static readonly mentioningOrganization = mentioning('organization_ids');
  static readonly mentioningPerson = mentioning('person_ids');
}
