import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractEntities, findParticipantListLines, loadGazetteer, splitPlainParagraphs } from '../src/extract/entities/index.js';
test('scratch', () => {
  const files = ['000_dcaf472a3bcc0594.txt', '001_8d7b134e30c2369d.txt', '002_0e4775ef41d0f159.txt', '003_e02e6b476dbf9342.txt'];
  const docs = files.map((f) => {
    const t = readFileSync(new URL('../' + f, import.meta.url), 'utf8');
    const list = findParticipantListLines(t);
    const skip = list ? { from: list.firstLine - 1, to: list.firstLine + list.lines.length - 1 } : undefined;
    return { documentId: f.slice(0, 3), fileName: f, paragraphs: splitPlainParagraphs(t, f.slice(0, 3), skip),
      participantLists: list ? [{ sessionId: 'hlcp-26', lines: list.lines, firstLine: list.firstLine, paragraphId: null }] : [] };
  });
  const r = extractEntities(docs, loadGazetteer());
  for (const o of r.organizations) console.log(o.id, o.kind, '::', o.aliases.map(a => a.alias + (a.rule !== 'gazetteer' ? '['+a.rule+']' : '')).join(' | '));
});
