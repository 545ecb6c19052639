import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import { SelectInput } from '../forms/fields';
import { useLanguage } from '../i18n/LanguageProvider';
import { useT } from '../i18n/useT';

type ProgrammeSummary = { id: string; title: Record<string, string>; startDate: string; endDate: string };

/** The value of "no programme": the record then counts in no logframe. */
export const noProgramme = 'none';

/** A programme the user's organisations take part in, for work whose figures belong to its logframe. */
export function ProgrammeSelect({ name, label }: { name: string; label: string }) {
  const t = useT();
  const { language } = useLanguage();
  const programmes = useQuery({
    queryKey: ['programmes', 'choice'],
    queryFn: () => request<{ items: ProgrammeSummary[] }>('GET', '/api/programmes'),
  });
  return (
    <SelectInput
      name={name}
      label={label}
      description={t('workshops.programme.hint')}
      placeholder={t('form.choose')}
      options={[
        { id: noProgramme, label: t('workshops.programme.none') },
        ...(programmes.data?.items ?? []).map((p) => ({
          id: p.id,
          label: `${p.title[language] ?? p.title.en} (${p.startDate.slice(0, 4)}–${p.endDate.slice(0, 4)})`,
        })),
      ]}
      defaultValue={noProgramme}
    />
  );
}

/** The chosen programme as the API takes it. */
export function programmeValue(value: string): string | null {
  return value && value !== noProgramme ? value : null;
}
