import { searchShape } from '../../../db/search';
import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';

/**
 * A search that stops inside a word after a hyphen: "Tiền-mxbi" for a customer named "… Tiền-mxbix4k2…"
 * (the e2e names end so). The term's words ("tien", "mxbi") go to the word index, which did not
 * hold the start of a word that goes on with digits; a term with the digits goes to the trigram
 * index. Both find it, in the list, the filter panel's name field and the lookup (CUS-07).
 */
let admin: string;
let staff1: string;

const NAME = 'Zhyphen Công ty CP Thu Tiền-mxbix4k2123';
const PLAIN = 'Zhyphen Tiền-mxbix Hà Nội';

async function listed(token: string, filter: Record<string, unknown>) {
  const r = await app.gql<{ customers: { nodes: { name: string }[] } }>(
    'query($f: CustomerFilter) { customers(filter: $f, first: 50) { nodes { name } } }',
    { f: filter },
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r
    .data!.customers.nodes.map((n) => n.name)
    .filter((n) => n.startsWith('Zhyphen'))
    .sort();
}

async function looked(token: string, search: string) {
  const r = await app.gql<{ customerLookup: { name: string }[] }>(
    'query($s: String!) { customerLookup(search: $s) { name } }',
    { s: search },
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r
    .data!.customerLookup.map((n) => n.name)
    .filter((n) => n.startsWith('Zhyphen'))
    .sort();
}

const app = useTestApp(async (a) => ([admin, staff1] = await a.signIn('admin', 'staff1')));
beforeAll(async () => {
  const h = crm(app);
  await h.createCustomer(admin, { name: NAME });
  await h.createCustomer(admin, { name: PLAIN });
});

describe('a search ending inside a word after a hyphen', () => {
  it('goes to the word index for words, to the trigram index with the digits', () => {
    expect(searchShape('Tiền-mxbi').kind).toBe('words');
    expect(searchShape('Tiền-mxbix4k').kind).toBe('substring');
  });

  it('finds the customer through the word index, whatever follows the letters', async () => {
    expect(await listed(admin, { search: 'Tiền-mxbi' })).toEqual([NAME, PLAIN].sort());
    expect(await listed(admin, { search: 'thu tien-mxbi' })).toEqual([NAME]);
    expect(await listed(admin, { search: 'mxbi' })).toEqual([NAME, PLAIN].sort());
    expect(await listed(admin, { search: 'tien mxbix' })).toEqual([NAME, PLAIN].sort());
    // The letters of a code end a phrase, they do not start one: "mxbix ha" is only the plain name.
    expect(await listed(admin, { search: 'tien-mxbix ha' })).toEqual([PLAIN]);
    // Not from the middle of a word, as before.
    expect(await listed(admin, { search: 'xbix' })).toEqual([]);
  });

  it('finds it through the trigram index with the digits', async () => {
    expect(await listed(admin, { search: 'Tiền-mxbix4k' })).toEqual([NAME]);
    expect(await listed(admin, { search: 'mxbix4k2123' })).toEqual([NAME]);
  });

  it('in the filter panel’s name field and the lookup alike', async () => {
    expect(await listed(admin, { name: 'Tiền-mxbi' })).toEqual([NAME, PLAIN].sort());
    expect(await listed(admin, { name: 'Tiền-mxbix4k' })).toEqual([NAME]);
    // The lookup finds every customer, whoever owns it.
    expect(await looked(staff1, 'Tiền-mxbi')).toEqual([NAME, PLAIN].sort());
    expect(await looked(staff1, 'Tiền-mxbix4k')).toEqual([NAME]);
  });
});
