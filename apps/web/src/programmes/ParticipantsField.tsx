import { useState } from 'react';
import { Button } from 'react-aria-components';
import { SelectInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { participantRoles } from './api';

export interface Participant {
  organisationId: string;
  role: (typeof participantRoles)[number];
}

/** Donors and implementers: each organisation with its IATI role; added one at a time, removed by a button. */
export function ParticipantsField({
  value,
  onChange,
}: {
  value: Participant[];
  onChange: (next: Participant[]) => void;
}) {
  const t = useT();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>('funding');
  const [round, setRound] = useState(0);
  return (
    <fieldset className="fieldset">
      <legend>{t('programmes.field.participants')}</legend>
      {value.length === 0 ? (
        <p>{t('programmes.participants.none')}</p>
      ) : (
        <ul className="card-list">
          {value.map((p) => (
            <li key={`${p.organisationId}-${p.role}`} className="card card--row">
              <span>
                <OrganisationName id={p.organisationId} /> · {t(`programmes.role.${p.role}`)}
              </span>
              <Button className="button" onPress={() => onChange(value.filter((other) => other !== p))}>
                {t('programmes.participants.remove')}
                <span className="visually-hidden">
                  {' '}
                  <OrganisationName id={p.organisationId} />
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-fields" key={round}>
        <OrganisationPicker
          name="participantOrganisation"
          label={t('programmes.participants.organisation')}
          onChange={setOrganisationId}
        />
        <SelectInput
          name="participantRole"
          label={t('programmes.participants.role')}
          placeholder={t('form.choose')}
          options={participantRoles.map((r) => ({ id: r, label: t(`programmes.role.${r}`) }))}
          value={role}
          onChange={setRole}
        />
        <Button
          className="button"
          isDisabled={!organisationId || !role}
          onPress={() => {
            if (!organisationId || !role) return;
            const next = { organisationId, role: role as Participant['role'] };
            if (!value.some((p) => p.organisationId === next.organisationId && p.role === next.role))
              onChange([...value, next]);
            setOrganisationId(null);
            setRound((n) => n + 1);
          }}
        >
          {t('programmes.participants.add')}
        </Button>
      </div>
    </fieldset>
  );
}
