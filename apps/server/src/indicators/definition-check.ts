import { definitionProblems, type IndicatorDefinition } from '@birge/domain';
import { AppError } from '../http/app-error';
import { indicatorSources } from './sources';

/**
 * Refuses a definition that does not fit the registered sources: 400 with each broken field marked, under
 * `field` (the body's name for the definition). Stored definitions are not checked again when computed: a
 * source removed since gives null values.
 */
export function assertDefinitionFits(definition: IndicatorDefinition, field = 'definition'): void {
  const problems = definitionProblems(definition, indicatorSources);
  if (problems.length === 0) return;
  throw new AppError(
    400,
    'errors.validation',
    undefined,
    Object.fromEntries(
      problems.map((p) => [
        `${field}.${p.path}`,
        { key: `indicators.${p.code}` as const, params: { value: p.value ?? '' } },
      ]),
    ),
  );
}
