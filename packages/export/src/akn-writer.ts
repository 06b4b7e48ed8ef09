import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createCB } from 'xmlbuilder2';
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces.js';
import { FileSink, type FileEntry } from './file-sink.js';
import type { Row, Snapshot } from './snapshot.js';
import {
  AKN_NAMESPACE,
  LANGUAGE,
  annexOf,
  expressionIri,
  headingEIdPart,
  paragraphEId,
  subtype,
  workDate,
  workIri,
  type AknDocumentMeta,
} from './akn-ids.js';

/** Who produced the markup: the TLC every FRBR author and source attribute below points to. */
const PUBLISHER = { eId: 'igc', href: '/akn/ontology/organization/un/igc', showAs: 'Intergovernmental coordination graph' };

/** Opens nested <section>s along a paragraph's heading path, closing those it left. */
class SectionStack {
  private readonly headings: string[] = [];
  private readonly eIds: string[] = [];
  private readonly unnumbered = new Map<string, number>();

  constructor(
    private readonly xml: XMLBuilderCB,
    private readonly root: string | null,
    private readonly used: Set<string>,
  ) {}

  /**
   * `known` are the section eId parts ingestion gave the headings of `path` where the paragraph id
   * spells them out (unnumbered paragraphs: `annex_a/hcontainer_3/p_1`); else they are derived.
   */
  moveTo(path: string[], known: string[] = []): void {
    let common = 0;
    while (common < this.headings.length && common < path.length && this.headings[common] === path[common]) common++;
    while (this.headings.length > common) this.close();
    for (const [depth, heading] of path.entries()) {
      if (depth < common) continue;
      const parent = this.eIds.at(-1) ?? this.root;
      const index = (this.unnumbered.get(parent ?? '') ?? 0) + 1;
      const part = known.length === path.length ? known[depth]! : headingEIdPart(heading, index, /(^|__)sec_\d+$/.test(parent ?? ''));
      if (part.startsWith('hcontainer_')) this.unnumbered.set(parent ?? '', Number(part.slice('hcontainer_'.length)) || index);
      const eId = this.unique(parent ? `${parent}__${part}` : part);
      this.xml.ele('section', { eId }).ele('heading').txt(heading).up();
      this.headings.push(heading);
      this.eIds.push(eId);
    }
  }

  closeAll(): void {
    while (this.headings.length) this.close();
  }

  private close(): void {
    this.xml.up();
    this.headings.pop();
    this.eIds.pop();
  }

