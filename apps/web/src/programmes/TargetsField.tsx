import { useState } from 'react';
import { Button } from 'react-aria-components';
import { TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import type { Target } from './api';
import { dayAfter, dayBefore } from './format';

interface Row {
  key: number;
  from: string;
  to: string;
  value: string;
}

let nextKey = 1;

/** Targets by period, each from its first to its last day as donors write them; the API keeps [start, end). */
export function TargetsField({
  initial,
  programme,
}: {
  initial: Target[];
  programme: { startDate: string; endDate: string };
}) {
  const t = useT();
  const [rows, setRows] = useState<Row[]>(() =>
    initial.map((target) => ({
      key: nextKey++,
      from: target.periodStart,
      to: dayBefore(target.periodEnd),
      value: String(target.value),
    })),
  );
  return (
    <fieldset className="fieldset">
      <legend>{t('programmes.targets.legend')}</legend>
      {rows.map((row, index) => (
        <div
          className="inline-fields"
          key={row.key}
          id={`field-targets-${index}`}
          data-field={`targets.${index}`}
        >
          <TextInput
            name={`targets.${index}.from`}
            type="date"
            label={t('programmes.targets.from', { n: index + 1 })}
            defaultValue={row.from}
          />
          <TextInput
            name={`targets.${index}.to`}
            type="date"
            label={t('programmes.targets.to', { n: index + 1 })}
            defaultValue={row.to}
          />
          <TextInput
            name={`targets.${index}.value`}
            label={t('programmes.targets.value', { n: index + 1 })}
            defaultValue={row.value}
            inputMode="numeric"
          />
          <Button className="button" onPress={() => setRows(rows.filter((r) => r.key !== row.key))}>
            {t('programmes.targets.remove', { n: index + 1 })}
          </Button>
        </div>
      ))}
      <Button
        className="button"
        onPress={() =>
          setRows([...rows, { key: nextKey++, from: programme.startDate, to: programme.endDate, value: '' }])
        }
      >
        {t('programmes.targets.add')}
      </Button>
    </fieldset>
  );
}

export function targetsFrom(data: FormData): Target[] {
  const targets: Target[] = [];
  for (let index = 0; data.has(`targets.${index}.value`); index++) {
    const from = String(data.get(`targets.${index}.from`) ?? '');
    const to = String(data.get(`targets.${index}.to`) ?? '');
    const value = String(data.get(`targets.${index}.value`) ?? '').trim();
    if (!from && !to && !value) continue;
    targets.push({
      periodStart: from,
      periodEnd: to ? dayAfter(to) : '',
      value: Number(value.replace(',', '.')),
    });
  }
  return targets;
}
