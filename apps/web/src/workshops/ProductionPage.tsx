import { useQuery } from '@tanstack/react-query';
import { FormattedDate, FormattedNumber } from 'react-intl';
import { Link, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { DataTable } from '../shell/DataTable';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { getProduction, getTotals, getWorkshop, recordProduction, workshopKey } from './api';
import { Quantity, useProductName } from './format';
import { ProductFields, productLabels, productValues } from './ProductFields';
import { useWorkshopAction } from './useWorkshopAction';

/** The production log, a form to add to it, and the totals per product and year. */
export function ProductionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const productName = useProductName();
  const file = useQuery({ queryKey: workshopKey(id), queryFn: () => getWorkshop(id) });
  const log = useQuery({ queryKey: [...workshopKey(id), 'production'], queryFn: () => getProduction(id) });
  const name = file.data?.workshop.name ?? '';
  return (
    <QueryState query={file}>
      <PageHeading title={t('workshops.production.heading', { name })} />
      <p>
        <Link to={`/workshops/${id}`}>{t('workshops.back', { name })}</Link>
      </p>
      {file.data?.abilities.recordProduction && <ProductionForm workshopId={id} />}
      <Totals workshopId={id} />
      <section className="section" aria-labelledby="production-log">
        <h2 id="production-log">{t('workshops.production.log')}</h2>
        <QueryState query={log}>
          {(log.data?.items ?? []).length === 0 ? (
            <p>{t('workshops.production.none')}</p>
          ) : (
            <DataTable id="production-caption" caption={t('workshops.production.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('workshops.date')}</th>
                  <th scope="col">{t('workshops.product.label')}</th>
                  <th scope="col">{t('workshops.quantity')}</th>
                  <th scope="col">{t('workshops.recordedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data?.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <FormattedDate value={r.producedOn} dateStyle="medium" timeZone="UTC" />
                    </td>
                    <td>{productName(r.product)}</td>
                    <td>
                      <Quantity quantity={r.quantity} unit={r.unit} />
                    </td>
                    <td>{r.recordedBy ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </QueryState>
      </section>
    </QueryState>
  );
}

function ProductionForm({ workshopId }: { workshopId: string }) {
  const t = useT();
  const add = useWorkshopAction(
    workshopId,
    (body: Record<string, unknown>) => recordProduction(workshopId, body),
    t('workshops.production.added'),
  );
  const labels = { ...productLabels(t), producedOn: t('workshops.date') };
  return (
    <section className="section" aria-labelledby="production-add">
      <h2 id="production-add">{t('workshops.production.add')}</h2>
      <p role="status" className="status">
        {add.message}
      </p>
      <FormShell
        key={add.round}
        errorState={add.errorState}
        labels={labels}
        submitLabel={t('workshops.production.submit')}
        isPending={add.mutation.isPending}
        onSubmit={(data) => {
          const values = { producedOn: text(data, 'producedOn'), ...productValues(data) };
          const missing = requireFields(values, Object.keys(values), t('form.required'));
          if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
          add.mutation.mutate({ ...values, quantity: Number(values.quantity) });
        }}
      >
        <TextInput
          name="producedOn"
          type="date"
          label={labels.producedOn}
          defaultValue={localToday()}
          isRequired
        />
        <ProductFields />
      </FormShell>
    </section>
  );
}

/** Produced and sold per product and year, as a table; sales per currency. */
function Totals({ workshopId }: { workshopId: string }) {
  const t = useT();
  const productName = useProductName();
  const totals = useQuery({
    queryKey: [...workshopKey(workshopId), 'totals'],
    queryFn: () => getTotals(workshopId),
  });
  const rows = totals.data?.produced ?? [];
  const sold = totals.data?.sold ?? [];
  return (
    <section className="section" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('workshops.totals.title')}</h2>
      <QueryState query={totals}>
        {rows.length === 0 && sold.length === 0 ? (
          <p>{t('workshops.production.none')}</p>
        ) : (
          <DataTable id="totals-caption" caption={t('workshops.totals.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('workshops.totals.year')}</th>
                <th scope="col">{t('workshops.product.label')}</th>
                <th scope="col">{t('workshops.totals.produced')}</th>
                <th scope="col">{t('workshops.totals.sold')}</th>
                <th scope="col">{t('workshops.totals.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const sales = sold.filter(
                  (s) => s.year === r.year && s.product === r.product && s.unit === r.unit,
                );
                return (
                  <tr key={`${r.year}-${r.product}-${r.unit}`}>
                    <th scope="row">{r.year}</th>
                    <td>{productName(r.product)}</td>
                    <td>
                      <Quantity quantity={r.quantity} unit={r.unit} />
                    </td>
                    <td>
                      {sales.length === 0 ? (
                        '—'
                      ) : (
                        <Quantity quantity={sales.reduce((sum, s) => sum + s.quantity, 0)} unit={r.unit} />
                      )}
                    </td>
                    <td>
                      {sales.length === 0
                        ? '—'
                        : sales.map((s) => (
                            <span key={s.currency}>
                              <FormattedNumber value={s.amount} style="currency" currency={s.currency} />{' '}
                            </span>
                          ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}
