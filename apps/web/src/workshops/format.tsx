import { FormattedNumber } from 'react-intl';
import { useT } from '../i18n/useT';
import { workshopProducts } from './api';

/** A product of the shared list in the reader's language; one written in a workshop's own words as written. */
export function useProductName() {
  const t = useT();
  return (product: string) =>
    (workshopProducts as readonly string[]).includes(product) ? t(`workshops.product.${product}`) : product;
}

export function Quantity({ quantity, unit }: { quantity: number; unit: string }) {
  const t = useT();
  return (
    <>
      <FormattedNumber value={quantity} maximumFractionDigits={2} /> {t(`workshops.unit.${unit}`)}
    </>
  );
}
