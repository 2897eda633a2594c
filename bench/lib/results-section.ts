import { readFile, writeFile } from 'node:fs/promises';

/**
 * Replaces one bench's section of bench/RESULTS.md (between `<!-- name -->` and
 * `<!-- /name -->`), or appends it, so several benches share the file without overwriting each
 * other's figures.
 */
export async function writeResultsSection(name: string, text: string): Promise<void> {
  const file = new URL('../RESULTS.md', import.meta.url);
  const old = await readFile(file, 'utf8').catch(() => '');
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const block = `${start}\n${text.trimEnd()}\n${end}`;
  const i = old.indexOf(start);
  const j = old.indexOf(end);
  const next =
    i >= 0 && j > i
      ? old.slice(0, i) + block + old.slice(j + end.length)
      : `${old.trimEnd()}${old ? '\n\n' : ''}${block}\n`;
  await writeFile(file, next);
}
