/**
 * What the printed document may load: nothing from outside. Styles are inline, fonts and
 * images come as data: URIs, and nothing runs, frames, submits or navigates.
 */
export const DOCUMENT_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data:",
  "font-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * The document with its Content-Security-Policy as the first element of its head, before
 * anything a template wrote, so that the browser applies it to everything that follows.
 */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_POLICY}">`;
  const head = /<head\b[^>]*>/i.exec(html);
  const body = /<body\b/i.exec(html);
  if (head && (!body || head.index < body.index))
    return (
      html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length)
    );
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return html.slice(0, at) + meta + html.slice(at);
}
