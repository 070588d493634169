/**
 * Reads a `_headers` file (the Netlify / Cloudflare Pages format public/_headers uses) and says
 * which headers a URL path gets, so the local server used by Lighthouse and the tests serves the
 * site with the same headers a host would.
 *
 *   /*
 *     X-Content-Type-Options: nosniff
 *
 * A line at column 0 is a path pattern ("*" matches any run of characters); the indented
 * "Name: value" lines under it apply to every path it matches. "#" starts a comment line.
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** The rules in a _headers file, in file order; throws naming the line when one is malformed. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path, found "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Whether `pattern` ("/*", "/_astro/*", "/about/") matches the URL path. */
export function patternMatches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/** Every header that applies to `path`, in file order (a name may repeat, as hosts send it). */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => patternMatches(rule.pattern, path)).flatMap((rule) => rule.headers);
}
