import { assumedListSize, badUserInput, CONNECTION_LIST_SIZE, pageRequest, toConnection } from '@igc/service-kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '@igc/service-kit';
import { Session } from '../session/session.entity.js';
import { DocumentConnection, ParagraphConnection } from './connections.type.js';
import { DocumentReference } from './document-reference.entity.js';
import { Document, SourceFile } from './document.entity.js';
import { Paragraph } from './paragraph.entity.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, {
    nullable: true,
    description: 'Look a document up by its UN symbol (e.g. CEB/2013/2) or by its id.',
  })
  async document(
    @Arg('symbol', () => String, { nullable: true, description: 'UN symbol, e.g. CEB/2013/6 (case and spaces ignored).' }) symbol: string | null,
    @Arg('id', () => ID, { nullable: true, description: 'Document id.' }) id: string | null,
    @Ctx() { loaders }: Context,
  ): Promise<Document | null> {
    if (id) return loaders.document.load(id);
    if (symbol) return loaders.documentBySymbol.load(symbol.replace(/\s+/g, '').toUpperCase());
    throw badUserInput('Pass either "symbol" or "id" to look a document up.');
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => DocumentConnection, { description: 'Every ingested document, ordered by date of issue.' })
  async documents(@Args(() => PageArgs) args: PageArgs, @Ctx() { em }: Context): Promise<DocumentConnection> {
    const page = pageRequest(args.first, args.after);
    const [items, total] = await em.findAndCount(
      Document,
      {},
      { orderBy: { date: 'asc NULLS LAST', id: 'asc' } as never, limit: page.limit, offset: page.offset },
    );
    return toConnection(items, total, page);
  }

  @FieldResolver(() => Session, { nullable: true, description: 'The session this document records or is submitted to.' })
  session(@Root() doc: Document, @Ctx() { loaders }: Context): Promise<Session | null> | null {
    return doc.session ? loaders.session.load(doc.session.id) : null;
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => ParagraphConnection, { description: 'Its paragraphs in reading order.' })
  async paragraphs(@Root() doc: Document, @Args(() => PageArgs) args: PageArgs, @Ctx() { em }: Context) {
    const page = pageRequest(args.first, args.after);
    const [items, total] = await em.findAndCount(
      Paragraph,
      { document: doc.id },
      { orderBy: { position: 'asc' }, limit: page.limit, offset: page.offset },
    );
    return toConnection(items, total, page);
  }

  @Directive(assumedListSize(50))
  @FieldResolver(() => [DocumentReference], { description: 'Documents cited by this one, by symbol, resolved where ingested.' })
  references(@Root() doc: Document, @Ctx() { loaders }: Context): Promise<DocumentReference[]> {
    return loaders.referencesByDocument.load(doc.id);
  }

  @Directive(assumedListSize(20))
  @FieldResolver(() => [Document], { description: 'Ingested documents that cite this one.' })
  async citedBy(@Root() doc: Document, @Ctx() { loaders }: Context): Promise<Document[]> {
    if (!doc.symbol) return [];
    const citations = await loaders.referencesBySymbol.load(doc.symbol);
    const ids = [...new Set(citations.map((citation) => citation.citingDocument.id))];
    return (await loaders.document.loadMany(ids)).filter((d): d is Document => d instanceof Document);
  }

  @FieldResolver(() => SourceFile, { description: 'The file it was ingested from.' })
  source(@Root() doc: Document): SourceFile {
    return { fileName: doc.fileName, sha256: doc.sha256 };
  }
}

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