  private unique(eId: string): string {
    let candidate = eId;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${eId}_${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

function writeMeta(xml: XMLBuilderCB, doc: AknDocumentMeta, component: string): void {
  const work = workIri(doc);
  const expression = expressionIri(doc);
  const date = { date: workDate(doc), name: doc.date ? 'issued' : 'session' };
  const author = doc.bodyId ?? 'un';
  xml.ele('meta').ele('identification', { source: `#${PUBLISHER.eId}` });
  xml.ele('FRBRWork');
  writeFrbrCore(xml, { self: `${work}/${component}`, uri: work, date, author: `#${author}` });
  xml
    .ele('FRBRcountry', { value: 'un' })
    .up()
    .ele('FRBRsubtype', { value: subtype(doc.kind) })
    .up();
  if (doc.symbol) xml.ele('FRBRnumber', { value: doc.symbol }).up();
  xml.ele('FRBRname', { value: doc.title }).up();
  xml.up().ele('FRBRExpression');
  writeFrbrCore(xml, { self: `${expression}/${component}`, uri: expression, date, author: `#${author}` });
  xml.ele('FRBRlanguage', { language: LANGUAGE }).up();
  xml.up().ele('FRBRManifestation');
  writeFrbrCore(xml, { self: `${expression}/${component}.xml`, uri: `${expression}.akn`, date, author: `#${PUBLISHER.eId}` });
  xml.up().up(); // FRBRManifestation, identification
  xml.ele('references', { source: `#${PUBLISHER.eId}` });
  xml.ele('TLCOrganization', PUBLISHER).up();
  if (author !== PUBLISHER.eId) {
    xml.ele('TLCOrganization', { eId: author, href: `/akn/ontology/organization/un/${author}`, showAs: author.toUpperCase() }).up();
  }
  xml.up().up(); // references, meta
}

/** The four elements each FRBR level (work, expression, manifestation) opens with. */
function writeFrbrCore(
  xml: XMLBuilderCB,
  level: { self: string; uri: string; date: { date: string; name: string }; author: string },
): void {
  xml.ele('FRBRthis', { value: level.self }).up().ele('FRBRuri', { value: level.uri }).up();
  xml.ele('FRBRdate', level.date).up().ele('FRBRauthor', { href: level.author }).up();
}

/** The section eId parts an unnumbered paragraph's id spells out (`annex_a/hcontainer_3/p_1` -> annex_a, hcontainer_3). */
function sectionParts(documentId: string, paragraphId: string): string[] {
  const parts = paragraphId.slice(documentId.length + 1).split('/');
  return parts.at(-1)!.startsWith('p_') ? parts.slice(0, -1) : [];
}

function writeParagraph(xml: XMLBuilderCB, documentId: string, paragraph: Row): void {
  xml.ele('paragraph', { eId: paragraphEId(documentId, paragraph.id as string) });
  if (paragraph.number !== null)
    xml
      .ele('num')
      .txt(`${paragraph.number as number}.`)
      .up();
  xml
    .ele('content')
    .ele('p')
    .txt(paragraph.text as string)
    .up()
    .up();
  xml.up();
}

function paragraphsQuery(schema: string, annexes: boolean): string {
  return `select id, number, section_path, text from "${schema}".paragraph
    where document_id = $1 and ${annexes ? '' : 'not '}starts_with(id, $1 || '/annex_') order by position`;
}

/**
 * One Akoma Ntoso 3.0 file per document: headings become <section>s, annexes <attachment>s, and
 * each paragraph a <paragraph> whose eId is its API id without the document prefix.
 */
async function writeDocument(snapshot: Snapshot, schema: string, doc: AknDocumentMeta, dir: string): Promise<FileEntry> {
  // Ids are slugs; anything else a file name cannot hold is written as '_'.
  const fileName = `${doc.id.replace(/[^\w.-]/g, '_')}.xml`;
  const sink = new FileSink(join(dir, fileName), `akn/${fileName}`);
  let buffer = '';
  const xml = createCB({ prettyPrint: true, invalidCharReplacement: '', data: (chunk: string) => (buffer += chunk) });
  const flush = async () => {
    await sink.write(buffer);
    buffer = '';
  };
  const used = new Set<string>();
  xml
    .dec({ version: '1.0', encoding: 'UTF-8' })
    .ele(AKN_NAMESPACE, 'akomaNtoso')
    .ele('doc', { name: subtype(doc.kind) });
  writeMeta(xml, doc, '!main');
  xml.ele('preface').ele('p');
  if (doc.symbol) xml.ele('docNumber').txt(doc.symbol).up();
  xml.ele('docTitle').txt(doc.title).up().up().up();
  xml.ele('mainBody');
  const body = new SectionStack(xml, null, used);
  for await (const page of snapshot.rows(paragraphsQuery(schema, false), [doc.id])) {
    for (const paragraph of page) {
      body.moveTo(paragraph.section_path as string[], sectionParts(doc.id, paragraph.id as string));
      writeParagraph(xml, doc.id, paragraph);
    }
    sink.rows += page.length;
    await flush();
  }
  body.closeAll();
  xml.up(); // mainBody
  let annex: string | null = null;
  let sections: SectionStack | null = null;
  for await (const page of snapshot.rows(paragraphsQuery(schema, true), [doc.id])) {
    for (const paragraph of page) {
      const next = annexOf(doc.id, paragraph.id as string)!;
      const path = paragraph.section_path as string[];
      if (next !== annex) {
        if (sections) {
          sections.closeAll();
          xml.up().up().up(); // mainBody, doc, attachment
        } else {
          xml.ele('attachments');
        }
        annex = next;
        xml.ele('attachment', { eId: `att_${annex}` }).ele('doc', { name: 'annex' });
        writeMeta(xml, doc, `!${annex}`);
        if (/^Annex\b/.test(path[0] ?? '')) xml.ele('preface').ele('p').ele('docNumber').txt(path[0]!).up().up().up();
        xml.ele('mainBody');
        sections = new SectionStack(xml, annex, used);
      }
      sections!.moveTo(/^Annex\b/.test(path[0] ?? '') ? path.slice(1) : path, sectionParts(doc.id, paragraph.id as string).slice(1));
      writeParagraph(xml, doc.id, paragraph);
    }
    sink.rows += page.length;
    await flush();
  }
  if (sections) {
    sections.closeAll();
    xml.up().up().up().up(); // mainBody, doc, attachment, attachments
  }
  xml.up().up(); // doc, akomaNtoso
  xml.end();
  await flush();
  return sink.close();
}

/** Writes `akn/<document id>.xml` for every ingested document, in id order. */
export async function writeAknDocuments(snapshot: Snapshot, schema: string, dir: string): Promise<FileEntry[]> {
  await mkdir(dir, { recursive: true });
  const entries: FileEntry[] = [];
  const documents = `select d.id, d.symbol, d.title, d.kind, d.date::text as date, s.start_date::text as "sessionDate",
    s.body_id as "bodyId" from "${schema}".document d left join "${schema}".session s on s.id = d.session_id order by d.id`;
  for await (const page of snapshot.rows(documents)) {
    for (const doc of page) entries.push(await writeDocument(snapshot, schema, doc as unknown as AknDocumentMeta, dir));
  }
  return entries;
}
