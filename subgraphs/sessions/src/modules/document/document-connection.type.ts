import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Document } from './document.entity.js';

@ObjectType('DocumentConnection', { description: 'A page of documents, in the order the field states.' })
export class DocumentConnection extends ConnectionType('Document', Document) {}
