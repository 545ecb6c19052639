import type { IndicatorDefinition, SimpleDefinition } from './definition';

/** What the engine knows of a registered source when checking a definition against it. */
export type SourceShape = {
  key: string;
  amountUnit?: string | undefined;
  attributes: Readonly<Record<string, readonly string[] | 'text'>>;
};

export type DefinitionProblemCode =
  | 'unknown_source'
  | 'unknown_attribute'
  | 'unknown_attribute_value'
  | 'sum_without_amount';

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
  if (definition.measure === 'sum' && !source.amountUnit) {
    problems.push({ path: `${prefix}measure`, code: 'sum_without_amount' });
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
