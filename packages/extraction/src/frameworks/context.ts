/** What the framework extractors share: the document context, provenance, roles and the section stack. */
import type { Provenance, ProvisionKind, Unplaced } from '../model.js';
import { type HeadingInfo, isMandateSection, sectionKind } from './structure.js';
import type { FrameworkDeps, FrameworkExtraction, FrameworkRole, FrameworkSourceDocument, FrameworkSourceParagraph } from './types.js';

export interface Ctx {
  doc: FrameworkSourceDocument;
  deps: FrameworkDeps;
  unplaced: Unplaced[];
}

export function report(ctx: Ctx, line: number, text: string, reason: string): void {
  ctx.unplaced.push({ fileName: ctx.doc.fileName ?? ctx.doc.id, line, text: text.slice(0, 300), reason });
}

export function prov(ctx: Ctx, p: FrameworkSourceParagraph | null): Provenance {
  return p ? { documentId: ctx.doc.id, paragraphId: p.id, line: p.line } : { documentId: ctx.doc.id, paragraphId: null };
}

export function provAt(ctx: Ctx, paragraphId: string | null, line: number): Provenance {
  return { documentId: ctx.doc.id, paragraphId, line };
}

export function orgs(ctx: Ctx, text: string): string[] {
  return [...new Set(ctx.deps.findOrganizations(text))];
}

export interface StackEntry extends HeadingInfo {
  kind: ProvisionKind | null;
  mandate: boolean;
}

export function push(stack: StackEntry[], info: HeadingInfo): StackEntry[] {
  const out = stack.filter((s) => s.level < info.level);
  out.push({ ...info, kind: sectionKind(info.title), mandate: isMandateSection(info.title) });
  return out;
}

export function kindFromStack(stack: readonly StackEntry[]): ProvisionKind | null {
  for (let i = stack.length - 1; i >= 0; i--) {
    const k = stack[i]!.kind;
    // Text under an assistance-area heading (or one of its lettered areas) is a measure.
    if (k === 'ASSISTANCE_AREA') return 'MEASURE';
    if (k !== null) return k;
  }
  return null;
}

export function addRole(roles: FrameworkRole[], role: FrameworkRole): void {
  if (roles.some((r) => r.organizationId === role.organizationId && r.role === role.role)) return;
  roles.push(role);
}

export function finalize(fw: FrameworkExtraction): FrameworkExtraction {
  const counts = new Map<ProvisionKind, number>();
  fw.provisions.forEach((p, i) => {
    const n = (counts.get(p.kind) ?? 0) + 1;
    counts.set(p.kind, n);
    p.ordinal = n;
    p.position = i;
  });
  for (const s of fw.sources) s.provisionCount = fw.provisions.length;
  // The issuer's role first.
  fw.roles = fw.roles.filter((r) => r.role !== 'ISSUER' || r.organizationId === fw.issuedById);
  fw.roles.sort((a, b) => Number(b.role === 'ISSUER') - Number(a.role === 'ISSUER'));
  return fw;
}

/** Resolves the acting body of a clause: an organization it names, or "the Committee"/"the Board"/"it". */
export function resolveActor(ctx: Ctx, phrase: string, line: number): string | null {
  const named = orgs(ctx, phrase);
  if (named.length > 0) return named[0]!;
  if (/^\s*(?:the\s+)?(?:committee|board)\s*$|^\s*it\s*$/i.test(phrase)) {
    if (ctx.deps.bodyId) return ctx.deps.bodyId;
    report(ctx, line, phrase.trim(), 'acting body not resolvable without the document body id');
    return null;
  }
  report(ctx, line, phrase.trim(), 'acting body names no known organization');
  return null;
}
