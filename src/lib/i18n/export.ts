/** Strings of the export feature. Keep keys prefixed with 'export.'. */
export const it = {
  'export.placeholder': '',
};

export const en: Record<keyof typeof it, string> = {
  'export.placeholder': '',
};
