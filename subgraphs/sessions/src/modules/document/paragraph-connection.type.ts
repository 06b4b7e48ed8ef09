import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Paragraph } from './paragraph.entity.js';

@ObjectType('ParagraphConnection', { description: 'A page of paragraphs, in document order.' })
export class ParagraphConnection extends ConnectionType('Paragraph', Paragraph) {}
