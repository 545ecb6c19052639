import { useIntl } from 'react-intl';
import { useT } from '../i18n/useT';
import type { Explained, Match } from './api';

/** A skill or an accommodation by its label; a skill in the person's own words as written. */
export function useItemLabel() {
  const t = useT();
  const intl = useIntl();
  return (item: string) => {
    for (const prefix of ['employment.skill.', 'employment.accommodation.'])
      if (intl.messages[`${prefix}${item}`]) return t(`${prefix}${item}`);
    return item;
  };
}

function Reason({ reason }: { reason: Explained }) {
  const t = useT();
  const label = useItemLabel();
  const intl = useIntl();
  const values = Object.fromEntries(
    Object.entries(reason.values).map(([key, value]) => [
      key,
      key === 'hours'
        ? t(`employment.hours.${value}`)
        : key === 'sector'
          ? t(`employment.sector.${value}`)
          : key === 'accommodation'
            ? t(`employment.accommodation.${value}`)
            : value,
    ]),
  );
  const items = reason.items.length ? intl.formatList(reason.items.map(label), { type: 'conjunction' }) : '';
  return <>{t(reason.message, { ...values, items })}</>;
}

/** Each part of a candidate's score with its reason, and the reasons that exclude the match, in words. */
export function Explanation({ match }: { match: Match }) {
  const t = useT();
  return (
    <>
      {match.exclusions.length > 0 && (
        <ul className="explanation explanation--excluded">
          {match.exclusions.map((reason) => (
            <li key={`${reason.message}-${reason.items.join()}`}>
              <strong>{t('employment.match.excluded')}</strong> <Reason reason={reason} />
            </li>
          ))}
        </ul>
      )}
      <ul className="explanation">
        {match.parts.map((part) => (
          <li key={part.factor}>
            <strong>
              {t(`employment.factor.${part.factor}`)}:{' '}
              {t('employment.match.points', { points: part.points, max: part.max })}
            </strong>{' '}
            <Reason reason={part} />
          </li>
        ))}
      </ul>
    </>
  );
}
