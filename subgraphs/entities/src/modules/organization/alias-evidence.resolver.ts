import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ParagraphRef, paragraphStub } from '../federated/paragraph.ref.js';
import { OrganizationAlias } from './organization-alias.entity.js';

@Resolver(() => OrganizationAlias)
export class AliasEvidenceResolver {
  @FieldResolver(() => ParagraphRef, { nullable: true, description: 'Where it was seen, when it came from a document.' })
  paragraph(@Root() evidence: OrganizationAlias): ParagraphRef | null {
    return paragraphStub(evidence.paragraphId);
  }
}
