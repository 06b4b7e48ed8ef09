import type { Provenance, Unplaced } from '../model.js';
import type { ExtractedAffiliation } from '../model.js';
import type { OrganizationMention } from './organizations.js';
import { personIdFor, type PersonMention } from './mentions.js';
import type { ProseContext } from './prose.js';
import { nameKey } from './document-people.js';
import { tokenize, type Tok } from './prose-words.js';
import { squash } from './text.js';

export interface ProseResult {
  mentions: PersonMention[];
  affiliations: ExtractedAffiliation[];
  unplaced: Unplaced[];
}

/** One paragraph being read for people: its tokens, the organizations it names, and what was found so far. */
export class ProseScan {
  readonly text: string;
  readonly toks: Tok[];
  readonly orgMentions: OrganizationMention[];
  readonly res: ProseResult = { mentions: [], affiliations: [], unplaced: [] };
  /** Token indexes already used by a mention. */
  private readonly taken = new Set<number>();
  private readonly prov: Provenance;

  constructor(
    paragraphText: string,
    readonly ctx: ProseContext,
  ) {
    this.text = squash(paragraphText);
    this.toks = tokenize(this.text);
    this.orgMentions = ctx.resolver.findMentions(this.text);
    this.prov = { documentId: ctx.documentId, paragraphId: ctx.paragraphId, ...(ctx.line !== undefined ? { line: ctx.line } : {}) };
  }

  /** Whether the span overlaps an organization's name. */
  inOrg(start: number, end: number): boolean {
    return this.orgMentions.some((m) => m.start < end && start < m.end);
  }

  /** A name seen earlier in the document or known from elsewhere. */
  known(name: string): boolean {
    return this.ctx.seen.has(name) || (this.ctx.knownNames ?? []).some((k) => nameKey(k) === nameKey(name));
  }

  isTaken(index: number): boolean {
    return this.taken.has(index);
  }

  take(indexes: Iterable<number>): void {
    for (const k of indexes) this.taken.add(k);
  }

  emit(name: string, honorific: string | null, title: string | null, org: OrganizationMention | null, rule: string): void {
    const clean = squash(name);
    const personId = personIdFor(clean);
    this.res.mentions.push({
      personId,
      name: clean,
      honorific,
      title,
      organizationId: org?.organizationId ?? null,
      role: null,
      source: 'prose',
      rule,
      delegationKey: null,
      provenance: this.prov,
    });
    if (org) {
      this.ctx.resolver.markUsed(org.organizationId, org.alias, this.ctx.paragraphId);
      this.res.affiliations.push({ personId, organizationId: org.organizationId, title, provenance: this.prov });
    }
    this.ctx.seen.add(clean);
  }

  unplace(text: string, reason: string): void {
    this.res.unplaced.push({ fileName: this.ctx.fileName, line: this.ctx.line ?? 0, text, reason });
  }
}
