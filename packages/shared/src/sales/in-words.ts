const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', 'nghìn', 'triệu'];

/** Three digits read out; `full` = not the leading group, so "không trăm" and "linh" are said. */
function readGroup(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) {
    words.push(DIGITS[hundreds], 'trăm');
  }
  if (tens === 0) {
    if (units > 0 && words.length > 0) {
      words.push('linh');
    }
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[tens], 'mươi');
  }
  if (units > 0) {
    if (units === 1 && tens >= 2) {
      words.push('mốt');
    } else if (units === 5 && tens >= 1) {
      words.push('lăm');
    } else {
      words.push(DIGITS[units]);
    }
  }
  return words;
}

/** Below a billion: groups of three, empty groups skipped ("một triệu không trăm linh năm"). */
function readBelowBillion(n: number, full: boolean): string[] {
  const words: string[] = [];
  for (let g = 2; g >= 0; g--) {
    const group = Math.floor(n / 1000 ** g) % 1000;
    if (group === 0) {
      continue;
    }
    words.push(...readGroup(group, full || words.length > 0));
    if (GROUPS[g]) {
      words.push(GROUPS[g]);
    }
  }
  return words;
}

const BILLION = 1_000_000_000n;

function read(n: bigint, full: boolean): string[] {
  if (n < BILLION) {
    return readBelowBillion(Number(n), full);
  }
  const high = n / BILLION;
  const low = n % BILLION;
  return [...read(high, full), 'tỷ', ...(low > 0n ? readBelowBillion(Number(low), true) : [])];
}

/** A whole number of đồng read out as on a Vietnamese invoice: 11022000 → "Mười một triệu không trăm hai mươi hai nghìn đồng". */
export function moneyInWords(amount: bigint | number | string): string {
  let n = BigInt(amount);
  const negative = n < 0n;
  if (negative) {
    n = -n;
  }
  const words = n === 0n ? ['không'] : read(n, false);
  const text = `${negative ? 'âm ' : ''}${words.join(' ')} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
