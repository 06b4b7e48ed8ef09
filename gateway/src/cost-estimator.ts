import {
  Kind,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
} from 'graphql';

/**
 * Static cost estimate of an operation from the supergraph's demand-control directives, as
 * Apollo Router's `static_estimated` strategy and Hive Gateway's demand control compute it (IBM
 * GraphQL cost spec): an object costs 1, a scalar or enum 0, `@cost(weight:)` replaces a field's
 * or type's weight, and a list multiplies the cost of each item (its own weight plus its
 * selection) by its size: the value of a slicing argument (`first`), else its `assumedSize`,
 * else a default. Connections size the fields named in `sizedFields` (`edges`, `nodes`).
 * A mutation adds 10. Introspection and `__typename` are free.
 */

const COST_SPEC = 'https://specs.apollo.dev/cost/';
const MUTATION_BASE_COST = 10;

interface ListSize {
  assumedSize: number | null;
  slicingArguments: string[];
  sizedFields: string[];
}

/** What one field of one type costs, read once from the supergraph. */
export interface FieldCost {
  /** `@cost` of the field, else of its type, else 1 for objects and 0 for leaves. */
  weight: number;
  isList: boolean;
  /** Named type of the field, to price its selection. */
  type: string;
  listSize: ListSize | null;
}

export type CostTable = Map<string, FieldCost>;

/** Names the supergraph gives `@cost` and `@listSize` (its cost-spec `@link` may rename them). */
function costDirectiveNames(document: DocumentNode): { cost: string; listSize: string } {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      const args = argumentsOf(link);
      if (link.name.value !== 'link' || typeof args.url !== 'string' || !args.url.startsWith(COST_SPEC)) continue;
      const prefix = typeof args.as === 'string' ? args.as : 'cost';
      const imported = new Map<string, string>();
      for (const entry of (args.import as unknown[] | undefined) ?? []) {
        if (typeof entry === 'string') imported.set(entry, entry);
        else if (entry && typeof entry === 'object') {
          const { name, as } = entry as { name: string; as?: string };
          imported.set(name, as ?? name);
        }
      }
      const name = (directive: string) =>
        (imported.get(`@${directive}`) ?? (directive === 'cost' ? `@${prefix}` : `@${prefix}__${directive}`)).slice(1);
      return { cost: name('cost'), listSize: name('listSize') };
    }
  }
  return { cost: 'cost', listSize: 'listSize' };
}

function argumentsOf(directive: ConstDirectiveNode | DirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
}

function unwrap(type: TypeNode): { name: string; isList: boolean } {
  if (type.kind === Kind.NAMED_TYPE) return { name: type.name.value, isList: false };
  const inner = unwrap(type.type);
  return { name: inner.name, isList: inner.isList || type.kind === Kind.LIST_TYPE };
}

/** Reads every field's weight and list size from the supergraph SDL, once. */
export function readCostTable(supergraph: DocumentNode): CostTable {
  const names = costDirectiveNames(supergraph);
  const find = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
    directives?.find((directive) => directive.name.value === name);
  const typeWeights = new Map<string, number>();
  for (const definition of supergraph.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const composite =
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      definition.kind === Kind.UNION_TYPE_DEFINITION;
    const leaf = definition.kind === Kind.SCALAR_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION;
    if (!composite && !leaf) continue;
    const cost = find(definition.directives, names.cost);
    typeWeights.set(definition.name.value, cost ? Number(argumentsOf(cost).weight) : composite ? 1 : 0);
  }
  const table: CostTable = new Map();
  for (const definition of supergraph.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const { name: type, isList } = unwrap(field.type);
      const cost = find(field.directives, names.cost);
      const listSize = find(field.directives, names.listSize);
      const size = listSize ? argumentsOf(listSize) : null;
      table.set(`${definition.name.value}.${field.name.value}`, {
        weight: cost ? Number(argumentsOf(cost).weight) : (typeWeights.get(type) ?? 0),
        isList,
        type,
        listSize: size && {
          assumedSize: typeof size.assumedSize === 'number' ? size.assumedSize : null,
          slicingArguments: (size.slicingArguments as string[] | undefined) ?? [],
          sizedFields: (size.sizedFields as string[] | undefined) ?? [],
        },
      });
    }
  }
  return table;
}

