import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/useT';

/** The only way back to the answer: shown large, with a copy button and plain advice to keep it. */
export function PrivateLink({ token }: { token: string }) {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const url = new URL(`/ask/${encodeURIComponent(token)}`, window.location.origin).toString();
  return (
    <section className="private-link" aria-labelledby="private-link-title">
      <h2 id="private-link-title">{t('ask.link.title')}</h2>
      <p>{t('ask.link.explain')}</p>
      <p>
        <code className="private-link__url" data-private-link>
          {url}
        </code>
      </p>
      <Button
        className="button button--primary"
        onPress={() => {
          const copy = navigator.clipboard?.writeText(url);
          if (!copy) {
            setCopied('no');
            return;
          }
          copy.then(
            () => setCopied('yes'),
            () => setCopied('no'),
          );
        }}
      >
        {t('ask.link.copy')}
      </Button>
      <p role="status">
        {copied === 'yes' ? t('ask.link.copied') : copied === 'no' ? t('ask.link.copyFailed') : ''}
      </p>
      <ul>
        <li>{t('ask.link.keep')}</li>
        <li>{t('ask.link.private')}</li>
      </ul>
    </section>
  );
}
