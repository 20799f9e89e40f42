import { expect } from '@open-wc/testing';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it('lets http, https and relative URLs through, trimmed', () => {
    expect(safeUrl('https://www.wetechcare.org/rapport')).to.equal(
      'https://www.wetechcare.org/rapport',
    );
    expect(safeUrl('  http://example.org/a?b=c#d ')).to.equal('http://example.org/a?b=c#d');
    expect(safeUrl('/rapport.pdf')).to.equal('/rapport.pdf');
    expect(safeUrl('rapport.pdf')).to.equal('rapport.pdf');
    expect(safeUrl('../rapport.pdf')).to.equal('../rapport.pdf');
    expect(safeUrl('#chiffres')).to.equal('#chiffres');
    expect(safeUrl('?page=2')).to.equal('?page=2');
    expect(safeUrl('//cdn.example.org/x')).to.equal('//cdn.example.org/x');
  });

  it('refuses script and data schemes, however they are disguised', () => {
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:a@b.c',
    ]) {
      expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('refuses empty, malformed and non-string values', () => {
    for (const value of [
      '',
      '   ',
      'http://',
      'https://exa mple.org',
      'http://[::1',
      null,
      undefined,
      42,
      {},
    ]) {
      expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
    }
  });
});
