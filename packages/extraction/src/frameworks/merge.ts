/** One framework found in several documents becomes one framework. */
import type { Provenance } from '../model.js';
import type { FrameworkExtraction, FrameworkRole, ProvisionExtraction } from './types.js';

function dateKey(d: string | null): string {
  return d ?? '9999-99-99';
}

function fullness(f: FrameworkExtraction): [number, number] {
  return [f.provisions.length, f.provisions.reduce((n, p) => n + p.text.length, 0)];
}

function sameProvenance(a: Provenance, b: Provenance): boolean {
  return a.documentId === b.documentId && a.paragraphId === b.paragraphId;
}

function mergeGroup(group: FrameworkExtraction[]): FrameworkExtraction {
  if (group.length === 1) return group[0]!;
  // Earliest source first (documents without a date last, then input order).
  const byDate = group
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        dateKey(a.f.sources[0]?.documentDate ?? a.f.date).localeCompare(dateKey(b.f.sources[0]?.documentDate ?? b.f.date)) || a.i - b.i,
    )
    .map((x) => x.f);
  const earliest = byDate[0]!;
  // The fuller version supplies the provisions: more provisions, then more text, then earliest.
  let fuller = byDate[0]!;
  for (const f of byDate.slice(1)) {
    const [n1, t1] = fullness(f);
    const [n0, t0] = fullness(fuller);
    if (n1 > n0 || (n1 === n0 && t1 > t0 + Math.max(40, t0 * 0.02))) fuller = f;
  }
  const others = byDate.filter((f) => f !== fuller);
  const provisions: ProvisionExtraction[] = fuller.provisions.map((p) => {
    const alsoIn = [...p.alsoIn];
    for (const o of others) {
      const twin = o.provisions.find((q) => q.id === p.id) ?? o.provisions.find((q) => q.position === p.position && q.kind === p.kind);
      if (twin) {
        for (const pr of [twin.provenance, ...twin.alsoIn]) {
          if (!sameProvenance(pr, p.provenance) && !alsoIn.some((a) => sameProvenance(a, pr))) alsoIn.push(pr);
        }
      }
    }
    return { ...p, alsoIn };
  });
  const issuedById = byDate.find((f) => f.issuedById !== null)?.issuedById ?? null;
  const roles: FrameworkRole[] = [];
  for (const f of byDate) {
    for (const r of f.roles) {
      let role = r.role;
      if (role === 'ISSUER' && r.organizationId !== issuedById) role = 'ENDORSER';
      if (roles.some((x) => x.organizationId === r.organizationId && x.role === role)) continue;
      roles.push({ ...r, role });
    }
  }
  const sourceDocumentIds: string[] = [];
  for (const f of byDate) for (const d of f.sourceDocumentIds) if (!sourceDocumentIds.includes(d)) sourceDocumentIds.push(d);
  const sources = byDate.flatMap((f) => f.sources);
  const dates = byDate
    .map((f) => f.date)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    ...fuller,
    title: earliest.title,
    date: dates[0] ?? null,
    issuedById,
    authorId: byDate.find((f) => f.authorId !== null)?.authorId ?? null,
    authorName: byDate.find((f) => f.authorName !== null)?.authorName ?? null,
    authorOffice: byDate.find((f) => f.authorOffice !== null)?.authorOffice ?? null,
    sourceDocumentIds,
    provisions,
    roles,
    sources,
  };
}

/**
 * Merges frameworks with the same id (the same title read in several documents)
 * into one: all source documents, the fuller version's provisions (each recording
 * where else it was read in `alsoIn`), the earliest date, the issuer of the earliest
 * source (a later source's issuer becomes an ENDORSER), roles united. Order of first
 * appearance is kept; frameworks found once are returned unchanged.
 */
export function mergeFrameworks(list: readonly FrameworkExtraction[]): FrameworkExtraction[] {
  const groups = new Map<string, FrameworkExtraction[]>();
  for (const f of list) {
    const g = groups.get(f.id);
    if (g) g.push(f);
    else groups.set(f.id, [f]);
  }
  return [...groups.values()].map(mergeGroup);
}
