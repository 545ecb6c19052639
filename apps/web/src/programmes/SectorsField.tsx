import { useState } from 'react';
import { Button } from 'react-aria-components';
import { TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';

export interface SectorRow {
  key: number;
  code: string;
  percentage: string;
}

let nextKey = 1;
export function sectorRows(sectors: { code: string; percentage: number }[]): SectorRow[] {
  return sectors.map((s) => ({ key: nextKey++, code: s.code, percentage: String(s.percentage) }));
}

/** OECD DAC purpose codes with their shares; inputs are named `sectors.<n>.code` as the API names its errors. */
export function SectorsField({ initial }: { initial: SectorRow[] }) {
  const t = useT();
  const [rows, setRows] = useState(initial);
  return (
    <fieldset className="fieldset">
      <legend>{t('programmes.field.sectors')}</legend>
      <p className="field__description">{t('programmes.sectors.help')}</p>
      {rows.map((row, index) => (
        <div className="inline-fields" key={row.key}>
          <TextInput
            name={`sectors.${index}.code`}
            label={t('programmes.sectors.code', { n: index + 1 })}
            defaultValue={row.code}
            inputMode="numeric"
            maxLength={5}
          />
          <TextInput
            name={`sectors.${index}.percentage`}
            label={t('programmes.sectors.percentage', { n: index + 1 })}
            defaultValue={row.percentage}
            inputMode="numeric"
          />
          <Button className="button" onPress={() => setRows(rows.filter((r) => r.key !== row.key))}>
            {t('programmes.sectors.remove', { n: index + 1 })}
          </Button>
        </div>
      ))}
      <Button
        className="button"
        onPress={() => setRows([...rows, { key: nextKey++, code: '', percentage: '' }])}
      >
        {t('programmes.sectors.add')}
      </Button>
    </fieldset>
  );
}

export function sectorsFrom(data: FormData): { code: string; percentage: number }[] {
  const sectors: { code: string; percentage: number }[] = [];
  for (let index = 0; data.has(`sectors.${index}.code`); index++) {
    const code = String(data.get(`sectors.${index}.code`) ?? '').trim();
    const percentage = String(data.get(`sectors.${index}.percentage`) ?? '').trim();
    if (code || percentage) sectors.push({ code, percentage: Number(percentage.replace(',', '.')) });
  }
  return sectors;
}
