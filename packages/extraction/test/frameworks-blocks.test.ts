import { describe, expect, it } from 'vitest';
import { type Block, toBlocks } from '../src/frameworks/structure.js';
import type { FrameworkSourceParagraph } from '../src/frameworks/types.js';

/** Paragraphs as a parser without a heading list gives them: headings only as text or section paths. */
function paragraph(id: string, line: number, text: string, number: number | null, sectionPath: string[] = []): FrameworkSourceParagraph {
  return { id, line, text, number, sectionPath };
}

/** The stream as a reader sees it: headings by title, text by paragraph and item. */
const outline = (blocks: Block[]) =>
  blocks.map((b) =>
    b.type === 'heading' ? `# ${b.text} @${b.paragraphId}${b.fromPath ? ' (path)' : ''}` : `${b.src.id}: ${b.label ?? ''}${b.text}`,
  );

describe('toBlocks without the parser’s headings', () => {
  it('reads a short, capitalized, unnumbered paragraph without final punctuation as a heading', () => {
    const blocks = toBlocks([
      paragraph('p1', 1, 'Guiding principles', null),
      paragraph('p2', 3, 'Member States should cooperate.', 1),
      paragraph('p3', 5, 'the framework is reviewed every two years', null),
    ]);
    expect(outline(blocks)).toEqual([
      '# Guiding principles @p1',
      'p2: Member States should cooperate.',
      'p3: the framework is reviewed every two years',
    ]);
  });

  it('takes headings from section paths where they change, skipping machine slugs and naming annexes', () => {
    const blocks = toBlocks([
      paragraph('p1', 10, 'Text under the first section.', 1, ['sec_1', 'Purpose and scope']),
      paragraph('p2', 12, 'More of the same section.', 2, ['sec_1', 'Purpose and scope']),
      paragraph('p3', 14, 'Text under the annex.', 3, ['annex_2', 'Definitions']),
    ]);
    expect(outline(blocks)).toEqual([
      '# Purpose and scope @p1 (path)',
      'p1: Text under the first section.',
      'p2: More of the same section.',
      '# Annex 2 @p3 (path)',
      '# Definitions @p3 (path)',
      'p3: Text under the annex.',
    ]);
  });

  it('emits a heading once when the paragraph and the section path both carry it', () => {
    const blocks = toBlocks([
      paragraph('h1', 20, 'Areas of assistance', null, []),
      paragraph('p1', 22, 'Capacity-building in cybersecurity.', 4, ['Areas of assistance']),
    ]);
    expect(outline(blocks)).toEqual(['# Areas of assistance @h1', 'p1: Capacity-building in cybersecurity.']);
  });

  it('splits a paragraph’s lettered items into their own blocks, keeping the lead', () => {
    const blocks = toBlocks([paragraph('p1', 30, 'The Committee agreed: (a) to meet twice a year; (b) to report annually.', 5)]);
    expect(blocks.map((b) => (b.type === 'text' ? [b.label, b.item, b.text] : null))).toEqual([
      [null, null, 'The Committee agreed:'],
      ['(a)', 'letter', 'to meet twice a year;'],
      ['(b)', 'letter', 'to report annually.'],
    ]);
  });
});
