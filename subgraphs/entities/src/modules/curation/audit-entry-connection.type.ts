import { ConnectionType } from '@igc/service-kit';
import { Directive, ObjectType } from 'type-graphql';
import { CurationRule } from './curation-rule.entity.js';

// Curation data is never cached: who curated depends on the caller, and the log changes with every write.
@Directive('@cacheControl(maxAge: 0)')
@ObjectType('AuditEntryConnection', { description: 'A page of the audit log, newest first.' })
export class AuditEntryConnection extends ConnectionType('AuditEntry', CurationRule) {}