/** The size a connection field gives the fields it sizes (`edges`, `nodes`). */
interface Sizing {
  fields: readonly string[];
  size: number;
}

export interface EstimateInput {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
}

/**
 * Estimates operations against a cost table. Work per request is proportional to the size of
 * the operation: each fragment is priced once per sizing context, however often it is spread.
 */
export class CostEstimator {
  constructor(
    private readonly table: CostTable,
    /** Size of a list that declares none (Apollo Router's `list_size`). */
    private readonly defaultListSize: number,
  ) {}

  estimate({ document, operation, variables }: EstimateInput): number {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const values: Record<string, unknown> = {};
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      values[name] = variables[name] ?? (definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : null);
    }
    const root = operation.operation === 'mutation' ? 'Mutation' : operation.operation === 'subscription' ? 'Subscription' : 'Query';
    const pricing = new Pricing(this.table, this.defaultListSize, fragments, values);
    const base = operation.operation === 'mutation' ? MUTATION_BASE_COST : 0;
    return base + pricing.selectionSet(operation.selectionSet, root, null);
  }
}

/** One request's walk over its operation. */
class Pricing {
  private readonly fragmentCosts = new Map<string, number>();

  constructor(
    private readonly table: CostTable,
    private readonly defaultListSize: number,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  selectionSet(selectionSet: SelectionSetNode, typeName: string, sizing: Sizing | null): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (this.skipped(selection.directives)) continue;
      if (selection.kind === Kind.FIELD) total += this.field(selection, typeName, sizing);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += this.selectionSet(selection.selectionSet, selection.typeCondition?.name.value ?? typeName, sizing);
      } else total += this.fragment(selection.name.value, sizing);
    }
    return total;
  }

  private fragment(name: string, sizing: Sizing | null): number {
    const key = sizing ? `${name}|${sizing.size}|${sizing.fields.join(',')}` : name;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    // Reserve the entry first: a (validation-refused) cycle then ends instead of recursing.
    this.fragmentCosts.set(key, 0);
    const cost = fragment ? this.selectionSet(fragment.selectionSet, fragment.typeCondition.name.value, sizing) : 0;
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private field(node: FieldNode, typeName: string, sizing: Sizing | null): number {
    const cost = this.table.get(`${typeName}.${node.name.value}`);
    // `__typename`, introspection and (already refused) unknown fields cost nothing.
    if (!cost) return 0;
    const slicedSize = this.slicedSize(node, cost);
    const sizedFields = cost.listSize?.sizedFields ?? [];
    const childSizing = slicedSize !== null && sizedFields.length ? { fields: sizedFields, size: slicedSize } : null;
    const children = node.selectionSet ? this.selectionSet(node.selectionSet, cost.type, childSizing) : 0;
    let count = 1;
    if (sizing?.fields.includes(node.name.value)) count = sizing.size;
    else if (cost.isList && !childSizing) count = slicedSize ?? this.defaultListSize;
    return count * (cost.weight + children);
  }

  /** The list size `@listSize` gives this field: a slicing argument's value, else its assumed size. */
  private slicedSize(node: FieldNode, cost: FieldCost): number | null {
    if (!cost.listSize) return null;
    let size: number | null = null;
    for (const argument of node.arguments ?? []) {
      if (!cost.listSize.slicingArguments.includes(argument.name.value)) continue;
      const value = valueFromASTUntyped(argument.value, this.variables);
      if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size ?? 0, Math.ceil(value));
    }
    return size ?? cost.listSize.assumedSize;
  }

  /** `@skip(if: true)` and `@include(if: false)` leave a selection out of the answer and the price. */
  private skipped(directives: readonly DirectiveNode[] | undefined): boolean {
    for (const directive of directives ?? []) {
      const name = directive.name.value;
      if (name !== 'skip' && name !== 'include') continue;
      const condition = directive.arguments?.find((arg) => arg.name.value === 'if');
      const value = condition ? valueFromASTUntyped(condition.value, this.variables) : undefined;
      if ((name === 'skip' && value === true) || (name === 'include' && value === false)) return true;
    }
    return false;
  }
}
