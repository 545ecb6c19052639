import type { IndicatorDefinition, IndicatorFilters, SimpleDefinition } from './api';

/** One counted source as the form holds it: lists for choices, text for what is typed. */
export interface SimpleState {
  source: string;
  measure: SimpleDefinition['measure'];
  programmeOnly: boolean;
  organisationIds: string[];
  regionIds: string[];
  activityTypes: string[];
  sex: string[];
  disability: string[];
  tags: string;
  from: string;
  to: string;
  attributes: Record<string, string[]>;
  textAttributes: Record<string, string>;
}

export interface DefinitionState {
  computed: boolean;
  measure: IndicatorDefinition['measure'];
  simple: SimpleState;
  numerator: SimpleState;
  denominator: SimpleState;
  percent: boolean;
}

export const emptySimple: SimpleState = {
  source: '',
  measure: 'count',
  programmeOnly: false,
  organisationIds: [],
  regionIds: [],
  activityTypes: [],
  sex: [],
  disability: [],
  tags: '',
  from: '',
  to: '',
  attributes: {},
  textAttributes: {},
};

const splitList = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

function simpleState(definition: SimpleDefinition | undefined): SimpleState {
  if (!definition) return emptySimple;
  const f = definition.filters ?? {};
  return {
    source: definition.source,
    measure: definition.measure,
    programmeOnly: f.programmeId !== undefined,
    organisationIds: f.organisationIds ?? [],
    regionIds: f.regionIds ?? [],
    activityTypes: f.activityTypes ?? [],
    sex: f.sex ?? [],
    disability: f.disability ?? [],
    tags: (f.tags ?? []).join(', '),
    from: f.from ?? '',
    to: f.to ?? '',
    attributes: f.attributes ?? {},
    textAttributes: {},
  };
}

/** A new indicator starts as counted from records; an existing one as it was saved. */
export function definitionState(definition: IndicatorDefinition | null, isNew: boolean): DefinitionState {
  if (definition?.measure === 'ratio') {
    return {
      computed: true,
      measure: 'ratio',
      simple: emptySimple,
      numerator: simpleState(definition.numerator),
      denominator: simpleState(definition.denominator),
      percent: definition.percent ?? false,
    };
  }
  return {
    computed: definition !== null || isNew,
    measure: definition?.measure ?? 'count',
    simple: simpleState(definition ?? undefined),
    numerator: emptySimple,
    denominator: emptySimple,
    percent: true,
  };
}

/**
 * The filters the API takes; an empty choice is left out rather than sent empty. `textAttributes` are typed
 * values, comma-separated; only attributes the chosen source has are kept.
 */
function simpleDefinition(
  state: SimpleState,
  programmeId: string,
  attributeNames: string[],
): SimpleDefinition {
  const filters: IndicatorFilters = {};
  if (state.programmeOnly) filters.programmeId = programmeId;
  if (state.organisationIds.length) filters.organisationIds = state.organisationIds;
  if (state.regionIds.length) filters.regionIds = state.regionIds;
  if (state.activityTypes.length) filters.activityTypes = state.activityTypes;
  if (state.sex.length) filters.sex = state.sex;
  if (state.disability.length) filters.disability = state.disability;
  const tags = splitList(state.tags);
  if (tags.length) filters.tags = tags;
  if (state.from) filters.from = state.from;
  if (state.to) filters.to = state.to;
  const attributes: Record<string, string[]> = {};
  for (const name of attributeNames) {
    const chosen = [...(state.attributes[name] ?? []), ...splitList(state.textAttributes[name] ?? '')];
    if (chosen.length) attributes[name] = chosen;
  }
  if (Object.keys(attributes).length) filters.attributes = attributes;
  return {
    measure: state.measure,
    source: state.source,
    ...(Object.keys(filters).length ? { filters } : {}),
  };
}

export function toDefinition(
  state: DefinitionState,
  programmeId: string,
  attributesOf: (source: string) => string[],
): IndicatorDefinition | null {
  if (!state.computed) return null;
  if (state.measure === 'ratio') {
    return {
      measure: 'ratio',
      numerator: simpleDefinition(state.numerator, programmeId, attributesOf(state.numerator.source)),
      denominator: simpleDefinition(state.denominator, programmeId, attributesOf(state.denominator.source)),
      percent: state.percent,
    };
  }
  return simpleDefinition(
    { ...state.simple, measure: state.measure },
    programmeId,
    attributesOf(state.simple.source),
  );
}
