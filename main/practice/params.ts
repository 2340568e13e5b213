/**
 * Request parameters the way Graph reads them: URL query, then a form,
 * multipart or JSON body on top (graph-api.md §2.3 lists all three for POST
 * assigned_users; DELETE may carry `user` in the body too).
 */
export type Params = Map<string, unknown>;

export function paramsFromQuery(query: URLSearchParams): Params {
  return new Map(query);
}

/** Merges a request body into the query parameters; a body that cannot be read adds nothing. */
export async function withBody(params: Params, body: Buffer, contentType: string | undefined): Promise<Params> {
  if (body.length === 0) return params;
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        Object.entries(parsed).forEach(([key, value]) => params.set(key, value));
      }
    } catch {
      // Not JSON after all: Graph ignores what it cannot read, and so do we.
    }
    return params;
  }
  if (type.startsWith('multipart/form-data') && contentType) {
    try {
      // The global Response parses multipart bodies; curl -F (Meta's examples) sends these.
      const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
      form.forEach((value, key) => {
        if (typeof value === 'string') params.set(key, value);
      });
    } catch {
      // Malformed multipart: ignored like other unreadable bodies.
    }
    return params;
  }
  new URLSearchParams(body.toString('utf8')).forEach((value, key) => params.set(key, value));
  return params;
}

/** A parameter as a string (JSON bodies may hold numbers); undefined when absent or empty. */
export function stringParam(params: ReadonlyMap<string, unknown>, name: string): string | undefined {
  const value = params.get(name);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
