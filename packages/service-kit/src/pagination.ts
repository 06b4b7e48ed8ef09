import 'reflect-metadata';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@Directive('@shareable')
@ObjectType({ description: 'Relay-style page information, shared by every connection.' })
export class PageInfo {
  @Field({ description: 'True when items follow the last edge.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede the first edge.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** `first`/`after` arguments of every connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size: default 20, maximum 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (an endCursor from a previous page).' })
  after?: string | null;
}

export interface Page {
  limit: number;
  offset: number;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/** Cursors this API hands out: `offset:` and a decimal offset below a billion (no list is longer). */
const CURSOR_PATTERN = /^offset:(0|[1-9][0-9]{0,8})$/;

function decodeCursor(cursor: string): number {
  const decoded = cursor.length <= 32 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = CURSOR_PATTERN.exec(decoded);
  if (!match) {
    const shown = cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor;
    throw badUserInput(`Invalid cursor "${shown}": pass an endCursor or cursor returned by this connection.`, {
      argumentName: 'after',
    });
  }
  return Number(match[1]);
}

/** Validates `first`/`after` into a limit and offset; a page over the maximum is a BAD_USER_INPUT error. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): Page {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE} (got ${limit}); page through larger lists with "after".`, {
      argumentName: 'first',
      maximum: MAX_PAGE_SIZE,
    });
  }
  return { limit, offset: after ? decodeCursor(after) + 1 : 0 };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function toConnection<T>(items: T[], totalCount: number, page: Page): Connection<T> {
  const edges = items.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    nodes: items,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + items.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Declares the `<Name>Edge` object type and the fields of `<Name>Connection` for a node type. */
export function ConnectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item at the end of the edge.' })
    node!: T;
  }

  // Not emitted itself (as in type-graphql's generic-types example): the subclass names the connection type
  // (`@ObjectType('SessionConnection') class ... extends ConnectionType(...)`).
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge], { description: 'Edges with cursors, in order.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The items of this page, in order.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Cursors and flags to fetch adjacent pages.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, all pages together.' })
    totalCount!: number;
  }
  return ConnectionClass;
}
