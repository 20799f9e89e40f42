// The benchmark's report: sections of one table each, printed as aligned text and written as
// Markdown. A section is { title, columns: [{ name, align }], rows: [[cell…]], notes: [] }.

const integer = (n) => Math.round(n).toLocaleString('en-US');
const fixed = (n, digits) =>
  n === undefined || Number.isNaN(n)
    ? '—'
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const format = {
  bytes: (n) => (n === undefined ? '—' : integer(n)),
  ratio: (n) => (n === undefined ? '—' : `${fixed(n, 2)}×`),
  ms: (n) => (n === undefined ? '—' : fixed(n, 1)),
  percent: (n) => `${fixed(n * 100, 1)} %`,
  number: (n, digits = 0) => fixed(n, digits),
};

const right = (column) => column.align !== 'left';

/** One section as aligned plain text. */
function textSection({ title, columns, rows, notes = [] }) {
  const widths = columns.map((column, index) =>
    Math.max(column.name.length, ...rows.map((row) => String(row[index]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, index) =>
        right(columns[index])
          ? String(cell).padStart(widths[index])
          : String(cell).padEnd(widths[index]),
      )
      .join('  ')
      .trimEnd();
  return [
    `\n${title}`,
    line(columns.map((column) => column.name)),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
    ...notes.map((note) => `  ${note}`),
  ].join('\n');
}

/** One section as a Markdown table (pipes in cells escaped). */
function markdownSection({ title, columns, rows, notes = [] }) {
  const cell = (value) => String(value).replace(/\|/g, '\\|');
  return [
    `## ${title}`,
    '',
    `| ${columns.map((column) => cell(column.name)).join(' | ')} |`,
    `| ${columns.map((column) => (right(column) ? '---:' : ':---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ...(notes.length ? ['', ...notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n');
}

export const asText = (sections) => sections.map(textSection).join('\n');
export const asMarkdown = (title, sections) =>
  [`# ${title}`, '', ...sections.map(markdownSection)].join('\n');
