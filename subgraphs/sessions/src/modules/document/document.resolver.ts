import { assumedListSize, badUserInput, type Connection, CONNECTION_LIST_SIZE, PageArgs, parentPage } from '@igc/service-kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Session } from '../session/session.entity.js';
import { DocumentConnection } from './document-connection.type.js';
import { ParagraphConnection } from './paragraph-connection.type.js';
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
    @Arg('symbol', () => String, { nullable: true, description: 'UN symbol, e.g. CEB/2013/6 (case and spaces ignored).' }) symbol:
      | string
      | null,
    @Arg('id', () => ID, { nullable: true, description: 'Document id.' }) id: string | null,
    @Ctx() { loaders }: Context,
  ): Promise<Document | null> {
    if (id) return loaders.document.load(id);
    if (symbol) return loaders.documentBySymbol.load(symbol.replace(/\s+/g, '').toUpperCase());
    throw badUserInput('Pass either "symbol" or "id" to look a document up.');
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => DocumentConnection, { description: 'Every ingested document, ordered by date of issue.' })
  documents(@Args(() => PageArgs) args: PageArgs, @Ctx() { em }: Context): Promise<Connection<Document>> {
    return em.getRepository(Document).list(args);
  }

  @FieldResolver(() => Session, { nullable: true, description: 'The session this document records or is submitted to.' })
  session(@Root() doc: Document, @Ctx() { loaders }: Context): Promise<Session | null> | null {
    return doc.session ? loaders.session.load(doc.session.id) : null;
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => ParagraphConnection, { description: 'Its paragraphs in reading order.' })
  paragraphs(@Root() doc: Document, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context): Promise<Connection<Paragraph>> {
    return loaders.paragraphsOfDocument.load(parentPage(doc.id, args));
  }

  @Directive(assumedListSize(50))
  @FieldResolver(() => [DocumentReference], { description: 'Documents cited by this one, by symbol, resolved where ingested.' })
  references(@Root() doc: Document, @Ctx() { loaders }: Context): Promise<DocumentReference[]> {
    return loaders.referencesByDocument.load(doc.id);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => DocumentConnection, { description: 'Ingested documents that cite this one, newest first.' })
  citedBy(@Root() doc: Document, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context): Promise<Connection<Document>> {
    // Without a symbol nothing can cite it: no reference has an empty symbol.
    return loaders.citingDocuments.load(parentPage(doc.symbol ?? '', args));
  }

  @FieldResolver(() => SourceFile, { description: 'The file it was ingested from.' })
  source(@Root() doc: Document): SourceFile {
    return { fileName: doc.fileName, sha256: doc.sha256 };
  }
}
