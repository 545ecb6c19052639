import { FormattedDate, useIntl } from 'react-intl';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { useRegionOptions } from '../regions/api';
import type { IndicatorDefinition, SimpleDefinition } from './api';
import { useSourceLabels } from './format';

/** The definition as a sentence and a list of its filters, so a reader checks what is counted without JSON. */
export function DefinitionText({ definition }: { definition: IndicatorDefinition | null }) {
  const t = useT();
  if (!definition) return <p>{t('programmes.definition.manual')}</p>;
  if (definition.measure === 'ratio') {
    return (
      <div className="definition">
        <p>{t(definition.percent ? 'programmes.definition.percentOf' : 'programmes.definition.ratioOf')}</p>
        <h3>{t('programmes.definition.numerator')}</h3>
        <SimpleText definition={definition.numerator} />
        <h3>{t('programmes.definition.denominator')}</h3>
        <SimpleText definition={definition.denominator} />
      </div>
    );
  }
  return (
    <div className="definition">
      <SimpleText definition={definition} />
    </div>
  );
}

function SimpleText({ definition }: { definition: SimpleDefinition }) {
  const t = useT();
  const intl = useIntl();
  const labels = useSourceLabels();
  const regions = useRegionOptions();
  const f = definition.filters ?? {};
  const list = (items: string[]) => intl.formatList(items, { type: 'conjunction' });
  return (
    <>
      <p>
        {t(`programmes.definition.measure.${definition.measure}`, {
          source: labels.source(definition.source),
        })}
      </p>
      <ul>
        {f.programmeId && <li>{t('programmes.definition.onlyProgramme')}</li>}
        {f.organisationIds && (
          <li>
            {t('programmes.definition.organisations')}{' '}
            {f.organisationIds.map((id, index) => (
              <span key={id}>
                {index > 0 && ', '}
                <OrganisationName id={id} />
              </span>
            ))}
          </li>
        )}
        {f.regionIds && (
          <li>
            {t('programmes.definition.regions')} {list(f.regionIds.map((id) => regions.nameOf(id) ?? id))}
          </li>
        )}
        {f.activityTypes && (
          <li>
            {t('programmes.definition.activityTypes')}{' '}
            {list(f.activityTypes.map((type) => t(`programmes.activityType.${type}`)))}
          </li>
        )}
        {f.tags && (
          <li>
            {t('programmes.definition.tags')} {list(f.tags)}
          </li>
        )}
        {f.sex && (
          <li>
            {t('programmes.definition.sex')} {list(f.sex.map((s) => t(`programmes.group.sex.${s}`)))}
          </li>
        )}
        {f.disability && (
          <li>
            {t('programmes.definition.disability')}{' '}
            {list(f.disability.map((d) => t(`programmes.group.disability.${d}`)))}
          </li>
        )}
        {Object.entries(f.attributes ?? {}).map(([name, values]) => (
          <li key={name}>
            {labels.attribute(name)}: {list(values.map((v) => labels.value(name, v)))}
          </li>
        ))}
        {f.from && (
          <li>
            {t('programmes.definition.from')} <FormattedDate value={f.from} dateStyle="long" timeZone="UTC" />
          </li>
        )}
        {f.to && (
          <li>
            {t('programmes.definition.to')} <FormattedDate value={f.to} dateStyle="long" timeZone="UTC" />
          </li>
        )}
      </ul>
    </>
  );
}
