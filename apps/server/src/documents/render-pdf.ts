import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// Roboto, shipped with pdfmake, has every letter of Kyrgyz and Kazakh Cyrillic (ү ө ң ә ғ қ ұ һ і).
const fontFolder = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
pdfmake.setFonts({
  Roboto: {
    normal: join(fontFolder, 'Roboto-Regular.ttf'),
    bold: join(fontFolder, 'Roboto-Medium.ttf'),
    italics: join(fontFolder, 'Roboto-Italic.ttf'),
    bolditalics: join(fontFolder, 'Roboto-MediumItalic.ttf'),
  },
});
// Documents are built from Birge's own records: no file or address outside the fonts is ever read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(fontFolder));

export const documentStyles: TDocumentDefinitions['styles'] = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
  heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
  label: { bold: true },
  small: { fontSize: 9, color: '#444444' },
};

export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake
    .createPdf({ defaultStyle: { font: 'Roboto', fontSize: 11 }, styles: documentStyles, ...definition })
    .getBuffer();
}
