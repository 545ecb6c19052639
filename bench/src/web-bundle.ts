import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript and CSS a first visit downloads: the entry, what it preloads, and its styles, gzipped. */
export function firstLoadBytes(dist: string) {
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) return null;
  const html = readFileSync(indexPath, 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(js|css))"/g)];
  let js = 0;
  let css = 0;
  for (const [, path = '', kind] of assets) {
    const size = gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
    if (kind === 'js') js += size;
    else css += size;
  }
  return { js, css };
}
