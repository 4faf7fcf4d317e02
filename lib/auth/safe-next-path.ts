// Where to go after signing in. Only a path on this site is accepted, so a crafted link cannot send a user who
// just signed in to another origin (`//evil.example`, `/\evil.example`, `https://…`, `javascript:…`).

/** `value` when it is a same-site absolute path, otherwise `/`. */
export function safeNextPath(value: string | undefined): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  // Browsers treat `\` like `/`, and strip tabs and newlines from URLs, so `/\t/evil` would become `//evil`.
  if (value.includes('\\') || hasControlCharacter(value)) return '/';
  // A path never has a scheme; `/x:y` is fine, but reject anything that parses to another origin.
  try {
    const url = new URL(value, 'http://specboard.invalid');
    if (url.origin !== 'http://specboard.invalid') return '/';
  } catch {
    return '/';
  }
  return value;
}

function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
