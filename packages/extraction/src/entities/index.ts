/**
 * Entities part of the ingestion pipeline: organizations, people, affiliations, participations.
 * Pure functions over text; no database.
 *
 * - Gazetteer: `loadGazetteer(path?)` reads seeds/data/gazetteer.json (ids: the acronym slug when
 *   there is one — `undp`, `un-women`, `hlcp`, `ceb`, `ohchr` — else a slug of the name —
 *   `general-assembly`, `security-council`, `ceb-secretariat`).
 * - Organizations: `createOrganizationResolver(gazetteer)` → `resolve(name)`, `findMentions(text)`,
 *   `recordMentions(text, paragraphId)`, `learnDefinitions(text, provenance)`, `markUsed(...)`,
 *   `get(id)`, `usedOrganizations()`, `allOrganizations()`.
 * - Lists of participants: `findParticipantListLines(text)`, `parseParticipantList(lines, ctx)`.
 * - People in prose: `createDocumentPeople()`, `extractPeopleFromProse(paragraphText, ctx)`.
 * - Person resolution: `resolvePeople(mentions)`, `applyPersonIds(map, participations, affiliations)`.
 * - Whole corpus: `extractEntities(docs, gazetteer)`.
 *
 * Ids: person id = slug of the canonical name (`elliott-harris`); participation id =
 * `<sessionId>/<personId>/<role>` with role `chair` | `vice-chair` | `secretary` | `participant`.
 * Types added in this folder (not in model.ts): GazetteerEntry, Gazetteer, OrganizationMention,
 * LearnedDefinition, OrganizationResolver, PersonMention, ParticipantListContext/Result,
 * ParsedDelegation, ParsedOfficer, ProseContext/Result, DocumentPeople, PeopleResolution,
 * PersonMerge, EntityDocumentInput, EntityExtraction, SplitResult.
 */
export * from './text.js';
export * from './gazetteer.js';
export * from './organizations.js';
export * from './names.js';
export * from './mentions.js';
export * from './participants.js';
export * from './prose.js';
export * from './people.js';
export * from './pipeline.js';
