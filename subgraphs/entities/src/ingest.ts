import { lookupKey, type DocumentBatch, type ExtractedOrganization } from '@igc/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OrganizationAlias } from './modules/organization/organization-alias.entity.js';
import { Organization, OrganizationKind } from './modules/organization/organization.entity.js';
import { Affiliation } from './modules/participation/affiliation.entity.js';
import { ParticipantRole, Participation } from './modules/participation/participation.entity.js';
import { PersonAlias } from './modules/person/person-alias.entity.js';
import { Person } from './modules/person/person.entity.js';
import { lookupFields } from './search-text.js';
import { loadCurationRules, reapplyCorrections, redirectBatch } from './modules/curation/rules.js';

const aliasId = (ownerId: string, alias: string, documentId: string | null) => `${ownerId}|${lookupKey(alias)}|${documentId ?? '-'}`;

/**
 * Upserts organizations with their gazetteer aliases, then re-applies curations (an organization
 * merged away stays merged, a corrected name stays corrected).
 */
export async function upsertOrganizations(em: EntityManager, extracted: ExtractedOrganization[]): Promise<void> {
  const curation = await loadCurationRules(em);
  // An organization a curator merged away is not brought back by the gazetteer or a document.
  const organizations = extracted.filter((o) => curation.redirect(o.id) === o.id);
  if (!organizations.length) return;
  const rows = organizations.map((o) => ({
    id: o.id,
    name: o.name,
    acronym: o.acronym,
    kind: o.kind as OrganizationKind,
    parent: null as string | null,
    ...lookupFields([o.id, o.name, o.acronym, ...o.aliases.map((a) => a.alias)]),
  }));
  await em.upsertMany(Organization, rows);
  // Parents in a second pass: a parent may come later in the list.
  for (const o of organizations.filter((o) => o.parentId)) {
    await em.nativeUpdate(Organization, { id: o.id }, { parent: curation.redirect(o.parentId!) });
  }
  await upsertReferenceAliases(em, organizations);
  await reapplyCorrections(em, curation);
}

/**
 * Loads what one document contributes to this subgraph, in one transaction: organizations and
 * people are upserted (already merged across the corpus); the aliases, affiliations and
 * participations read from this document are replaced.
 */
export async function ingestEntitiesBatch(em: EntityManager, extracted: DocumentBatch): Promise<void> {
  const documentId = extracted.document.id;
  await em.transactional(async (tx) => {
    // Curations win over the documents: merged-away entities stay merged, corrections stay.
    const curation = await loadCurationRules(tx);
    const batch = redirectBatch(extracted, curation);
    await upsertOrganizations(tx, batch.organizations);
    if (batch.people.length) {
      await tx.upsertMany(
        Person,
        batch.people.map((p) => ({
          id: p.id,
          name: p.name,
          honorific: p.honorific,
          ...lookupFields([p.name, ...p.aliases.map((a) => a.alias)]),
        })),
      );
    }
    for (const entity of [OrganizationAlias, PersonAlias, Affiliation, Participation]) {
      await tx.nativeDelete(entity as typeof Participation, { documentId });
    }
    const orgAliases = batch.organizations.flatMap((o) =>
      o.aliases
        .filter((a) => a.paragraphId?.startsWith(`${documentId}/`))
        .map((a) => ({
          id: aliasId(o.id, a.alias, documentId),
          organization: o.id,
          alias: a.alias,
          rule: a.rule,
          paragraphId: a.paragraphId,
          documentId,
        })),
    );
    const personAliases = batch.people.flatMap((p) =>
      p.aliases
        .filter((a) => a.paragraphId?.startsWith(`${documentId}/`))
        .map((a) => ({
          id: aliasId(p.id, a.alias, documentId),
          person: p.id,
          alias: a.alias,
          rule: a.rule,
          paragraphId: a.paragraphId,
          documentId,
        })),
    );
    if (orgAliases.length) await tx.upsertMany(OrganizationAlias, dedupe(orgAliases));
    if (personAliases.length) await tx.upsertMany(PersonAlias, dedupe(personAliases));
    if (batch.affiliations.length) {
      await tx.upsertMany(
        Affiliation,
        dedupe(
          batch.affiliations.map((a) => ({
            id: `${a.personId}|${a.organizationId}|${lookupKey(a.title ?? '')}|${documentId}`,
            person: a.personId,
            organization: a.organizationId,
            title: a.title,
            paragraphId: a.provenance.paragraphId,
            documentId,
          })),
        ),
      );
    }
    if (batch.participations.length) {
      const sessionDate = sessionDates(batch);
      await tx.insertMany(
        Participation,
        batch.participations.map((p, position) => ({
          id: p.id,
          sessionId: p.sessionId,
          sessionDate: sessionDate.get(p.sessionId) ?? null,
          person: p.personId,
          organization: p.organizationId,
          role: p.role as ParticipantRole,
          position,
          paragraphId: p.provenance.paragraphId,
          documentId,
        })),
      );
    }
    await reapplyCorrections(tx, curation);
  });
}

/** Gazetteer aliases: they come from no document, so no document batch replaces them. */
async function upsertReferenceAliases(em: EntityManager, organizations: ExtractedOrganization[]): Promise<void> {
  const rows = organizations.flatMap((o) =>
    o.aliases
      .filter((a) => a.paragraphId === null)
      .map((a) => ({
        id: aliasId(o.id, a.alias, null),
        organization: o.id,
        alias: a.alias,
        rule: a.rule,
        paragraphId: null,
        documentId: null,
      })),
  );
  if (rows.length) await em.upsertMany(OrganizationAlias, dedupe(rows));
}

/** When each session of the batch opened (its year's first day if only the year is known): participations sort by it. */
function sessionDates(batch: DocumentBatch): Map<string, string | null> {
  return new Map(batch.sessions.map((s) => [s.id, s.startDate ?? (s.year != null ? `${s.year}-01-01` : null)]));
}

function dedupe<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

/**
 * Deletes what the corpus no longer holds after a whole corpus was loaded: aliases, affiliations
 * and participations of documents gone, and people and organizations no document or gazetteer
 * entry yields any more (a person whose canonical spelling changed as documents were added).
 * Entities a curation names are kept: curations are rules, not facts of a document.
 */
export async function pruneEntities(
  em: EntityManager,
  keep: { documentIds: string[]; personIds: string[]; organizationIds: string[] },
): Promise<void> {
  await em.fork().transactional(async (tx) => {
    const curation = await loadCurationRules(tx);
    const curated = curation.rules.flatMap((r) => [r.subjectId, r.targetId]).filter((id): id is string => !!id);
    const kept = (ids: string[]) => [...new Set([...ids.map((id) => curation.redirect(id)), ...curated])];
    for (const entity of [OrganizationAlias, PersonAlias]) {
      await tx.nativeDelete(entity as typeof PersonAlias, { documentId: { $ne: null, $nin: keep.documentIds } });
    }
    for (const entity of [Affiliation, Participation]) {
      await tx.nativeDelete(entity as typeof Participation, { documentId: { $nin: keep.documentIds } });
    }
    await tx.nativeDelete(Person, { id: { $nin: kept(keep.personIds) } });
    await tx.nativeDelete(Organization, { id: { $nin: kept(keep.organizationIds) } });
  });
}
