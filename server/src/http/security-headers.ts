import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The origin a basemap URL loads from, as a CSP source: `https://{a-c}.tile.example.org/{z}/...`
 * becomes `https://*.tile.example.org`. Null when unset or not an http(s) URL.
 */
export function basemapSource(url: string | undefined): string | null {
  const m = /^(https?):\/\/([^/?#]+)/i.exec(url?.trim() ?? '');
  if (!m) return null;
  const host = m[2]!.replace(/^[^.]*\{[^}]*\}[^.]*\./, '*.');
  return host.includes('{') ? null : `${m[1]!.toLowerCase()}://${host}`;
}

/**
 * Security headers (helmet) with a Content-Security-Policy that the two pages we serve satisfy:
 * - the map (MapLibre): its workers start from `blob:` URLs, sprites and canvas images come as
 *   `data:`/`blob:` images, tiles and GraphQL are fetched from this origin (and an optional
 *   basemap's, ATLAS_BASEMAP_URL or VITE_BASEMAP_URL);
 * - the explorer (/graphiql.html, GraphiQL + Monaco): Monaco's workers are same-origin modules
 *   Vite emits, Monaco and GraphiQL add `<style>` elements at run time (style-src
 *   'unsafe-inline'; no script is inline), its codicon font is a file of ours.
 * No inline or eval'd script is allowed; nothing may frame the pages. Plain HTTP on localhost is
 * the default deployment, so requests are not upgraded to https.
 */
export function securityHeaders(env: NodeJS.ProcessEnv = process.env): RequestHandler {
  const basemap = [env.ATLAS_BASEMAP_URL, env.VITE_BASEMAP_URL]
    .map(basemapSource)
    .filter((s): s is string => s != null);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...basemap],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...basemap],
        workerSrc: ["'self'", 'blob:'],
        childSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The map reads no cross-origin resources that would need CORP; keep helmet's default off.
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The security headers of GraphQL's JSON answers, after OWASP's REST Security Cheat Sheet: no
 * page is ever rendered from them (`default-src 'none'`), framed or sniffed as another type, and
 * no other site may embed them (CORP). helmet's other headers (COOP, Origin-Agent-Cluster, DNS
 * prefetch, X-Download-Options, Flash's cross-domain policies, the XSS auditor, the referrer and
 * the map's CSP) govern documents: on a JSON answer of 300 bytes they were 600 bytes every
 * client parsed (issue 14). A flat `[name, value, ...]` list, as `writeHead` takes it.
 */
export const API_SECURITY_HEADERS: readonly string[] = [
  'Content-Security-Policy',
  "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy',
  'same-origin',
  'Strict-Transport-Security',
  'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options',
  'nosniff',
];

/** Express middleware: `API_SECURITY_HEADERS` on every answer of /graphql. */
export const apiSecurityHeaders: RequestHandler = (_req, res, next) => {
  for (let i = 0; i < API_SECURITY_HEADERS.length; i += 2) {
    res.setHeader(API_SECURITY_HEADERS[i]!, API_SECURITY_HEADERS[i + 1]!);
  }
  next();
};
