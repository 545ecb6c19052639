/** High contrast and larger text: classes on <html>, remembered on the device so they apply before sign-in. */

export interface DisplayPreferences {
  highContrast: boolean;
  largeText: boolean;
}

const storageKey = 'birge.display';

export function storedDisplay(): DisplayPreferences {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Partial<DisplayPreferences>;
    return { highContrast: value.highContrast === true, largeText: value.largeText === true };
  } catch {
    return { highContrast: false, largeText: false };
  }
}

export function applyDisplay(preferences: DisplayPreferences): void {
  const root = document.documentElement.classList;
  root.toggle('high-contrast', preferences.highContrast);
  root.toggle('large-text', preferences.largeText);
  localStorage.setItem(storageKey, JSON.stringify(preferences));
}
