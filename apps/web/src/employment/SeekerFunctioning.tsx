import { Link } from 'react-router';
import { useCalendarDay } from '../i18n/useCalendarDay';
import { useT } from '../i18n/useT';
import type { Assessment } from '../persons/api';
import { usePerson } from '../persons/usePerson';

/** In the Short Set each answer is kept under its domain; "some difficulty" is below the cut-off but still said. */
function someDifficulty(assessment: Assessment): string[] {
  if (assessment.instrument !== 'wg_ss') return [];
  return Object.entries(assessment.answers)
    .filter(([, answer]) => answer === 'some_difficulty')
    .map(([domain]) => domain);
}

/**
 * The person's functioning as their latest Washington Group assessment gives it: the domains with difficulty,
 * read here beside the needs at work and changed only on the person's page. Shown only to those who read the
 * person's record in full.
 */
export function SeekerFunctioning({ personId }: { personId: string }) {
  const t = useT();
  const day = useCalendarDay();
  const person = usePerson(personId);
  const detail = person.data;
  if (!detail || detail.access !== 'full') return null;
  const latest = detail.assessments[0];
  const domains = (names: string[]) => names.map((name) => t(`functioning.domain.${name}`)).join(', ');
  const some = latest ? someDifficulty(latest) : [];
  return (
    <section className="notice" aria-labelledby="seeker-functioning">
      <h2 id="seeker-functioning">{t('employment.functioning.title')}</h2>
      {latest ? (
        <>
          <p>
            <strong>{t(`functioning.outcome.${latest.functionalDifficulty}`)}</strong>
          </p>
          <p>
            {t('employment.functioning.asked', {
              on: day(latest.assessedOn),
              instrument: t(`functioning.instrument.${latest.instrument}`),
            })}
          </p>
          {latest.result.domainsAtCutOff.length > 0 && (
            <p>
              {t('employment.functioning.atCutOff')}: {domains(latest.result.domainsAtCutOff)}
            </p>
          )}
          {some.length > 0 && (
            <p>
              {t('employment.functioning.some')}: {domains(some)}
            </p>
          )}
        </>
      ) : (
        <p>{t('employment.functioning.none')}</p>
      )}
      {detail.abilities.update && (
        <p>
          <Link to={`/persons/${personId}/functioning`}>{t('functioning.record')}</Link>
        </p>
      )}
    </section>
  );
}
