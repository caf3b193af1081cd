/** Strings of the panels feature. Keep keys prefixed with 'panels.'. */
export const it = {
  'panels.placeholder': '',
};

export const en: Record<keyof typeof it, string> = {
  'panels.placeholder': '',
};
