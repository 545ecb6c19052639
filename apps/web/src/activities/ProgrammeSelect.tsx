import { useQuery } from '@tanstack/react-query';
import { SelectInput } from '../forms/fields';
import { useLanguage } from '../i18n/LanguageProvider';
import { useT } from '../i18n/useT';
import { listProgrammeChoices } from './api';

/** A programme the caller reads, by its title in the page's language; left unchosen, the activity is outside any. */
export function ProgrammeSelect({
  name,
  label,
  defaultValue,
}: {
  name: string;
  label: string;
  defaultValue?: string | null;
}) {
  const t = useT();
  const { language } = useLanguage();
  const programmes = useQuery({ queryKey: ['programmes', 'choices'], queryFn: listProgrammeChoices });
  if (!programmes.data) return null;
  return (
    <SelectInput
      name={name}
      label={label}
      placeholder={t('activities.programme.none')}
      defaultValue={defaultValue ?? null}
      options={programmes.data.items.map((p) => ({ id: p.id, label: p.title[language] ?? p.title.en ?? '' }))}
    />
  );
}
