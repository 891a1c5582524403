// Parses an AsyncAPI document with the official parser (which also validates it against the AsyncAPI JSON Schema
// of its version, @asyncapi/specs, and applies its own rules); prints every diagnostic, exits 1 on any error.
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';

const file = process.argv[2];
const severities = ['error', 'warning', 'info', 'hint'];
const parser = new Parser();
const { document, diagnostics } = await parser.parse(readFileSync(file, 'utf8'), { source: file });
const counts = { error: 0, warning: 0, info: 0, hint: 0 };
for (const d of diagnostics) {
  const severity = severities[d.severity] ?? String(d.severity);
  counts[severity] = (counts[severity] ?? 0) + 1;
  console.log(`${severity} ${d.code} at ${d.path.join('.')}: ${d.message}`);
}
console.log(`asyncapi-parser: ${file}: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos, `
  + `${counts.hint} hints; channels ${document ? document.channels().length : 0}, `
  + `messages ${document ? document.components().messages().length : 0}`);
process.exit(document && counts.error === 0 ? 0 : 1);
