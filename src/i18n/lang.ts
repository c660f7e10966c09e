/**
 * The languages of the interface, and the one a user's locale asks for:
 * LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them (`vi_VN.UTF-8`
 * or `vi` means Vietnamese; anything else, or nothing, English).
 */
export const LANGS = ['en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '') ?? '';
  return /^vi(?:[_.@-]|$)/iu.test(locale) ? 'vi' : 'en';
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
