/** Strings of the explorer feature. Keep keys prefixed with 'explorer.'. */
export const it = {
  'explorer.placeholder': '',
};

export const en: Record<keyof typeof it, string> = {
  'explorer.placeholder': '',
};
