import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, SelectInput, TextInput } from '../forms/fields';
import { type FormErrorState, requireFields } from '../forms/useFormErrors';
import { languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { listNetworks } from '../networks/api';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { useRegionOptions } from '../regions/api';
import {
  type AgeBand,
  type Programme,
  type ProgrammeInput,
  policySignificances,
  programmeStatuses,
} from './api';
import { type Participant, ParticipantsField } from './ParticipantsField';
import { SectorsField, sectorRows, sectorsFrom } from './SectorsField';
import { TranslatedFields, translatedLabels, wordsFrom } from './TranslatedFields';
import { useManagedOrganisations } from './useProgramme';

const noNetwork = 'none';
const disabilityMarker = '11';

export function ageBandsText(bands: AgeBand[]): string {
  return bands.map((b) => (b.to === null ? `${b.from}+` : `${b.from}-${b.to}`)).join(', ');
}

/** "0-4, 5-17, 60+" as bands; anything unreadable is sent as it is, for the API to name the problem. */
function parseAgeBands(value: string): AgeBand[] {
  return value
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((part) => {
      const open = /^(\d+)\+$/.exec(part);
      if (open) return { from: Number(open[1]), to: null };
      const [from, to] = part.split(/[-–]/);
      return { from: Number(from), to: Number(to) };
    });
}

const numberOrNull = (value: string) =>
  value === '' ? null : Number(value.replace(/\s/g, '').replace(',', '.'));

interface Props {
  programme?: Programme;
  errorState: FormErrorState;
  submitLabel: string;
  isPending: boolean;
  onSave: (input: ProgrammeInput) => void;
}

/** New and edit share one form; field names follow the API's so its per-field errors land in place. */
export function ProgrammeForm({ programme, errorState, submitLabel, isPending, onSave }: Props) {
  const t = useT();
  const regions = useRegionOptions();
  const managed = useManagedOrganisations();
  // A platform administrator may start a programme for any organisation, so finds it by name.
  const session = useSignedInSession();
  const networks = useQuery({ queryKey: ['networks', 'all'], queryFn: () => listNetworks(null) });
  const [participants, setParticipants] = useState<Participant[]>(
    programme?.participants.map(({ organisationId, role }) => ({ organisationId, role })) ?? [],
  );
  const labels: Record<string, string> = {
    ...translatedLabels('title', t('programmes.field.title'), t),
    ...translatedLabels('description', t('programmes.field.description'), t),
    ownerOrganisationId: t('programmes.field.owner'),
    status: t('programmes.field.status'),
    startDate: t('programmes.field.startDate'),
    endDate: t('programmes.field.endDate'),
    budget: t('programmes.field.budget'),
    currency: t('programmes.field.currency'),
    iatiIdentifier: t('programmes.field.iati'),
    networkId: t('programmes.field.network'),
    regionIds: t('programmes.field.regions'),
    sectors: t('programmes.field.sectors'),
    policyMarkers: t('programmes.field.disabilityMarker'),
    suppressBelow: t('programmes.field.suppressBelow'),
    ageBands: t('programmes.field.ageBands'),
  };

  function submit(data: FormData) {
    const significance = text(data, 'disabilityMarker');
    const input: ProgrammeInput = {
      title: wordsFrom(data, 'title'),
      description: wordsFrom(data, 'description'),
      ownerOrganisationId: programme?.ownerOrganisationId ?? text(data, 'ownerOrganisationId'),
      networkId: text(data, 'networkId') === noNetwork ? null : text(data, 'networkId') || null,
      iatiIdentifier: text(data, 'iatiIdentifier') || null,
      status: text(data, 'status') as ProgrammeInput['status'],
      startDate: text(data, 'startDate'),
      endDate: text(data, 'endDate'),
      budget: numberOrNull(text(data, 'budget')),
      currency: text(data, 'currency').toUpperCase(),
      participants,
      regionIds: data.getAll('regionIds').map(String),
      sectors: sectorsFrom(data),
      policyMarkers:
        significance === '' ? [] : [{ code: disabilityMarker, significance: Number(significance) }],
      suppressBelow: Number(text(data, 'suppressBelow') || 0),
      ageBands: parseAgeBands(text(data, 'ageBands')),
    };
    const required = ['ownerOrganisationId', 'status', 'startDate', 'endDate', 'currency'];
    const flat: Record<string, unknown> = { ...input };
    for (const language of languages) flat[`title.${language}`] = input.title[language];
    const missing = requireFields(
      flat,
      [...required, ...languages.map((l) => `title.${l}`)],
      t('form.required'),
    );
    if (Object.keys(missing).length) return errorState.fail({ message: null, fields: missing });
    onSave(input);
  }

  const marker = programme?.policyMarkers.find((m) => m.code === disabilityMarker);
  return (
    <FormShell
      errorState={errorState}
      labels={labels}
      submitLabel={submitLabel}
      isPending={isPending}
      onSubmit={submit}
    >
      {!programme && session.user.platformAdmin && (
        <OrganisationPicker name="ownerOrganisationId" label={labels.ownerOrganisationId ?? ''} isRequired />
      )}
      {!programme && !session.user.platformAdmin && (
        <SelectInput
          name="ownerOrganisationId"
          label={labels.ownerOrganisationId ?? ''}
          placeholder={t('form.choose')}
          options={managed.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
          defaultValue={managed.length === 1 ? managed[0]?.organisationId : null}
          isRequired
        />
      )}
      <TranslatedFields
        name="title"
        label={t('programmes.field.title')}
        defaultValue={programme?.title}
        isRequired
      />
      <TranslatedFields
        name="description"
        label={t('programmes.field.description')}
        defaultValue={programme?.description}
        multiline
      />
      <SelectInput
        name="status"
        label={labels.status ?? ''}
        placeholder={t('form.choose')}
        options={programmeStatuses.map((s) => ({ id: s, label: t(`programmes.status.${s}`) }))}
        defaultValue={programme?.status ?? 'pipeline'}
        isRequired
      />
      <div className="inline-fields">
        <TextInput
          name="startDate"
          type="date"
          label={labels.startDate ?? ''}
          defaultValue={programme?.startDate}
          isRequired
        />
        <TextInput
          name="endDate"
          type="date"
          label={labels.endDate ?? ''}
          defaultValue={programme?.endDate}
          isRequired
        />
      </div>
      <div className="inline-fields">
        <TextInput
          name="budget"
          label={labels.budget ?? ''}
          inputMode="numeric"
          defaultValue={
            programme?.budget === null || programme?.budget === undefined ? '' : String(programme.budget)
          }
        />
        <TextInput
          name="currency"
          label={labels.currency ?? ''}
          description={t('programmes.field.currencyHelp')}
          defaultValue={programme?.currency ?? 'KGS'}
          maxLength={3}
          isRequired
        />
      </div>
      <TextInput
        name="iatiIdentifier"
        label={labels.iatiIdentifier ?? ''}
        description={t('programmes.field.iatiHelp')}
        defaultValue={programme?.iatiIdentifier ?? ''}
      />
      <SelectInput
        key={`network-${networks.data?.items.length ?? 0}`}
        name="networkId"
        label={labels.networkId ?? ''}
        placeholder={t('form.choose')}
        options={[
          { id: noNetwork, label: t('programmes.field.noNetwork') },
          ...(networks.data?.items ?? []).map((n) => ({ id: n.id, label: n.name })),
        ]}
        defaultValue={programme?.networkId ?? noNetwork}
      />
      <ParticipantsField value={participants} onChange={setParticipants} />
      {regions.options.length > 0 && (
        <CheckboxGroupInput
          name="regionIds"
          label={labels.regionIds ?? ''}
          options={regions.options}
          defaultValue={programme?.regionIds ?? []}
        />
      )}
      <SectorsField initial={sectorRows(programme?.sectors ?? [])} />
      <SelectInput
        name="disabilityMarker"
        label={labels.policyMarkers ?? ''}
        placeholder={t('form.choose')}
        options={policySignificances.map((s) => ({
          id: String(s),
          label: t(`programmes.significance.${s}`),
        }))}
        defaultValue={marker ? String(marker.significance) : null}
      />
      <div className="inline-fields">
        <TextInput
          name="suppressBelow"
          label={labels.suppressBelow ?? ''}
          description={t('programmes.field.suppressBelowHelp')}
          inputMode="numeric"
          defaultValue={String(programme?.suppressBelow ?? 5)}
        />
        <TextInput
          name="ageBands"
          label={labels.ageBands ?? ''}
          description={t('programmes.field.ageBandsHelp')}
          defaultValue={ageBandsText(
            programme?.ageBands ?? [
              { from: 0, to: 4 },
              { from: 5, to: 17 },
              { from: 18, to: 29 },
              { from: 30, to: 59 },
              { from: 60, to: null },
            ],
          )}
        />
      </div>
    </FormShell>
  );
}
