/**
 * Frameworks, statements and sets of recommendations in one parsed document:
 * annexes whose title names a framework/statement/recommendations/agreement, and
 * lettered recommendation lists in the body ("the Committee recommends that: (a) ...").
 */
import { buildAnnex, splitAnnexes } from './annex.js';
import { bodyRoles, bodyTexts, recommendationSets } from './body.js';
import { type Ctx, finalize } from './context.js';
import { toBlocks } from './structure.js';
import type { FrameworkDeps, FrameworkExtraction, FrameworkExtractionResult, FrameworkSourceDocument } from './types.js';

export { classifyTitle } from './annex.js';

/**
 * Extracts the frameworks of one parsed document. Annexes titled as a framework,
 * statement, set of recommendations or agreement become frameworks with typed,
 * ordered provisions; lettered lists the body introduces with "... recommends that:"
 * become RECOMMENDATIONS sets. Roles: ISSUER (the document's body by default, the
 * adopting body when the body says "adopted ... (see annex N)", the office of a
 * "Statement by ..." when it names an organization), ENDORSER ("endorsed ... (see
 * annex N)"), LEAD ("led by", "under the leadership of", "for leading" in the section
 * that refers to the annex or in a sentence naming the framework) and MANDATE_HOLDER
 * (organizations a mandates section describes). Whatever cannot be placed is
 * returned in `unplaced`.
 */
export function extractFrameworks(doc: FrameworkSourceDocument, deps: FrameworkDeps): FrameworkExtractionResult {
  const ctx: Ctx = { doc, deps, unplaced: [] };
  const { body, annexes } = splitAnnexes(toBlocks(doc.paragraphs, doc.headings, doc.annexes));
  const frameworks: FrameworkExtraction[] = [];
  const byAnnex = new Map<string, FrameworkExtraction>();
  for (const annex of annexes) {
    const fw = buildAnnex(ctx, annex);
    if (!fw) continue;
    frameworks.push(fw);
    byAnnex.set(annex.key, fw);
  }
  const texts = bodyTexts(body);
  bodyRoles(ctx, texts, byAnnex);
  for (const fw of frameworks) finalize(fw);
  frameworks.push(...recommendationSets(ctx, texts));
  return { frameworks, unplaced: ctx.unplaced };
}
