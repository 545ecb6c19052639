import type { IndicatorDefinition, SimpleDefinition } from './definition';

/** What the engine knows of a registered source when checking a definition against it. */
export type SourceShape = {
  key: string;
  amountUnit?: string | undefined;
  /** The attribute that gives each fact's unit, where amounts come in several (kilograms and pieces, som and tenge). */
  amountUnitFrom?: string | undefined;
  /** The facts name no person: there is nobody to count once. */
  withoutPersons?: boolean | undefined;
  attributes: Readonly<Record<string, readonly string[] | 'text'>>;
};

export type DefinitionProblemCode =
  | 'unknown_source'
  | 'unknown_attribute'
  | 'unknown_attribute_value'
  | 'sum_without_amount'
  | 'sum_of_mixed_units'
  | 'distinct_without_persons'
  | 'organisation_outside_programme'
  | 'network_outside_programme';

/** A broken rule, with the path of the field in the definition, e.g. `numerator.filters.attributes.outcome`. */
export type DefinitionProblem = { path: string; code: DefinitionProblemCode; value?: string };

/** Every way a definition does not fit the registered sources; empty when the engine can compute it. */
export function definitionProblems(
  definition: IndicatorDefinition,
  sources: readonly SourceShape[],
): DefinitionProblem[] {
  if (definition.measure === 'ratio') {
    return [
      ...simpleProblems(definition.numerator, sources, 'numerator.'),
      ...simpleProblems(definition.denominator, sources, 'denominator.'),
    ];
  }
  return simpleProblems(definition, sources, '');
}

function simpleProblems(
  definition: SimpleDefinition,
  sources: readonly SourceShape[],
  prefix: string,
): DefinitionProblem[] {
  const source = sources.find((s) => s.key === definition.source);
  if (!source) return [{ path: `${prefix}source`, code: 'unknown_source', value: definition.source }];
  const problems: DefinitionProblem[] = [];
  if (definition.measure === 'sum') problems.push(...sumProblems(definition, source, prefix));
  if (definition.measure === 'distinct_persons' && source.withoutPersons) {
    problems.push({ path: `${prefix}measure`, code: 'distinct_without_persons' });
  }
  for (const [name, values] of Object.entries(definition.filters?.attributes ?? {})) {
    const path = `${prefix}filters.attributes.${name}`;
    const allowed = Object.hasOwn(source.attributes, name) ? source.attributes[name] : undefined;
    if (!allowed) {
      problems.push({ path, code: 'unknown_attribute', value: name });
      continue;
    }
    if (allowed === 'text') continue;
    for (const value of values) {
      if (!allowed.includes(value)) problems.push({ path, code: 'unknown_attribute_value', value });
    }
  }
  return problems;
}

/** A sum needs amounts, and amounts in one unit: kilograms of tomatoes do not add to pieces of bread. */
function sumProblems(definition: SimpleDefinition, source: SourceShape, prefix: string): DefinitionProblem[] {
  const unit = source.amountUnitFrom;
  if (!source.amountUnit && !unit) return [{ path: `${prefix}measure`, code: 'sum_without_amount' }];
  if (!unit || definition.filters?.attributes?.[unit]?.length === 1) return [];
  return [{ path: `${prefix}filters.attributes.${unit}`, code: 'sum_of_mixed_units', value: unit }];
}
