import { useQuery } from '@tanstack/react-query';
import { FormattedDate, FormattedNumber } from 'react-intl';
import { Link, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { DataTable } from '../shell/DataTable';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { buyerKinds, getSales, getWorkshop, recordSale, saleCurrencies, workshopKey } from './api';
import { Quantity, useProductName } from './format';
import { ProductFields, productLabels, productValues } from './ProductFields';
import { useWorkshopAction } from './useWorkshopAction';

/** What the workshop sold, to whom and for how much, and a form to record a sale. */
export function SalesPage() {
  const { id = '' } = useParams();
  const t = useT();
  const productName = useProductName();
  const file = useQuery({ queryKey: workshopKey(id), queryFn: () => getWorkshop(id) });
  const sales = useQuery({ queryKey: [...workshopKey(id), 'sales'], queryFn: () => getSales(id) });
  const name = file.data?.workshop.name ?? '';
  return (
    <QueryState query={file}>
      <PageHeading title={t('workshops.sales.heading', { name })} />
      <p>
        <Link to={`/workshops/${id}`}>{t('workshops.back', { name })}</Link>
      </p>
      {file.data?.abilities.recordSale && <SaleForm workshopId={id} />}
      <section className="section" aria-labelledby="sales-log">
        <h2 id="sales-log">{t('workshops.sales.log')}</h2>
        <QueryState query={sales}>
          {(sales.data?.items ?? []).length === 0 ? (
            <p>{t('workshops.sales.none')}</p>
          ) : (
            <DataTable id="sales-caption" caption={t('workshops.sales.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('workshops.date')}</th>
                  <th scope="col">{t('workshops.product.label')}</th>
                  <th scope="col">{t('workshops.quantity')}</th>
                  <th scope="col">{t('workshops.sales.amount')}</th>
                  <th scope="col">{t('workshops.sales.buyer')}</th>
                  <th scope="col">{t('workshops.recordedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {sales.data?.items.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <FormattedDate value={s.soldOn} dateStyle="medium" timeZone="UTC" />
                    </td>
                    <td>{productName(s.product)}</td>
                    <td>
                      <Quantity quantity={s.quantity} unit={s.unit} />
                    </td>
                    <td>
                      <FormattedNumber value={s.amount} style="currency" currency={s.currency} />
                    </td>
                    <td>{t(`workshops.buyer.${s.buyerKind}`)}</td>
                    <td>{s.recordedBy ?? '—'}</td>
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

function SaleForm({ workshopId }: { workshopId: string }) {
  const t = useT();
  const add = useWorkshopAction(
    workshopId,
    (body: Record<string, unknown>) => recordSale(workshopId, body),
    t('workshops.sales.added'),
  );
  const labels = {
    ...productLabels(t),
    soldOn: t('workshops.date'),
    amount: t('workshops.sales.amount'),
    currency: t('workshops.sales.currency'),
    buyerKind: t('workshops.sales.buyer'),
  };
  return (
    <section className="section" aria-labelledby="sale-add">
      <h2 id="sale-add">{t('workshops.sales.add')}</h2>
      <p role="status" className="status">
        {add.message}
      </p>
      <FormShell
        key={add.round}
        errorState={add.errorState}
        labels={labels}
        submitLabel={t('workshops.sales.submit')}
        isPending={add.mutation.isPending}
        onSubmit={(data) => {
          const values = {
            soldOn: text(data, 'soldOn'),
            ...productValues(data),
            amount: text(data, 'amount').replace(',', '.'),
            currency: text(data, 'currency'),
            buyerKind: text(data, 'buyerKind'),
          };
          const missing = requireFields(values, Object.keys(values), t('form.required'));
          if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
          add.mutation.mutate({
            ...values,
            quantity: Number(values.quantity),
            amount: Number(values.amount),
          });
        }}
      >
        <TextInput name="soldOn" type="date" label={labels.soldOn} defaultValue={localToday()} isRequired />
        <ProductFields />
        <TextInput name="amount" label={labels.amount} inputMode="numeric" isRequired />
        <SelectInput
          name="currency"
          label={labels.currency}
          placeholder={t('form.choose')}
          options={saleCurrencies.map((c) => ({ id: c, label: c }))}
          defaultValue="KGS"
          isRequired
        />
        <SelectInput
          name="buyerKind"
          label={labels.buyerKind}
          placeholder={t('form.choose')}
          options={buyerKinds.map((b) => ({ id: b, label: t(`workshops.buyer.${b}`) }))}
          isRequired
        />
      </FormShell>
    </section>
  );
}
