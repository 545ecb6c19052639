import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/useT';

/** There is no mail server: the administrator copies the link and sends it by a channel they trust. */
export function OneTimeLink({ path, label }: { path: string; label: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const url = new URL(path, window.location.origin).toString();
  return (
    <div className="one-time-link">
      <p>{label}</p>
      <p>
        <code className="one-time-link__url">{url}</code>
      </p>
      <Button
        className="button"
        onPress={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true));
        }}
      >
        {t('users.copyLink')}
      </Button>
      <p role="status">{copied ? t('users.copied') : ''}</p>
    </div>
  );
}
