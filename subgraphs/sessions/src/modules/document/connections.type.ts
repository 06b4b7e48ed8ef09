import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Document } from './document.entity.js';
import { Paragraph } from './paragraph.entity.js';

@ObjectType('DocumentConnection', { description: 'A page of documents, ordered by date of issue.' })
export class DocumentConnection extends ConnectionType('Document', Document) {}

@ObjectType('ParagraphConnection', { description: 'A page of paragraphs, in document order.' })
export class ParagraphConnection extends ConnectionType('Paragraph', Paragraph) {}
