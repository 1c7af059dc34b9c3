import { describe, expect, it } from 'vitest';
import { addressLabel } from '../../src/domain/address-label';
import {
  blockedAsMixedContent,
  httpUrl,
  parseDataAddress,
  searchWithDataAddress,
} from '../../src/domain/data-address';
import { remoteWords } from '../../src/features/import/remote-words';
import type { RemoteProblem } from '../../src/data/remote-protocol';

describe('the address of data opened from the web, in the page’s address', () => {
  it.each([
    ['', { kind: 'none' }],
    ['?year=2024&unit=dong-da', { kind: 'none' }],
    [
      '?data=https%3A%2F%2Fso-lieu.example.vn%2Fha-noi.parquet',
      { kind: 'url', url: 'https://so-lieu.example.vn/ha-noi.parquet' },
    ],
    [
      '?data=http://127.0.0.1:8080/a%20b.parquet&year=2024',
      { kind: 'url', url: 'http://127.0.0.1:8080/a%20b.parquet' },
    ],
    ['?data=', { kind: 'bad', text: '' }],
    ['?data=ha-noi.parquet', { kind: 'bad', text: 'ha-noi.parquet' }],
    [
      '?data=ftp%3A%2F%2Fexample.org%2Fa.parquet',
      { kind: 'bad', text: 'ftp://example.org/a.parquet' },
    ],
    ['?data=javascript%3Aalert(1)', { kind: 'bad', text: 'javascript:alert(1)' }],
    ['?data=file%3A%2F%2F%2Fetc%2Fpasswd', { kind: 'bad', text: 'file:///etc/passwd' }],
  ] as const)('%s', (search, expected) => {
    expect(parseDataAddress(search)).toStrictEqual(expected);
  });

  it.each([
    ['  https://example.org/a.parquet \n', 'https://example.org/a.parquet'],
    ['HTTPS://Example.org/A.parquet', 'https://example.org/A.parquet'],
    ['https://example.org', 'https://example.org/'],
    ['example.org/a.parquet', null],
    ['https://', null],
    ['data:application/octet-stream;base64,AAAA', null],
    ['https://user:secret@example.org/a.parquet', null],
    ['https://user@example.org/a.parquet', null],
  ] as const)('takes %j as %j', (text, expected) => {
    expect(httpUrl(text)).toBe(expected);
  });

  it.each([
    ['http://example.org/a.parquet', 'https:', true],
    ['https://example.org/a.parquet', 'https:', false],
    ['http://127.0.0.1:8080/a.parquet', 'http:', false],
    ['https://example.org/a.parquet', 'file:', false],
  ])('%s from a page over %s is blocked as mixed content: %s', (url, protocol, blocked) => {
    expect(blockedAsMixedContent(url, protocol)).toBe(blocked);
  });

  it('sets and takes away the data’s address, keeping every other key', () => {
    const url = 'https://example.org/ha-noi.parquet?v=2&x=1';
    const set = searchWithDataAddress('?year=2024&lang=en', url);
    expect(new URLSearchParams(set).get('data')).toBe(url);
    expect(new URLSearchParams(set).get('year')).toBe('2024');
    expect(new URLSearchParams(set).get('lang')).toBe('en');
    expect(parseDataAddress(set)).toStrictEqual({ kind: 'url', url });
    expect(searchWithDataAddress(set, null)).toBe('?year=2024&lang=en');
    expect(searchWithDataAddress('?data=x', null)).toBe('');
  });

  it.each([
    ['https://so-lieu.example.vn/2026/ha-noi.parquet', 'so-lieu.example.vn › ha-noi.parquet'],
    ['http://127.0.0.1:8080/th%C3%A0nh-ph%E1%BB%91.parquet', '127.0.0.1:8080 › thành-phố.parquet'],
    ['https://example.org/', 'example.org'],
    ['https://example.org/%E0%A4%A', 'https://example.org/%E0%A4%A'],
  ])('names %s as %s', (url, label) => {
    expect(addressLabel(url)).toBe(label);
  });
});

describe('why data could not be opened, in both languages', () => {
  const problems: RemoteProblem[] = [
    'badAddress',
    'insecure',
    'unreachable',
    'status',
    'notParquet',
    'notDashboard',
    'otherFormat',
    'missingColumns',
    'tooLarge',
    'unsupported',
    'failed',
  ];
  it.each(problems)('%s is said, with no placeholder left', (problem) => {
    for (const lang of ['vi', 'en'] as const) {
      const said = remoteWords[lang].remoteProblem(problem, {
        status: 500,
        figures: '1.200.000',
        max: '1.000.000',
      });
      expect(said.length).toBeGreaterThan(20);
      expect(said).not.toMatch(/undefined|NaN|null/);
    }
  });

  it.each([
    [404, 'lỗi 404', 'error 404'],
    [403, 'không cho đọc tệp này (lỗi 403)', 'does not allow this file to be read (error 403)'],
    [503, 'trả lời lỗi 503', 'answered with error 503'],
  ])('names the host’s answer %i', (status, vi, en) => {
    expect(remoteWords.vi.remoteProblem('status', { status })).toContain(vi);
    expect(remoteWords.en.remoteProblem('status', { status })).toContain(en);
  });

  it('says how many figures a file too large holds, and how many a page opens', () => {
    expect(
      remoteWords.vi.remoteProblem('tooLarge', { figures: '3.600.000', max: '1.000.000' }),
    ).toContain('Tệp có 3.600.000 số liệu, nhiều hơn 1.000.000 số liệu');
    expect(
      remoteWords.en.remoteProblem('tooLarge', { figures: '3,600,000', max: '1,000,000' }),
    ).toContain('The file holds 3,600,000 figures, more than the 1,000,000');
  });
});
