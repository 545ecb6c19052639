import { useQuery } from '@tanstack/react-query';
import { SelectInput } from '../forms/fields';
import { useLanguage } from '../i18n/LanguageProvider';
import { useT } from '../i18n/useT';
import { listProgrammes, type ProgrammeSummary } from './api';

/** The value of "no programme": the record then counts in no logframe. */
export const noProgramme = 'none';

/**
 * The programmes the user's organisations take part in (own, implement, or share through a network), each by
 * its title in the reader's language with its years: the ones whose logframe a record of their work may join.
 */
export function useProgrammeChoices() {
  const { language } = useLanguage();
  const programmes = useQuery({ queryKey: ['programmes', 'choice'], queryFn: () => listProgrammes() });
  const title = (p: ProgrammeSummary) =>
    `${p.title[language] || p.title.en} (${p.startDate.slice(0, 4)}–${p.endDate.slice(0, 4)})`;
  const items = programmes.data?.items ?? [];
  return {
    options: items.map((p) => ({ id: p.id, label: title(p) })),
    titleOf: (id: string) => {
      const found = items.find((p) => p.id === id);
      return found ? title(found) : null;
    },
  };
}

/** A programme the user's organisations take part in, for work whose figures belong to its logframe. */
export function ProgrammeSelect({ name, label }: { name: string; label: string }) {
  const t = useT();
  const { options } = useProgrammeChoices();
  return (
    <SelectInput
      name={name}
      label={label}
      description={t('programmes.choice.hint')}
      placeholder={t('form.choose')}
      options={[{ id: noProgramme, label: t('programmes.choice.none') }, ...options]}
      defaultValue={noProgramme}
    />
  );
}

/** The chosen programme as the API takes it. */
export function programmeValue(value: string): string | null {
  return value && value !== noProgramme ? value : null;
}
