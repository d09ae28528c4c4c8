import { moneyInWords } from '../in-words';

describe('moneyInWords reads a sum of đồng as a Vietnamese invoice does', () => {
  it.each<[string, string]>([
    ['0', 'Không đồng'],
    ['1', 'Một đồng'],
    ['5', 'Năm đồng'],
    ['10', 'Mười đồng'],
    ['11', 'Mười một đồng'],
    ['15', 'Mười lăm đồng'],
    ['21', 'Hai mươi mốt đồng'],
    ['24', 'Hai mươi bốn đồng'],
    ['25', 'Hai mươi lăm đồng'],
    ['100', 'Một trăm đồng'],
    ['105', 'Một trăm linh năm đồng'],
    ['110', 'Một trăm mười đồng'],
    ['1000', 'Một nghìn đồng'],
    ['1005', 'Một nghìn không trăm linh năm đồng'],
    ['1050', 'Một nghìn không trăm năm mươi đồng'],
    ['15000', 'Mười lăm nghìn đồng'],
    ['250000', 'Hai trăm năm mươi nghìn đồng'],
    ['1000000', 'Một triệu đồng'],
    ['1000005', 'Một triệu không trăm linh năm đồng'],
    ['11022000', 'Mười một triệu không trăm hai mươi hai nghìn đồng'],
    ['150000000', 'Một trăm năm mươi triệu đồng'],
    ['1000000000', 'Một tỷ đồng'],
    ['2050000000', 'Hai tỷ không trăm năm mươi triệu đồng'],
    [
      '10999999999',
      'Mười tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
    ],
    ['1000000000000', 'Một nghìn tỷ đồng'],
    [
      '1234567891011',
      'Một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn không trăm mười một đồng',
    ],
  ])('%s → %s', (n, words) => {
    expect(moneyInWords(n)).toBe(words);
  });
});
