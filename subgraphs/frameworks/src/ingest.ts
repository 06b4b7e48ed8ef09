import { lookupKey, type DocumentBatch } from '@igc/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FrameworkRole, FrameworkRoleKind } from './modules/framework/framework-role.entity.js';
import { Framework, FrameworkKind } from './modules/framework/framework.entity.js';
import { Provision, ProvisionKind } from './modules/framework/provision.entity.js';

/**
 * Loads what one document contributes to this subgraph, in one transaction: frameworks are
 * upserted (merged across documents); provisions and roles read from this document are replaced.
 */
export async function ingestFrameworksBatch(em: EntityManager, batch: DocumentBatch): Promise<void> {
  const documentId = batch.document.id;
  await em.transactional(async (tx) => {
    if (batch.frameworks.length) {
      await tx.upsertMany(
        Framework,
        batch.frameworks.map((f) => ({
          id: f.id,
          title: f.title,
          kind: f.kind as FrameworkKind,
          date: f.date,
          issuedById: f.issuedById,
          authorId: f.authorId,
          sourceDocumentIds: f.sourceDocumentIds,
          searchText: lookupKey(f.title),
        })),
      );
    }
    await tx.nativeDelete(Provision, { documentId });
    await tx.nativeDelete(FrameworkRole, { documentId });
    const provisions = batch.frameworks.flatMap((f) =>
      f.provisions.filter((p) => p.provenance.documentId === documentId).map((p) => ({ framework: f.id, p })),
    );
    if (provisions.length) {
      // A provision another document already holds (a framework annexed again, loaded without the
      // corpus it was first read in) keeps its first source rather than failing the load.
      await tx.upsertMany(
        Provision,
        provisions.map(({ framework, p }) => ({
          id: p.id,
          framework,
          kind: p.kind as ProvisionKind,
          label: p.label,
          ordinal: p.ordinal,
          position: p.position,
          title: p.title,
          text: p.text,
          organizationIds: p.organizationIds,
          paragraphId: p.provenance.paragraphId,
          documentId,
        })),
        { onConflictAction: 'ignore', onConflictFields: ['id'] },
      );
    }
    const roles = batch.frameworks.flatMap((f) =>
      f.roles.filter((r) => r.provenance.documentId === documentId).map((r) => ({ framework: f.id, r })),
    );
    if (roles.length) {
      const rows = roles.map(({ framework, r }) => ({
        id: `${framework}|${r.organizationId}|${r.role}|${documentId}`,
        framework,
        organizationId: r.organizationId,
        role: r.role as FrameworkRoleKind,
        description: r.description,
        paragraphId: r.provenance.paragraphId,
        documentId,
      }));
      await tx.insertMany(FrameworkRole, [...new Map(rows.map((row) => [row.id, row])).values()]);
    }
  });
}

/** Deletes what the corpus no longer holds after a whole corpus was loaded: facts of documents gone, frameworks no document reads. */
export async function pruneFrameworks(em: EntityManager, keep: { documentIds: string[]; frameworkIds: string[] }): Promise<void> {
  await em.fork().transactional(async (tx) => {
    await tx.nativeDelete(Provision, { documentId: { $nin: keep.documentIds } });
    await tx.nativeDelete(FrameworkRole, { documentId: { $nin: keep.documentIds } });
    await tx.nativeDelete(Framework, { id: { $nin: keep.frameworkIds } });
  });
}
