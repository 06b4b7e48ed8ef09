import { ArrayType, EntityRepositoryType } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OrganizationRepository } from './organization.repository.js';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  PRINCIPAL_ORGAN = 'PRINCIPAL_ORGAN',
  UN_SYSTEM_ENTITY = 'UN_SYSTEM_ENTITY',
  SECRETARIAT_OFFICE = 'SECRETARIAT_OFFICE',
  COORDINATION_BODY = 'COORDINATION_BODY',
  REGIONAL_ORGANIZATION = 'REGIONAL_ORGANIZATION',
  INTERGOVERNMENTAL_ORGANIZATION = 'INTERGOVERNMENTAL_ORGANIZATION',
  GOVERNMENT = 'GOVERNMENT',
  NON_GOVERNMENTAL = 'NON_GOVERNMENTAL',
  OTHER = 'OTHER',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of organization it is.',
  valuesConfig: {
    PRINCIPAL_ORGAN: { description: 'General Assembly, Security Council, Economic and Social Council, ...' },
    UN_SYSTEM_ENTITY: {
      description: 'Funds, programmes, specialized agencies, related organizations of the UN system (UNDP, ITU, IOM, ...).',
    },
    SECRETARIAT_OFFICE: { description: 'Departments and offices of the UN Secretariat (DESA, OHCHR, EOSG, ...).' },
    COORDINATION_BODY: {
      description:
        'Inter-agency and coordination bodies, their committees and working groups (CEB, HLCP, HLCM, UNDG, UN-Water, Global ' +
        'Migration Group, ...).',
    },
    REGIONAL_ORGANIZATION: { description: 'African Union, ASEAN, OSCE, League of Arab States, ...' },
    INTERGOVERNMENTAL_ORGANIZATION: { description: 'Other intergovernmental organizations (INTERPOL, OPCW, ...).' },
    GOVERNMENT: { description: 'A Member State or its government.' },
    NON_GOVERNMENTAL: { description: 'Universities, think tanks, civil society, companies.' },
    OTHER: { description: 'Anything else.' },
  },
});

@Entity({ tableName: 'organization', repository: () => OrganizationRepository })
@Directive('@key(fields: "id")')
@ObjectType('Organization', { description: 'An organization, office or body, resolved to one entity across documents.' })
export class Organization {
  [EntityRepositoryType]?: OrganizationRepository;

  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id: the lowercase acronym (undp, un-women) or a slug of the name.' })
  id!: string;

  @Property({ type: 'text' })
  @Field({ description: "Canonical full name, e.g. 'United Nations Office on Drugs and Crime'." })
  name!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Acronym, e.g. UNODC.' })
  acronym!: string | null;

  @Enum({ items: () => OrganizationKind })
  @Field(() => OrganizationKind, { description: 'What kind of organization it is.' })
  kind!: OrganizationKind;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'set null', index: 'organization_parent_id_index' })
  parent!: Organization | null;

  /** Lookup keys (see lookupKey) of the name, acronym and every alias: the alias-aware lookups read this. */
  @Property({ type: new ArrayType(), columnType: 'text[]' })
  @Index({ type: 'gin' })
  lookupKeys!: string[];

  /** The lookup keys joined into one string, for substring filters. */
  @Property({ type: 'text' })
  searchText!: string;
}
