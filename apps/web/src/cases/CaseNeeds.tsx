import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextAreaInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { type CaseFile, needDomains, needLevels, recordNeeds } from './api';
import { useCaseAction } from './useCase';

type NeedInput = { domain: string; level: string; notes: string }[];

/** The needs assessment: every domain with a level and notes; saving replaces the previous assessment. */
export function CaseNeeds({ file }: { file: CaseFile }) {
  const t = useT();
  const id = file.case.id;
  const save = useCaseAction(id, (needs: NeedInput) => recordNeeds(id, needs), t('needs.saved'));
  const current = new Map(file.needs.map((need) => [need.domain, need]));
  if (!file.abilities.work) {
    return file.needs.length === 0 ? (
      <p>{t('needs.none')}</p>
    ) : (
      <ul>
        {file.needs.map((need) => (
          <li key={need.domain}>
            {t(`needs.domain.${need.domain}`)}: {t(`needs.level.${need.level}`)}{' '}
            {need.notes && `— ${need.notes}`}
          </li>
        ))}
      </ul>
    );
  }
  const labels: Record<string, string> = {};
  for (const domain of needDomains) {
    labels[`level.${domain}`] = t('needs.levelOf', { domain: t(`needs.domain.${domain}`) });
    labels[`notes.${domain}`] = t('needs.notesOf', { domain: t(`needs.domain.${domain}`) });
  }
  return (
    <>
      <p>{t('needs.intro')}</p>
      <FormShell
        key={save.round}
        errorState={save.errorState}
        labels={labels}
        submitLabel={t('needs.save')}
        isPending={save.mutation.isPending}
        onSubmit={(data) =>
          save.mutation.mutate(
            needDomains.map((domain) => ({
              domain,
              level: text(data, `level.${domain}`) || 'none',
              notes: text(data, `notes.${domain}`),
            })),
          )
        }
      >
        {needDomains.map((domain) => (
          <fieldset key={domain} className="fieldset">
            <legend>{t(`needs.domain.${domain}`)}</legend>
            <SelectInput
              name={`level.${domain}`}
              label={labels[`level.${domain}`] ?? ''}
              placeholder={t('form.choose')}
              options={needLevels.map((level) => ({ id: level, label: t(`needs.level.${level}`) }))}
              defaultValue={current.get(domain)?.level ?? 'none'}
            />
            <TextAreaInput
              name={`notes.${domain}`}
              label={labels[`notes.${domain}`] ?? ''}
              defaultValue={current.get(domain)?.notes ?? ''}
            />
          </fieldset>
        ))}
      </FormShell>
      <p role="status" className="status">
        {save.message}
      </p>
    </>
  );
}
