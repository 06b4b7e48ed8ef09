import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { DocumentReference } from './document-reference.entity.js';
import { Document } from './document.entity.js';
import { Paragraph } from './paragraph.entity.js';

@Resolver(() => DocumentReference)
export class DocumentReferenceResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The cited document when it was ingested.' })
  document(@Root() reference: DocumentReference, @Ctx() { loaders }: Context): Promise<Document | null> {
    return loaders.documentBySymbol.load(reference.symbol);
  }

  @FieldResolver(() => Paragraph, { nullable: true, description: 'Where the citation occurs.' })
  paragraph(@Root() reference: DocumentReference, @Ctx() { loaders }: Context): Promise<Paragraph | null> {
    return loaders.paragraph.load(reference.paragraph.id);
  }
}
