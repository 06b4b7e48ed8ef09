/** The seed documents parsed and their sessions extracted: shared by the document-sessions and document-outcomes tests. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSessions, parseDocument, type ParsedDocument, type SessionExtraction } from '../src/document/index.js';

export const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'seeds');
const load = (f: string): ParsedDocument => parseDocument(readFileSync(join(seeds, f), 'utf8'), f);

/** Stub of the organization resolver (owned by another engineer). */
const ORGS: Record<string, string> = {
  'High-level Committee on Programmes': 'hlcp',
  'High-level Committee on Management': 'hlcm',
  'United Nations System Chief Executives Board for Coordination': 'ceb',
  'General Assembly': 'ga',
  'Commission on the Status of Women': 'csw',
  'United Nations Development Group': 'undg',
  'Center on International Cooperation': 'cic',
  'International Fund for Agricultural Development': 'ifad',
  'United Nations Environment Assembly': 'unea',
  'African Union': 'au',
  'League of Arab States': 'las',
};
export const resolve = (name: string) => ORGS[name] ?? null;

export const hlcp = load('000_dcaf472a3bcc0594.txt');
export const cic = load('001_8d7b134e30c2369d.txt');
export const sg = load('002_0e4775ef41d0f159.txt');
export const ceb = load('003_e02e6b476dbf9342.txt');
export const sHlcp = extractSessions(hlcp, resolve);
export const sCic = extractSessions(cic, resolve);
export const sSg = extractSessions(sg, resolve);
export const sCeb = extractSessions(ceb, resolve);

export const session = (x: SessionExtraction, id: string) => {
  const s = x.sessions.find((y) => y.id === id);
  if (!s) throw new Error(`no session ${id}; have ${x.sessions.map((y) => y.id).join(', ')}`);
  return s;
};
export const pid = (d: ParsedDocument, local: string) => `${d.id}/${local}`;
