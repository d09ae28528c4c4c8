import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { download, header, jobs, readXlsx, upload, xlsx } from '../../../test/import-files';

const HEADER = header(
  'care-cards',
  'code customerCode orderNumber careDate channel satisfaction result tags unit',
);

describe('importing care cards (IMP-01, CARE-01)', () => {
  let staff1: string;
  let staff2: string;
  let j: ReturnType<typeof jobs>;
  let customer: { id: string; code: string };
  let hidden: { id: string; code: string };

  const app = useTestApp(async (a) => ([staff1, staff2] = await a.signIn('staff1', 'staff2')));
  beforeAll(async () => {
    j = jobs(app);
    const h = crm(app);
    customer = (await h.createCustomer(staff1, { name: 'Công ty Chăm Sóc Nhập' })) as never;
    hidden = (await h.createCustomer(staff2, { name: 'Khách của người khác' })) as never;
    const r = await app.gql(
      'mutation($i: CreateCareCardInput!) { createCareCard(input: $i) { code } }',
      { i: { code: 'TCS-CO-SAN', customerId: customer.id, orderNumber: 'DH-0' } },
      { token: staff1 },
    );
    expect(r.errors).toBeUndefined();
  });

  /** `rows` under the header, uploaded by staff1 as `name` and run in `mode`. */
  const importRows = async (rows: string[][], name: string, mode: string) => {
    const up = await upload(app, staff1, 'care-cards', await xlsx([HEADER, ...rows]), name);
    const jobId = up.body.jobId!;
    return { jobId, done: await j.runToEnd(staff1, { jobId, mode }) };
  };

  const file = () =>
    xlsx([
      HEADER,
      [
        'TCS-NK-01',
        customer.code,
        'DH-01',
        '03/12/2026',
        'zalo',
        'Rất hài lòng',
        'Đã gọi lại',
        'VIP, Tết',
        '',
      ],
      ['TCS-NK-02', customer.code, 'DH-02', '', '', '', '', '', 'Phòng Kinh doanh'],
      ['TCS-NK-03', customer.code, '', '', '', '', '', '', ''],
      ['TCS-NK-04', hidden.code, 'DH-04', '', '', '', '', '', ''],
      ['TCS-NK-05', customer.code, 'DH-05', '', 'Bồ câu đưa thư', '', '', '', ''],
      ['TCS-NK-06', customer.code, 'DH-06', '', '', '', '', '', 'Phòng Không Có'],
      ['tcs-co-san', customer.code, 'DH-07', '', '', '', '', '', ''],
      ['TCS-NK-01', customer.code, 'DH-08', '', '', '', '', '', ''],
    ]);

  it('dry run writes nothing and reports each bad row; the run creates the rest under the caller', async () => {
    const up = await upload(app, staff1, 'care-cards', await file(), 'the-cham-soc.xlsx');
    expect(up.status).toBe(201);
    const id = up.body.jobId!;
    const job = await j.get(staff1, id);
    expect(job.suggestedMapping.map((m) => m.field)).toEqual([
      'code',
      'customerCode',
      'orderNumber',
      'careDate',
      'channel',
      'satisfaction',
      'result',
      'tags',
      'unit',
    ]);
    const tables = ['care_card', 'audit_log'];
    const before = await app.snapshot(tables);
    const dry = await j.runToEnd(staff1, { jobId: id, mode: 'CREATE_ONLY', dryRun: true });
    expect(dry).toMatchObject({ status: 'DONE', created: 2, failed: 6 });
    expect(await app.snapshot(tables)).toEqual(before);
    expect(dry.errors).toEqual([
      { row: 4, field: 'orderNumber', message: expect.stringContaining('bắt buộc') },
      { row: 5, field: 'customerCode', message: expect.stringContaining(hidden.code) },
      { row: 6, field: 'channel', message: 'Giá trị không có trong danh mục.' },
      { row: 7, field: 'unit', message: 'Không có đơn vị "Phòng Không Có".' },
      {
        row: 8,
        field: 'code',
        message: 'Mã thẻ đã tồn tại ở thẻ chăm sóc TCS-CO-SAN (chủ sở hữu Nguyễn Văn Đức).',
      },
      { row: 9, field: 'code', message: expect.stringContaining('dòng 2') },
    ]);

    const done = await j.runToEnd(staff1, { jobId: id, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({ status: 'DONE', created: 2, failed: 6 });
    const rows: Record<string, unknown>[] = await app.server.db.dataSource.query(
      `SELECT cc.code, cc.order_number, cc.care_date::text AS care_date, cc.channel, cc.satisfaction, cc.result,
              cc.tags, u.email AS owner, d.name AS unit
         FROM care_card cc JOIN app_user u ON u.id = cc.owner_id LEFT JOIN department d ON d.id = cc.unit_id
        WHERE cc.import_job_id = $1 ORDER BY cc.code`,
      [id],
    );
    const [{ name: staffUnit }] = await app.server.db.dataSource.query(
      `SELECT d.name FROM app_user u JOIN department d ON d.id = u.department_id WHERE u.email = 'staff1@sen.local'`,
    );
    expect(rows).toEqual([
      {
        code: 'TCS-NK-01',
        order_number: 'DH-01',
        care_date: '2026-12-03',
        channel: 'Zalo',
        satisfaction: 'Rất hài lòng',
        result: 'Đã gọi lại',
        tags: ['VIP', 'Tết'],
        owner: 'staff1@sen.local',
        unit: staffUnit,
      },
      {
        code: 'TCS-NK-02',
        order_number: 'DH-02',
        care_date: null,
        channel: null,
        satisfaction: null,
        result: null,
        tags: [],
        owner: 'staff1@sen.local',
        unit: 'Phòng Kinh doanh',
      },
    ]);
    // The care card list shows them to their owner, not to another STAFF user.
    const list = async (token: string) =>
      (
        await app.gql<{ careCards: { nodes: { code: string }[] } }>(
          `{ careCards(filter: { search: "TCS-NK" }, first: 10) { nodes { code } } }`,
          {},
          { token },
        )
      ).data!.careCards.nodes.map((n) => n.code);
    expect((await list(staff1)).sort()).toEqual(['TCS-NK-01', 'TCS-NK-02']);
    expect(await list(staff2)).toEqual([]);

    const report = await download(app, staff1, `/files/import/${id}/errors.xlsx`);
    expect(report.status).toBe(200);
    const sheet = await readXlsx(report.body);
    expect(sheet.slice(1).map((r) => r[0])).toEqual(['4', '5', '6', '7', '8', '9']);
  });

  it('UPDATE_DUPLICATES updates the care information of a card found by its code, with its audit entry', async () => {
    const { done } = await importRows(
      [['tcs-co-san', customer.code, 'DH-0', '04/12/2026', 'Email', 'Hài lòng', 'Xong', '', '']],
      'cap-nhat.xlsx',
      'UPDATE_DUPLICATES',
    );
    expect(done).toMatchObject({ status: 'DONE', created: 0, updated: 1, failed: 0 });
    const [row] = await app.server.db.dataSource.query(
      `SELECT care_date::text AS care_date, channel, satisfaction, result, version FROM care_card
        WHERE code = 'TCS-CO-SAN' AND deleted_at IS NULL`,
    );
    expect(row).toEqual({
      care_date: '2026-12-04',
      channel: 'Email',
      satisfaction: 'Hài lòng',
      result: 'Xong',
      version: 2,
    });
    const [log] = await app.server.db.dataSource.query(
      `SELECT description FROM audit_log WHERE module = 'care-cards' AND action = 'IMPORT' ORDER BY at DESC LIMIT 1`,
    );
    expect(log.description).toBe('Cập nhật thẻ chăm sóc TCS-CO-SAN');
  });

  it('links the order by its number and writes the search text the trigger writes, under one IMPORT entry', async () => {
    const order = await crm(app).order(staff1, customer.id);
    const { jobId, done } = await importRows(
      [
        ['TCS-TK-01', customer.code, order.number, '', '', '', '', '', ''],
        ['TCS-TK-02', customer.code, 'DH-KHONG-CO', '', '', '', '', '', ''],
      ],
      'tim-kiem.xlsx',
      'CREATE_ONLY',
    );
    expect(done).toMatchObject({ status: 'DONE', created: 2, failed: 0 });
    const db = app.server.db.dataSource;
    const cards: { id: string; code: string; order_id: string | null; search_text: string }[] =
      await db.query(
        `SELECT id, code, order_id, search_text FROM care_card WHERE import_job_id = $1 ORDER BY code`,
        [jobId],
      );
    expect(cards.map((c) => c.order_id)).toEqual([order.id, null]);
    expect(cards[0].search_text).toBe(
      `tcs-tk-01 ${order.number.toLowerCase()} ${customer.code.toLowerCase()} cong ty cham soc nhap`,
    );
    // The trigger's own text for the same cards: an update of their code has it rewrite it.
    const q = db.createQueryRunner();
    await q.startTransaction();
    const rewritten: { code: string; search_text: string }[] = await q
      .query(`UPDATE care_card SET code = code WHERE import_job_id = $1 RETURNING code, search_text`, [jobId])
      .then((r: [{ code: string; search_text: string }[], number]) => r[0]);
    await q.rollbackTransaction();
    await q.release();
    expect(rewritten.sort((a, b) => a.code.localeCompare(b.code))).toEqual(
      cards.map(({ code, search_text }) => ({ code, search_text })),
    );
    // The batch's one entry covers its cards; none has an entry of its own.
    const entries: { record_id: string; description: string }[] = await db.query(
      `SELECT record_id, description FROM audit_log
        WHERE module = 'care-cards' AND (record_id = $1 OR record_id = ANY($2::text[]))`,
      [jobId, cards.map((c) => c.id)],
    );
    expect(entries).toEqual([{ record_id: jobId, description: expect.stringContaining('tim-kiem.xlsx') }]);
  });

  it('gives the care card template with its headers', async () => {
    const res = await download(app, staff1, '/files/templates/care-cards.xlsx');
    expect(res.status).toBe(200);
    const [header] = await readXlsx(res.body);
    expect(header.slice(0, 3)).toEqual(['Mã thẻ *', 'Mã khách hàng *', 'Số đơn hàng *']);
  });
});
