import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum CurationAction {
  MERGE_PEOPLE = 'MERGE_PEOPLE',
  MERGE_ORGANIZATIONS = 'MERGE_ORGANIZATIONS',
  ADD_ALIAS = 'ADD_ALIAS',
  REMOVE_ALIAS = 'REMOVE_ALIAS',
  CORRECT_PERSON = 'CORRECT_PERSON',
  CORRECT_ORGANIZATION = 'CORRECT_ORGANIZATION',
}

registerEnumType(CurationAction, {
  name: 'CurationAction',
  description: 'What a curator changed.',
  valuesConfig: {
    MERGE_PEOPLE: { description: 'Two people were found to be one; the first was merged into the second.' },
    MERGE_ORGANIZATIONS: { description: 'Two organizations were found to be one; the first was merged into the second.' },
    ADD_ALIAS: { description: 'A spelling was added to an entity.' },
    REMOVE_ALIAS: { description: 'A spelling was removed from an entity.' },
    CORRECT_PERSON: { description: 'Extracted facts about a person were corrected.' },
    CORRECT_ORGANIZATION: { description: 'Extracted facts about an organization were corrected.' },
  },
});

/**
 * One curation, kept for good: the audit log (who, when, why) and the rule that re-ingestion
 * applies again, so a correction survives loading the documents anew.
 */
@Entity({ tableName: 'curation_rule' })
@Index({ properties: ['subjectId'] })
@Directive('@cacheControl(maxAge: 0)')
@ObjectType('AuditEntry', { description: 'One curation: who changed what, when and why.' })
export class CurationRule {
  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Enum({ items: () => CurationAction })
  @Field(() => CurationAction, { description: 'What was done.' })
  action!: CurationAction;

  @Property({ type: 'text' })
  @Field({ description: 'Id of the person or organization changed (for a merge, the one merged away).' })
  subjectId!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'For a merge, the id kept.' })
  targetId!: string | null;

  /** The change itself (an alias, corrected field values), as JSON. */
  @Property({ type: 'json' })
  change!: Record<string, string | null>;

  /** Shown to curators only (AuditEntryResolver). */
  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text' })
  @Field({ description: "Why, in the curator's words." })
  reason!: string;

  @Property({ type: 'datetime' })
  @Field({ description: 'When, as an ISO 8601 timestamp (UTC).' })
  at!: Date;
}
