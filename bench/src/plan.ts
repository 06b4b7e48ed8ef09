/**
 * Subgraph round trips of an operation in our gateway: the fetches of the query plan that
 * `@apollo/gateway` builds (same planner, same committed supergraph).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import { parse } from 'graphql';
import { ROOT } from './processes.js';

let planner: { planner: QueryPlanner; supergraph: Supergraph } | undefined;

export function queryPlan(document: string, supergraphPath = join(ROOT, 'gateway/supergraph.graphql')): QueryPlan {
  if (!planner) {
    const supergraph = Supergraph.build(readFileSync(supergraphPath, 'utf8'));
    planner = { supergraph, planner: new QueryPlanner(supergraph) };
  }
  const operation = operationFromDocument(planner.supergraph.apiSchema(), parse(document));
  return planner.planner.buildQueryPlan(operation);
}

function fetches(node: PlanNode | undefined): number {
  if (!node) return 0;
  switch (node.kind) {
    case 'Fetch':
      return 1;
    case 'Sequence':
    case 'Parallel':
      return node.nodes.reduce((sum, child) => sum + fetches(child), 0);
    case 'Flatten':
      return fetches(node.node);
    case 'Defer':
      return fetches(node.primary?.node) + node.deferred.reduce((sum, d) => sum + fetches(d.node), 0);
    case 'Condition':
      return Math.max(fetches(node.ifClause), fetches(node.elseClause));
    default:
      return 0;
  }
}

/** Subgraph requests one execution of the operation costs (entity fetches are batched: one per plan node). */
export function countFetches(document: string): number {
  return fetches(queryPlan(document).node as PlanNode | undefined);
}

function services(node: PlanNode | undefined): string[] {
  if (!node) return [];
  switch (node.kind) {
    case 'Fetch':
      return [node.serviceName];
    case 'Sequence':
    case 'Parallel':
      return node.nodes.flatMap(services);
    case 'Flatten':
      return services(node.node);
    case 'Defer':
      return [...services(node.primary?.node), ...node.deferred.flatMap((d) => services(d.node))];
    case 'Condition':
      return [...services(node.ifClause), ...services(node.elseClause)];
    default:
      return [];
  }
}

/** The subgraph of each fetch of the plan, in plan order. */
export function fetchServices(document: string): string[] {
  return services(queryPlan(document).node as PlanNode | undefined);
}
