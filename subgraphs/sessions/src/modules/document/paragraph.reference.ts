import type { Context } from '../../context.js';
import type { Paragraph } from './paragraph.entity.js';

/** The Paragraph another subgraph or the gateway refers to by id, batched with every other in the request. */
export function resolveParagraphReference(reference: Pick<Paragraph, 'id'>, { loaders }: Context): Promise<Paragraph | null> {
  return loaders.paragraph.load(reference.id);
}
