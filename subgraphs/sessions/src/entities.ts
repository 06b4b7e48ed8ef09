import { AgendaItem } from './modules/agenda/agenda-item.entity.js';
import { DocumentReference } from './modules/document/document-reference.entity.js';
import { Document } from './modules/document/document.entity.js';
import { Paragraph } from './modules/document/paragraph.entity.js';
import { SourceText } from './modules/document/source-text.entity.js';
import { Outcome } from './modules/outcome/outcome.entity.js';
import { Session } from './modules/session/session.entity.js';

export { AgendaItem, Document, DocumentReference, Outcome, Paragraph, Session, SourceText };
export const entities = [Session, AgendaItem, Document, Paragraph, DocumentReference, Outcome, SourceText];
