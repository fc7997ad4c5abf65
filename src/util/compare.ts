/** Code-unit order, not localeCompare: the same order on every machine and ICU version (a missing value sorts first). */
export const compareText = (a = '', b = ''): number => (a < b ? -1 : a > b ? 1 : 0);
