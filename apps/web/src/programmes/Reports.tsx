import { useState } from 'react';
import { SelectInput } from '../forms/fields';
import { useLanguage } from '../i18n/LanguageProvider';
import { isLanguage, type Language, languageNames, languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { iatiUrl, type PeriodKind, type Programme, reportUrl } from './api';

/** The donor report in the chosen language, over the periods shown above, and the IATI activity file. */
export function Reports({ programme, period }: { programme: Programme; period: PeriodKind }) {
  const t = useT();
  const { language: pageLanguage } = useLanguage();
  const [language, setLanguage] = useState<Language>(pageLanguage);
  return (
    <section className="section" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('programmes.reports.title')}</h2>
      <p>{t('programmes.reports.intro', { period: t(`programmes.periodKind.${period}`) })}</p>
      <div className="filters">
        <SelectInput
          name="reportLanguage"
          label={t('programmes.reports.language')}
          placeholder={t('form.choose')}
          options={languages.map((code) => ({ id: code, label: languageNames[code], lang: code }))}
          value={language}
          onChange={(value) => isLanguage(value) && setLanguage(value)}
        />
      </div>
      <ul className="quick-links">
        <li>
          <a href={reportUrl(programme.id, 'xlsx', language, period)} download>
            {t('programmes.reports.xlsx')}
          </a>
        </li>
        <li>
          <a href={reportUrl(programme.id, 'pdf', language, period)} download>
            {t('programmes.reports.pdf')}
          </a>
        </li>
        <li>
          <a href={iatiUrl(programme.id)} download>
            {t('programmes.reports.iati')}
          </a>
        </li>
      </ul>
    </section>
  );
}
