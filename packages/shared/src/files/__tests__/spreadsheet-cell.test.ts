import { neutraliseCell, restoreCell } from '../spreadsheet-cell';

describe('spreadsheet cells', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+84 912 345 678', `'+84 912 345 678`],
    ['-1', `'-1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    [`'=1`, `''=1`],
    [`'quoted`, `''quoted`],
  ])('neutralises %j as %j', (raw, exported) => {
    expect(neutraliseCell(raw)).toBe(exported);
  });

  it.each(['Nguyễn Văn Đức', 'a=b', '0912345678', '', 'KH000123'])('leaves %j alone', (raw) => {
    expect(neutraliseCell(raw)).toBe(raw);
  });

  it.each(['=1+2', '+84 912', '-5', '@x', '\tx', '\rx', `'=1`, `'abc`, 'plain', `''`])(
    'reads %j back unchanged after export',
    (raw) => {
      expect(restoreCell(neutraliseCell(raw))).toBe(raw);
    },
  );

  it('keeps an apostrophe a user typed before ordinary text', () => {
    expect(restoreCell(`'abc`)).toBe(`'abc`);
  });
});
