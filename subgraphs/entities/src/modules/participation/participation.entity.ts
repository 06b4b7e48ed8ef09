import { EntityRepositoryType } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { ParticipationRepository } from './participation.repository.js';

export enum ParticipantRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  SECRETARY = 'SECRETARY',
  PARTICIPANT = 'PARTICIPANT',
}

registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'The part a person played in a session.',
  valuesConfig: {
    CHAIR: { description: 'Chaired the session.' },
    VICE_CHAIR: { description: 'Vice-chair of the session.' },
    SECRETARY: { description: 'Secretary of the session.' },
    PARTICIPANT: { description: 'Listed as a participant with a delegation.' },
  },
});

@Entity({ tableName: 'participation', repository: () => ParticipationRepository })
@Index({ properties: ['sessionId', 'role'] })
@Index({ name: 'participation_session_id_position_index', properties: ['sessionId', 'position'] })
@ObjectType('Participation', { description: 'A person taking part in a session, with role and delegation.' })
export class Participation {
  [EntityRepositoryType]?: ParticipationRepository;

  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  /** Session id (sessions subgraph). */
  @Property({ type: 'text' })
  sessionId!: string;

  /** The session's start date (or its year's first day), copied in at ingestion: participations come newest session first. */
  @Property({ type: 'date', nullable: true })
  sessionDate!: string | null;

  @ManyToOne(() => Person, { deleteRule: 'cascade', index: true })
  person!: Person;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'cascade', index: true })
  organization!: Organization | null;

  @Enum({ items: () => ParticipantRole })
  @Field(() => ParticipantRole, { description: 'Chair, vice-chair, secretary or participant.' })
  role!: ParticipantRole;

  @Property({ type: 'integer' })
  position!: number;

  /** Provenance: the document (sessions subgraph) it was read from; re-ingesting that document replaces it. */
  @Property({ type: 'text', index: true })
  documentId!: string;

  /** Provenance: paragraph id (sessions subgraph) of the list of participants. */
  @Property({ type: 'text', nullable: true })
  paragraphId!: string | null;
}
