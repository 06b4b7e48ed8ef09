import { ArrayType, EntityRepositoryType } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType, Directive } from 'type-graphql';
import { DateScalar } from '@igc/service-kit';
import { SessionRepository } from './session.repository.js';

export enum SessionStatus {
  HELD = 'HELD',
  SCHEDULED = 'SCHEDULED',
}

registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Whether a session took place or is announced.',
  valuesConfig: {
    HELD: { description: 'It took place (on or before the date of the latest document that mentions it).' },
    SCHEDULED: { description: 'Announced for a date after the documents that mention it.' },
  },
});

@Entity({ tableName: 'session', repository: () => SessionRepository })
@Index({ properties: ['bodyId', 'startDate'] })
@Directive('@key(fields: "id")')
@ObjectType('Session', {
  description:
    'A meeting of a body: a numbered committee session, a regular session of a board, a General Assembly session, a consultation.',
})
export class Session {
  [EntityRepositoryType]?: SessionRepository;

  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id, e.g. hlcp-26 or ceb-2013-2.' })
  id!: string;

  @Property({ type: 'text' })
  @Field({ description: "Full title, e.g. 'Twenty-sixth session of the High-level Committee on Programmes'." })
  title!: string;

  /** Organization id (entities subgraph) of the convening body. */
  @Property({ type: 'text' })
  bodyId!: string;

  /**
   * Normalized spellings of the body (id, acronym, names, aliases), copied in at ingestion
   * so the alias-aware `body` filter needs no read of the entities subgraph's tables.
   */
  @Property({ type: new ArrayType(), columnType: 'text[]' })
  @Index({ type: 'gin' })
  bodyKeys!: string[];

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description:
      "Ordinal of the session, e.g. 26; for sessions numbered within a year (CEB 'second regular session of 2013') the number within " +
      'the year.',
  })
  number!: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Year the session opened.' })
  year!: number | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate!: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day.' })
  endDate!: string | null;

  @Property({ type: 'text', nullable: true })
  venue!: string | null;

  @Property({ type: 'text', nullable: true })
  city!: string | null;

  @Property({ type: 'text', nullable: true })
  country!: string | null;

  /** Organization id (entities subgraph) of the host. */
  @Property({ type: 'text', nullable: true })
  hostId!: string | null;

  @Enum({ items: () => SessionStatus })
  @Field(() => SessionStatus, { description: 'Held or scheduled.' })
  status!: SessionStatus;

  @Property({ type: 'boolean' })
  @Field({ description: 'True when a document recording this session was ingested, false when the session is only mentioned.' })
  hasRecord!: boolean;
}
