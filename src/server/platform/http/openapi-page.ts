import type { OpenApiDocument, OpenApiOperation } from './openapi.ts';

// A plain, script-free page of the API: readable on a slow line, printable, and within the strict
// Content-Security-Policy (its one <style> carries the response's nonce).

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const json = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;

function operation(path: string, method: string, op: OpenApiOperation): string {
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
  const parameters = (op.parameters ?? [])
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ', required' : ''})</li>`,
    )
    .join('');
  const body = op.requestBody?.content
    ? Object.entries(op.requestBody.content)
        .map(([type, media]) => `<h4>Request body <code>${escapeHtml(type)}</code></h4>${json(media.schema)}`)
        .join('')
    : '';
  const responses = Object.entries(op.responses ?? {})
    .map(([status, response]) => {
      const media = Object.entries(response.content ?? {})
        .map(
          ([type, m]) =>
            `<details><summary><code>${escapeHtml(type)}</code></summary>${json(m.schema)}</details>`,
        )
        .join('');
      return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description ?? '')}${media}</li>`;
    })
    .join('');
  return `<section id="${id}" class="op">
  <h3><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
  ${op.summary ? `<p>${escapeHtml(op.summary)}</p>` : ''}${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
  ${parameters ? `<h4>Parameters</h4><ul>${parameters}</ul>` : ''}${body}
  <h4>Responses</h4><ul>${responses}</ul>
</section>`;
}

export function renderApiDocs(doc: OpenApiDocument, nonce: string): string {
  const sections = Object.entries(doc.paths)
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => operation(path, method, op)))
    .join('\n');
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} ${escapeHtml(doc.info.version)}</title>
<style nonce="${nonce}">
body{font-family:system-ui,"Noto Sans",sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#1a1b1e;line-height:1.5}
.op{border-block-start:1px solid #ccc;padding-block:.5rem}.method{background:#1c3d5a;color:#fff;padding:.1rem .4rem;border-radius:.2rem}
pre{background:#f4f5f7;padding:.75rem;overflow:auto;font-size:.85rem}a{color:#1c3d5a}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? '')}</p>
<p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
${sections}
</main>
</body>
</html>`;
}
