import { computeLine, computeTotals, lineProblems, type LineInput } from '../totals';

const line = (over: Partial<LineInput>): LineInput => ({
  quantity: '1',
  unitPrice: '0',
  vatRate: 'TEN',
  ...over,
});
const str = (a: { amount: bigint; discount: bigint; vat: bigint; total: bigint }) => ({
  amount: a.amount.toString(),
  discount: a.discount.toString(),
  vat: a.vat.toString(),
  total: a.total.toString(),
});

describe('computeLine: amount, discount, VAT and total of one line, whole đồng, half up', () => {
  it.each<[string, Partial<LineInput>, [string, string, string, string]]>([
    [
      'whole quantity at 10 %',
      { quantity: '2', unitPrice: '5000000' },
      ['10000000', '0', '1000000', '11000000'],
    ],
    ['8 % VAT', { quantity: '3', unitPrice: '125000', vatRate: 'EIGHT' }, ['375000', '0', '30000', '405000']],
    ['5 % VAT', { quantity: '1', unitPrice: '99999', vatRate: 'FIVE' }, ['99999', '0', '5000', '104999']],
    ['0 % VAT', { quantity: '4', unitPrice: '250000', vatRate: 'ZERO' }, ['1000000', '0', '0', '1000000']],
    [
      'KCT (not subject to VAT)',
      { quantity: '1', unitPrice: '7000000', vatRate: 'EXEMPT' },
      ['7000000', '0', '0', '7000000'],
    ],
    ['decimal quantity', { quantity: '2.5', unitPrice: '1999' }, ['4998', '0', '500', '5498']],
    ['quantity with a comma', { quantity: '1,5', unitPrice: '3' }, ['5', '0', '1', '6']],
    ['half rounds up (0.5 → 1)', { quantity: '0.5', unitPrice: '1', vatRate: 'ZERO' }, ['1', '0', '0', '1']],
    [
      'below half rounds down',
      { quantity: '0.333', unitPrice: '1000', vatRate: 'ZERO' },
      ['333', '0', '0', '333'],
    ],
    [
      'VAT half up: 5 % of 10 = 0.5 → 1',
      { quantity: '1', unitPrice: '10', vatRate: 'FIVE' },
      ['10', '0', '1', '11'],
    ],
    [
      'discount by percent',
      { quantity: '1', unitPrice: '1000000', discountPercent: '12.5' },
      ['1000000', '125000', '87500', '962500'],
    ],
    [
      'discount percent rounds half up',
      { quantity: '1', unitPrice: '15', discountPercent: '10', vatRate: 'ZERO' },
      ['15', '2', '0', '13'],
    ],
    [
      'discount by amount wins over percent',
      { quantity: '1', unitPrice: '1000000', discountAmount: '100000', discountPercent: '50' },
      ['1000000', '100000', '90000', '990000'],
    ],
    [
      '100 % discount',
      { quantity: '1', unitPrice: '500000', discountPercent: '100' },
      ['500000', '500000', '0', '0'],
    ],
    [
      '10-digit amounts',
      { quantity: '3', unitPrice: '3333333333' },
      ['9999999999', '0', '1000000000', '10999999999'],
    ],
    [
      'beyond 2^53 stays exact',
      { quantity: '1000', unitPrice: '9007199254740993', vatRate: 'ZERO' },
      ['9007199254740993000', '0', '0', '9007199254740993000'],
    ],
  ])('%s', (_name, over, [amount, discount, vat, total]) => {
    expect(str(computeLine(line(over)))).toEqual({ amount, discount, vat, total });
  });
});

describe('computeTotals: sums of the lines, VAT per rate as the sum of its lines', () => {
  it('a quote of two lines at 8 % and 10 % (the browser test figures)', () => {
    const t = computeTotals([
      { quantity: '2', unitPrice: '4500000', vatRate: 'EIGHT' },
      { quantity: '1', unitPrice: '1000000', vatRate: 'TEN', discountPercent: '0' },
    ]);
    expect(str(t)).toEqual({ amount: '10000000', discount: '0', vat: '820000', total: '10820000' });
    expect(t.vatByRate.map((r) => [r.rate, r.base.toString(), r.vat.toString()])).toEqual([
      ['EIGHT', '9000000', '720000'],
      ['TEN', '1000000', '100000'],
    ]);
    expect(t.inWords).toBe('Mười triệu tám trăm hai mươi nghìn đồng');
  });

  it('11.022.000 in words, VAT per rate summed line by line (not recomputed from the base)', () => {
    const t = computeTotals([
      { quantity: '1', unitPrice: '10000005', vatRate: 'TEN' }, // vat 1000000.5 → 1000001
      { quantity: '1', unitPrice: '5', vatRate: 'TEN' }, // vat 0.5 → 1
      { quantity: '1', unitPrice: '21990', vatRate: 'EXEMPT' },
    ]);
    expect(t.vatByRate.map((r) => [r.rate, r.base.toString(), r.vat.toString()])).toEqual([
      ['TEN', '10000010', '1000002'],
      ['EXEMPT', '21990', '0'],
    ]);
    expect(t.total.toString()).toBe('11022002');
    const round = computeTotals([{ quantity: '1', unitPrice: '10020000', vatRate: 'TEN' }]);
    expect(round.total.toString()).toBe('11022000');
    expect(round.inWords).toBe('Mười một triệu không trăm hai mươi hai nghìn đồng');
  });

  it('an empty document totals zero', () => {
    const t = computeTotals([]);
    expect(str(t)).toEqual({ amount: '0', discount: '0', vat: '0', total: '0' });
    expect(t.vatByRate).toEqual([]);
    expect(t.inWords).toBe('Không đồng');
  });
});

describe('lineProblems: what makes a line impossible to price', () => {
  it.each<[Partial<LineInput>, string[]]>([
    [{ quantity: '0' }, ['quantity:quantityNotPositive']],
    [{ quantity: '-1' }, ['quantity:quantityNotPositive']],
    [{ quantity: 'abc' }, ['quantity:notANumber']],
    [{ unitPrice: '-5' }, ['unitPrice:unitPriceNegative']],
    [{ unitPrice: '10.5' }, ['unitPrice:notANumber']],
    [{ unitPrice: '100', discountPercent: '101' }, ['discountPercent:discountPercentRange']],
    [{ unitPrice: '100', discountPercent: '-1' }, ['discountPercent:discountPercentRange']],
    [{ unitPrice: '100', discountAmount: '101' }, ['discountAmount:discountAmountRange']],
    [{ unitPrice: '100', discountAmount: '100', discountPercent: '100' }, []],
    [{ quantity: '0.001', unitPrice: '1' }, []],
  ])('%j → %j', (over, expected) => {
    expect(lineProblems(line(over)).map((p) => `${p.field}:${p.problem}`)).toEqual(expected);
  });
});
