import { useState } from 'react';
import { text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { productionUnits, workshopProducts } from './api';

const otherProduct = 'other';

/** A product from the shared list, or in the workshop's own words, with its quantity and unit. */
export function ProductFields() {
  const t = useT();
  const [product, setProduct] = useState<string | null>(null);
  return (
    <>
      <SelectInput
        name="product"
        label={t('workshops.product.label')}
        placeholder={t('form.choose')}
        options={[
          ...workshopProducts.map((p) => ({ id: p, label: t(`workshops.product.${p}`) })),
          { id: otherProduct, label: t('workshops.product.other') },
        ]}
        value={product}
        onChange={setProduct}
        isRequired
      />
      {product === otherProduct && (
        <TextInput name="otherProduct" label={t('workshops.product.otherName')} isRequired />
      )}
      <TextInput name="quantity" label={t('workshops.quantity')} inputMode="numeric" isRequired />
      <SelectInput
        name="unit"
        label={t('workshops.unitLabel')}
        placeholder={t('form.choose')}
        options={productionUnits.map((u) => ({ id: u, label: t(`workshops.unit.${u}`) }))}
        defaultValue="kg"
        isRequired
      />
    </>
  );
}

export const productLabels = (t: (id: string) => string) => ({
  product: t('workshops.product.label'),
  otherProduct: t('workshops.product.otherName'),
  quantity: t('workshops.quantity'),
  unit: t('workshops.unitLabel'),
});

/** The product fields as the API takes them; the product's own words when "other" was chosen. */
export function productValues(data: FormData) {
  const chosen = text(data, 'product');
  return {
    product: chosen === otherProduct ? text(data, 'otherProduct') : chosen,
    quantity: text(data, 'quantity').replace(',', '.'),
    unit: text(data, 'unit'),
  };
}
