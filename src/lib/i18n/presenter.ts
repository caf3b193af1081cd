/** Strings of the presenter feature. Keep keys prefixed with 'presenter.'. */
export const it = {
  'presenter.placeholder': '',
};

export const en: Record<keyof typeof it, string> = {
  'presenter.placeholder': '',
};
