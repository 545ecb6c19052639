import { useEffect, useRef, useState } from 'react';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n/useT';
import { type DuplicateCandidate, type DuplicateProbe, findDuplicates, fullName } from './api';

/**
 * Asks the server who might be the same person while the worker types, waiting for a pause so a
 * slow connection is not asked for every letter. Only the latest answer is kept.
 */
export function useDuplicateCheck(delay = 600) {
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const lastKey = useRef('');
  const latest = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);

  function check(probe: DuplicateProbe | null) {
    const key = JSON.stringify(probe);
    if (key === lastKey.current) return;
    lastKey.current = key;
    clearTimeout(timer.current);
    if (!probe) {
      setCandidates([]);
      return;
    }
    timer.current = setTimeout(() => {
      const ticket = ++latest.current;
      findDuplicates(probe)
        .then((answer) => {
          if (ticket === latest.current) setCandidates(answer.items);
        })
        .catch(() => undefined);
    }, delay);
  }
  return { candidates, check, setCandidates };
}

/** Possible duplicates, each with its reasons in plain words and a link to open the record. */
export function DuplicateList({ candidates }: { candidates: DuplicateCandidate[] }) {
  const t = useT();
  return (
    <ul className="card-list">
      {candidates.map(({ person, reasons }) => (
        <li key={person.id} className="card">
          <Link to={`/persons/${person.id}`} target="_blank">
            {fullName(person)}
            <span className="visually-hidden"> {t('common.opensNewTab')}</span>
          </Link>
          <p>
            {person.birthDate ? (
              <FormattedDate value={person.birthDate} dateStyle="long" timeZone="UTC" />
            ) : (
              person.birthYear
            )}
            {person.latinName && ` · ${person.latinName}`}
          </p>
          <p>
            {t('duplicates.why')}: {reasons.map((reason) => t(`duplicates.reason.${reason}`)).join(', ')}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Shown beside the form while typing; a polite live region, so it is heard without stealing focus. */
export function DuplicateWarning({ candidates }: { candidates: DuplicateCandidate[] }) {
  const t = useT();
  return (
    <section aria-live="polite" className="duplicate-warning">
      {candidates.length > 0 && (
        <div className="notice notice--warning">
          <h2>{t('duplicates.title', { count: candidates.length })}</h2>
          <p>{t('duplicates.intro')}</p>
          <DuplicateList candidates={candidates} />
        </div>
      )}
    </section>
  );
}
