/**
 * A phone number in full international digits, so that the ways Kyrgyz and Kazakh numbers are written
 * ("0555 12 34 56", "+996 555 123 456", "8 701 234 56 78") compare equal. Kyrgyzstan dials 0 before the
 * nine-digit national number; Kazakhstan, as in the old Soviet plan, dials 8 before its ten digits.
 */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '').replace(/^00/, '');
  // The trunk 0 kept after the country code, as people often write it: +996 0555 …
  if (/^9960\d{9}$/.test(digits)) return `996${digits.slice(4)}`;
  if (/^0\d{9}$/.test(digits)) return `996${digits.slice(1)}`;
  // Without any prefix: nine digits are a Kyrgyz number, ten starting with 7 a Kazakh one.
  if (/^\d{9}$/.test(digits)) return `996${digits}`;
  if (/^8\d{10}$/.test(digits)) return `7${digits.slice(1)}`;
  if (/^7\d{9}$/.test(digits)) return `7${digits}`;
  return digits;
}
