/**
 * Programs some tests read their results with, which npm cannot install: tesseract (OCR of the
 * social cards, tests/unit/cards-ocr.test.ts) and pdftotext (the printed page, print-pdf.spec.ts).
 * .ci/run and the check workflow install them with apt-get. Node only: Vitest and Playwright
 * both use it (tools.ts turns a problem into a Playwright skip or failure).
 */
import { spawnSync } from 'node:child_process';

const INSTALL: Record<string, string> = {
  tesseract: 'apt-get install tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz (Debian/Ubuntu; .ci/run does this), or brew install tesseract tesseract-lang (macOS)',
  pdftotext: 'apt-get install poppler-utils (Debian/Ubuntu; .ci/run does this), or brew install poppler (macOS)',
};

/** What `program args` prints (stdout and stderr), or undefined when it cannot be run. */
function output(program: string, args: string[]): string | undefined {
  const run = spawnSync(program, args, { encoding: 'utf8' });
  return run.error ? undefined : `${run.stdout}\n${run.stderr}`;
}

/** Why the OCR tests cannot run here, or undefined: tesseract with English, Russian and Kazakh data. */
export function tesseractProblem(): string | undefined {
  const langs = output('tesseract', ['--list-langs']);
  if (langs === undefined) return `tesseract is not installed, so the social cards cannot be read back. Install it: ${INSTALL.tesseract}.`;
  const have = langs.split('\n').map((l) => l.trim());
  const missing = ['eng', 'rus', 'kaz'].filter((l) => !have.includes(l));
  return missing.length ? `tesseract has no language data for ${missing.join(', ')}. Install it: ${INSTALL.tesseract}.` : undefined;
}

/** Why the PDF tests cannot run here, or undefined. */
export function pdftotextProblem(): string | undefined {
  return output('pdftotext', ['-v']) === undefined ? `pdftotext is not installed, so the printed page cannot be read back. Install it: ${INSTALL.pdftotext}.` : undefined;
}
