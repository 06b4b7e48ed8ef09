import { EntityRepositoryType } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@igc/service-kit';
import { Session } from '../session/session.entity.js';
import { DocumentRepository } from './document.repository.js';

export enum DocumentKind {
  REPORT = 'REPORT',
  SUMMARY_OF_CONCLUSIONS = 'SUMMARY_OF_CONCLUSIONS',
  MEETING_SUMMARY = 'MEETING_SUMMARY',
  OTHER = 'OTHER',
}

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'What kind of document it is.',
  valuesConfig: {
    REPORT: { description: 'A report of a body or of the Secretary-General.' },
    SUMMARY_OF_CONCLUSIONS: { description: "A board's summary of conclusions." },
    MEETING_SUMMARY: { description: 'A summary of an informal meeting or consultation.' },
    OTHER: { description: 'Any other document.' },
  },
});

@ObjectType('SourceFile', { description: 'The file a document was ingested from.' })
export class SourceFile {
  @Field({ description: 'File name in the corpus.' })
  fileName!: string;

  @Field({ description: 'SHA-256 of the file, hex.' })
  sha256!: string;
}

@Entity({ tableName: 'document', repository: () => DocumentRepository })
@Directive('@key(fields: "id")')
@ObjectType('Document', { description: 'An ingested UN document.' })
export class Document {
  [EntityRepositoryType]?: DocumentRepository;

  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id derived from the symbol, e.g. ceb-2013-6.' })
  id!: string;

  @Property({ type: 'text', nullable: true })
  @Unique()
  @Field(() => String, {
    nullable: true,
    description: 'UN document symbol, e.g. CEB/2013/2; null where the source gives none and none can be inferred.',
  })
  symbol!: string | null;

  @Property({ type: 'boolean', default: false })
  @Field({ description: 'True when the symbol is not printed on the document but inferred from another document citing it.' })
  symbolInferred!: boolean;

  @Property({ type: 'text' })
  @Field({ description: 'Title as printed.' })
  title!: string;

  @Enum({ items: () => DocumentKind })
  @Field(() => DocumentKind, { description: 'Kind of document.' })
  kind!: DocumentKind;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Date of issue.' })
  date!: string | null;

  @ManyToOne(() => Session, { nullable: true, deleteRule: 'set null' })
  session!: Session | null;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  sha256!: string;
}
