import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiError } from '../api/client';
import { useSignedInSession } from '../auth/session';
import { useLanguage } from '../i18n/LanguageProvider';
import { useT } from '../i18n/useT';
import { type ActivityDetail, deleteMaterial, materialLink, maxMaterialBytes, uploadMaterial } from './api';

export function Materials({ activity }: { activity: ActivityDetail }) {
  const t = useT();
  const intl = useIntl();
  const session = useSignedInSession();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['activity', activity.id] });
  const fail = (error: unknown) =>
    setMessage(error instanceof ApiError ? error.message : t('form.unexpectedError'));
  const upload = useMutation({
    mutationFn: (file: File) => uploadMaterial(activity.id, file, session.csrfToken, language),
    onSuccess: () => {
      setMessage(t('activities.materials.uploaded'));
      void refresh();
    },
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (id: string) => deleteMaterial(activity.id, id),
    onSuccess: () => void refresh(),
    onError: fail,
  });
  const size = (bytes: number) =>
    intl.formatNumber(bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="materials-heading">
      <h2 id="materials-heading">{t('activities.materials.title')}</h2>
      {activity.materials.length === 0 ? (
        <p>{t('activities.materials.none')}</p>
      ) : (
        <ul className="card-list">
          {activity.materials.map((m) => (
            <li key={m.id} className="card">
              <a href={materialLink(activity.id, m.id)} download={m.name}>
                {m.name}
              </a>{' '}
              <span>({size(m.size)})</span>{' '}
              {activity.abilities.manageMaterials && (
                <button type="button" className="button" onClick={() => remove.mutate(m.id)}>
                  {t('activities.materials.delete', { name: m.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status">{message}</p>
      {activity.abilities.manageMaterials && (
        <div className="field">
          <label className="field__label" htmlFor="material-file">
            {t('activities.materials.upload')}
          </label>
          <p className="field__description" id="material-help">
            {t('activities.materials.limit', { megabytes: maxMaterialBytes / 1024 / 1024 })}
          </p>
          <input
            id="material-file"
            type="file"
            className="field__input"
            aria-describedby="material-help"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) upload.mutate(file);
              event.target.value = '';
            }}
          />
        </div>
      )}
    </section>
  );
}
