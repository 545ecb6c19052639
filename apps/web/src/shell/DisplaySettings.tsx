import { useId, useState } from 'react';
import { useT } from '../i18n/useT';
import { applyDisplay, type DisplayPreferences, storedDisplay } from './display';

/**
 * Before sign-in the choice lives on this device only; the profile page also stores it on the account.
 * Native checkboxes: this sits in the shell's footer, on every first load, where size matters most.
 */
export function DisplaySettings({ onChange }: { onChange?: (preferences: DisplayPreferences) => void }) {
  const t = useT();
  const id = useId();
  const [preferences, setPreferences] = useState(storedDisplay);

  function update(change: Partial<DisplayPreferences>) {
    const next = { ...preferences, ...change };
    setPreferences(next);
    applyDisplay(next);
    onChange?.(next);
  }

  return (
    <fieldset className="display-settings">
      <legend>{t('display.legend')}</legend>
      <div className="native-checkbox">
        <input
          id={`${id}-contrast`}
          type="checkbox"
          checked={preferences.highContrast}
          onChange={(event) => update({ highContrast: event.currentTarget.checked })}
        />
        <label htmlFor={`${id}-contrast`}>{t('display.highContrast')}</label>
      </div>
      <div className="native-checkbox">
        <input
          id={`${id}-large`}
          type="checkbox"
          checked={preferences.largeText}
          onChange={(event) => update({ largeText: event.currentTarget.checked })}
        />
        <label htmlFor={`${id}-large`}>{t('display.largeText')}</label>
      </div>
    </fieldset>
  );
}
