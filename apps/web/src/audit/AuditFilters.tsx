import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { text } from '../forms/FormShell';
import { SelectInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { listUsers } from '../users/api';
import { auditActions, type AuditFilters as Filters, recordTypes } from './api';

const anyValue = 'any';
const filterNames = ['recordType', 'action', 'actorId', 'from', 'to'] as const;

interface Props {
  filters: Filters;
  onApply: (filters: URLSearchParams) => void;
}

export function AuditFilters({ filters, onApply }: Props) {
  const t = useT();
  const users = useQuery({ queryKey: ['users', '', 'actors'], queryFn: () => listUsers('', null) });
  const any = { id: anyValue, label: t('filters.any') };

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of filterNames) {
      const value = text(data, name);
      if (value && value !== anyValue) next.set(name, value);
    }
    onApply(next);
  }

  return (
    <div role="search" aria-label={t('filters.label')}>
      <Form className="filters" onSubmit={apply}>
        <SelectInput
          key={`type-${filters.recordType}`}
          name="recordType"
          label={t('audit.recordType')}
          placeholder={t('filters.any')}
          options={[any, ...recordTypes.map((type) => ({ id: type, label: t(`audit.record.${type}`) }))]}
          defaultValue={filters.recordType || anyValue}
        />
        <SelectInput
          key={`action-${filters.action}`}
          name="action"
          label={t('audit.action')}
          placeholder={t('filters.any')}
          options={[any, ...auditActions.map((action) => ({ id: action, label: t(`audit.act.${action}`) }))]}
          defaultValue={filters.action || anyValue}
        />
        <SelectInput
          key={`actor-${filters.actorId}-${users.data?.items.length ?? 0}`}
          name="actorId"
          label={t('audit.actor')}
          placeholder={t('filters.any')}
          options={[any, ...(users.data?.items ?? []).map((user) => ({ id: user.id, label: user.name }))]}
          defaultValue={filters.actorId || anyValue}
        />
        <div className="field">
          <label className="field__label" htmlFor="field-from">
            {t('audit.from')}
          </label>
          <input
            className="field__input"
            id="field-from"
            name="from"
            type="date"
            defaultValue={filters.from}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="field-to">
            {t('audit.to')}
          </label>
          <input className="field__input" id="field-to" name="to" type="date" defaultValue={filters.to} />
        </div>
        <Button type="submit" className="button">
          {t('filters.apply')}
        </Button>
      </Form>
    </div>
  );
}
