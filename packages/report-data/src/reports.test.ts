// A second report beside the first: the made-up English report of src/fixtures (never
// published), added at run time by `fixtures/test-report.ts` as another package's test would
// add it, read with `{ report }`, and unable to change what the default report says. Each
// test file runs in its own page, so the others never see it.
import { expect } from '@open-wc/testing';
import { formatFigure } from '@relais/core';
import {
  TEST_REPORT_ID as TEST,
  testReport as data,
} from '@relais/report-data/fixtures/test-report.js';
import defaultReport from '../data/monde-social-numerique-2020.json' with { type: 'json' };
import {
  REPORT_IDS,
  getFigure,
  getFigures,
  getPeople,
  getQuote,
  getReport,
  getSource,
  getTheme,
  registerReport,
  type ReportData,
} from './index.js';

describe('a second report, added at run time', () => {
  it('is read by id, while every lookup without one still reads the default report', () => {
    expect(getReport(TEST)?.title.en).to.equal(
      'Rivertown health centres online (a made-up report, for tests)',
    );
    expect(getReport()?.id).to.equal('monde-social-numerique-2020');
    expect(getReport(null)?.id).to.equal('monde-social-numerique-2020');
    expect([...REPORT_IDS]).to.deep.equal(['monde-social-numerique-2020']);
  });

  it('keeps its own figure under an id the default report uses too', () => {
    expect(getFigure('teleconsultations')?.value).to.equal(100);
    expect(getFigure('teleconsultations', { report: TEST })).to.deep.include({
      report: TEST,
      kind: 'multiplier',
      value: 3,
    });
    expect(getFigure('teleconsultations', { report: undefined })?.value).to.equal(100);
    expect(getFigure('teleconsultations', { report: ' ' })?.value).to.equal(100);
    expect(getFigure('eloignes-du-numerique', { report: TEST })).to.equal(undefined);
    expect(getFigure('clinics-online')).to.equal(undefined);
  });

  it('resolves a figure’s source in the figure’s own report', () => {
    const figure = getFigure('clinics-online', { report: TEST })!;
    expect(getSource(figure.source, { report: figure.report })?.name.en).to.equal(
      'Rivertown City Council',
    );
    expect(getSource('rapport', { report: TEST })).to.equal(undefined);
    expect(getSource('report')).to.equal(undefined);
  });

  it('hands out its figures, quote, theme and people, and its figures format as elements show them', () => {
    expect(getFigures({ report: TEST }).map((figure) => figure.id)).to.deep.equal([
      'teleconsultations',
      'clinics-online',
      'telehealth-budget',
      'patients-online',
    ]);
    const text = getFigures({ report: TEST }).map(
      (figure) => formatFigure({ ...figure, unit: figure.unit?.en }, 'en')?.text,
    );
    expect(text).to.deep.equal(['×3', '7 in 12 clinics', '£250,000', '30–45%']);
    expect(getQuote('dana-reyes', { report: TEST })?.originalLang).to.equal('en');
    expect(getQuote('dana-reyes')).to.equal(undefined);
    expect(getTheme('health', { report: TEST })?.name.en).to.equal('Health');
    expect(getPeople({ report: TEST }).map((person) => person.id)).to.deep.equal(['sam-okafor']);
    expect(getPeople({ report: TEST, include: 'all' })).to.have.length(2);
    expect(getPeople({ report: TEST, ids: ['dana-reyes', 'benjamin-bitane'] })).to.have.length(1);
    expect(getPeople()).to.have.length(9);
  });

  it('finds nothing in a report that does not exist, an inherited key included', () => {
    for (const report of ['nope', '__proto__', 'constructor', 'toString']) {
      expect(getReport(report), report).to.equal(undefined);
      expect(getFigure('teleconsultations', { report }), report).to.equal(undefined);
      expect(getSource('rapport', { report }), report).to.equal(undefined);
      expect(getPeople({ report, include: 'all' }), report).to.deep.equal([]);
      expect(getFigures({ report }), report).to.deep.equal([]);
    }
  });

  it('refuses a report that would replace another, and says which', () => {
    expect(() => registerReport(data)).to.throw(
      `registerReport: a report "${TEST}" exists already; a report cannot replace another: give it its own id.`,
    );
    // The case: a copy of the data that says something else for « 13 millions ».
    const copy = structuredClone(defaultReport) as ReportData;
    copy.figures[1] = { ...copy.figures[1]!, value: 14_000_000 };
    expect(() => registerReport(copy)).to.throw(/a report "monde-social-numerique-2020" exists/);
    expect(getFigure('eloignes-du-numerique')?.value).to.equal(13_000_000);
  });

  it('refuses a report whose ids repeat or whose records belong elsewhere, and keeps nothing of it', () => {
    const repeated = structuredClone(data);
    repeated.report = { ...repeated.report, id: 'repeated-2031' };
    for (const list of [repeated.sources, repeated.themes, repeated.quotes, repeated.people]) {
      for (const record of list) record.report = 'repeated-2031';
    }
    repeated.figures = [
      { ...repeated.figures[0]!, report: 'repeated-2031' },
      { ...repeated.figures[0]!, report: 'repeated-2031' },
      { ...repeated.figures[1]!, report: TEST },
    ];
    expect(() => registerReport(repeated)).to.throw(
      'registerReport: report "repeated-2031" refused: figures[1] "teleconsultations" repeats an id; figures[2] belongs to report "rivertown-health-2031".',
    );
    expect(getReport('repeated-2031')).to.equal(undefined);
    expect(() => registerReport({} as ReportData)).to.throw(TypeError, /report\.id/);
  });

  it('is frozen, and freezing it left the caller’s object alone', () => {
    const figure = getFigure('teleconsultations', { report: TEST })!;
    expect(Object.isFrozen(figure) && Object.isFrozen(figure.label)).to.equal(true);
    expect(Object.isFrozen(data.figures[0])).to.equal(false);
  });
});
