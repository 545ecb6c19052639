/**
 * Where registered persons with disabilities live: regions weighted by population, with Kazakhstan's
 * ~700,000 and Kyrgyzstan's ~218,000 registered persons setting the split between the countries.
 */
const kyrgyzstan: Record<string, number> = {
  'KG-GB': 1.1,
  'KG-GO': 0.35,
  'KG-C': 1.0,
  'KG-O': 1.4,
  'KG-J': 1.3,
  'KG-B': 0.55,
  'KG-N': 0.3,
  'KG-T': 0.27,
  'KG-Y': 0.5,
};
const kazakhstan: Record<string, number> = {
  'KZ-75': 2.2,
  'KZ-71': 1.4,
  'KZ-79': 1.2,
  'KZ-61': 2.1,
  'KZ-19': 1.5,
  'KZ-31': 1.2,
  'KZ-35': 1.1,
  'KZ-63': 0.73,
  'KZ-15': 0.93,
  'KZ-39': 0.83,
  'KZ-55': 0.75,
  'KZ-43': 0.83,
  'KZ-47': 0.77,
  'KZ-23': 0.69,
  'KZ-27': 0.69,
  'KZ-11': 0.79,
  'KZ-59': 0.53,
  'KZ-10': 0.6,
  'KZ-33': 0.7,
  'KZ-62': 0.22,
};

function shares(weights: Record<string, number>, countryShare: number) {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return Object.entries(weights).map(([code, w]) => ({ code, share: (w / total) * countryShare }));
}

export const regionShares = [...shares(kyrgyzstan, 218 / 918), ...shares(kazakhstan, 700 / 918)];
