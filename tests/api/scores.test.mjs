// The PAR index scores (docs/api.md, "Điểm Chỉ số CCHC"; docs/methodology.md): the scorecard and
// its sums, the risks, the what-if, the methodology download and upload with its refusals by
// line, the results sheets, the appraisal round and the entered values. The tests change what the
// score is computed from, so this file has a server of its own and its blocks run in order. Who
// may call what is in permissions.test.mjs.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, MESSAGES, expectError, TODAY } from './server.mjs';

let server;
let coordinator;
let admin;
let staff; // canbo.ttpvhcc, of the service centre
let viewer;
let shipped; // the YAML of the methodology shipped with parindex, as GET /api/scores/methodology serves it

before(async () => {
  server = await startServer();
  coordinator = await server.login('dieuphoi');
  admin = await server.login('quantri');
  staff = await server.login('canbo.ttpvhcc');
  viewer = await server.login('xem');
});

after(async () => {
  await server?.stop();
});

// ---- helpers ------------------------------------------------------------------------------------

async function scores(client = viewer) {
  const res = await client.get('/api/scores');
  assert.equal(res.status, 200, res.text);
  return res.json;
}

function nodeOf(card, code) {
  const node = card.nodes.find((n) => n.code === code);
  assert.ok(node, `no node ${code}`);
  return node;
}

// Points are rounded to the hundredth, so sums agree to 0.01.
function near(actual, expected, message) {
  assert.ok(Math.abs(actual - expected) <= 0.01 + 1e-9, `${message}: ${actual}, expected ${expected}`);
}

// The children of every node: the nodes come depth first, each group followed by its subtree.
function childrenOf(nodes) {
  const children = new Map(nodes.map((n) => [n.code, []]));
  const path = [];
  for (const node of nodes) {
    while (path.length > 0 && path[path.length - 1].depth >= node.depth) path.pop();
    if (path.length > 0) children.get(path[path.length - 1].code).push(node);
    path.push(node);
  }
  return children;
}

const sum = (values) => values.reduce((total, v) => total + v, 0);

// Everything that must hold of any scorecard: groups are the sums of their children, the areas
// the sums of the parts, and the index is the points over the applicable maximum.
function checkSums(card) {
  const { totals, nodes } = card;
  const children = childrenOf(nodes);
  for (const node of nodes) {
    const kids = children.get(node.code);
    assert.equal(node.leaf, kids.length === 0, `${node.code}: leaf`);
    if (node.leaf) continue;
    near(node.now, sum(kids.map((k) => k.now)), `${node.code}: now is the sum of ${kids.map((k) => k.code).join(', ')}`);
    near(node.projected, sum(kids.map((k) => k.projected)), `${node.code}: projected`);
    near(node.max, sum(kids.map((k) => k.max)), `${node.code}: max`);
    if (kids.every((k) => k.last_year !== null)) {
      near(node.last_year, sum(kids.map((k) => k.last_year)), `${node.code}: last year`);
    }
  }
  for (const node of nodes) {
    if (node.last_year === null) assert.equal(node.change, null, `${node.code}: change`);
    else near(node.change, node.projected - node.last_year, `${node.code}: change`);
  }
  const areas = nodes.filter((n) => n.depth === 0);
  near(sum(areas.map((a) => a.now)), totals.assessed_now + totals.survey_now, 'the areas add up to the parts, now');
  near(sum(areas.map((a) => a.projected)), totals.assessed_projected + totals.survey_projected, 'the areas add up to the parts, projected');
  near(sum(areas.map((a) => a.applicable_max)), totals.applicable_max, 'applicable maximum');
  const leaves = nodes.filter((n) => n.leaf);
  for (const part of ['assessed', 'survey']) {
    const mine = leaves.filter((n) => n.part === part);
    near(sum(mine.map((n) => n.now)), totals[`${part}_now`], `${part}_now`);
    near(sum(mine.map((n) => n.projected)), totals[`${part}_projected`], `${part}_projected`);
    near(sum(mine.map((n) => n.applicable_max)), totals[`${part}_max`], `${part}_max`);
  }
  near(totals.index_projected, (100 * (totals.assessed_projected + totals.survey_projected)) / totals.applicable_max, 'index_projected');
  if (areas.every((a) => a.last_year !== null)) {
    near(totals.last_year, (100 * sum(areas.map((a) => a.last_year))) / totals.applicable_max, 'last year\'s index');
    near(totals.change, totals.index_projected - totals.last_year, 'change of the index');
  } else {
    assert.equal(totals.last_year, null);
  }
  if (totals.survey_known) {
    near(totals.index_now, (100 * (totals.assessed_now + totals.survey_now)) / totals.applicable_max, 'index_now');
  } else {
    near(totals.index_now, (100 * totals.assessed_now) / totals.assessed_max, 'index_now without the survey');
  }
}

function putMethodology(client, yaml, name = 'phuong-phap-thu.yaml') {
  return client.request('PUT', `/api/scores/methodology?name=${encodeURIComponent(name)}`, undefined, {
    raw: Buffer.from(yaml, 'utf8'),
    headers: { 'Content-Type': 'application/yaml' },
  });
}

function postResults(client, csv, query = 'year=2024&name=ket-qua-thu.csv') {
  return client.request('POST', `/api/scores/results?${query}`, undefined, {
    raw: Buffer.from(csv, 'utf8'),
    headers: { 'Content-Type': 'text/csv' },
  });
}

// The line (from 1) of a node's "- code: "X"" in a YAML text.
function lineOfCode(yaml, code) {
  const pattern = new RegExp(`^\\s*- code: "${code.replaceAll('.', '\\.')}"(\\s|$)`);
  const index = yaml.split('\n').findIndex((line) => pattern.test(line));
  assert.ok(index >= 0, `no line for code ${code}`);
  return index + 1;
}

// Three lines in front, so that a line number right for the shipped file is wrong for this one.
const PREAMBLE = '# Bản thử: phương pháp chấm điểm có lỗi\n# (hai dòng chú thích và một dòng trống thêm vào đầu tệp)\n\n';

// ---- reading ------------------------------------------------------------------------------------

describe('GET /api/scores', () => {
  test('the scorecard: year, methodology, totals, the tree, risks and units', async () => {
    const card = await scores();
    assert.equal(card.year, 2025);
    assert.equal(card.today, TODAY);
    assert.deepEqual(card.methodology, {
      title: 'Bộ tiêu chí chấm điểm Chỉ số CCHC phường năm 2025 (mẫu)',
      template: true,
      is_default: true,
      source_name: null,
      imported_at: null,
      imported_by: null,
    });
    for (const key of ['max', 'applicable_max', 'assessed_max', 'survey_max', 'assessed_now', 'survey_now',
      'assessed_projected', 'survey_projected', 'index_now', 'index_projected']) {
      assert.equal(typeof card.totals[key], 'number', `totals.${key}`);
    }
    assert.deepEqual([card.totals.max, card.totals.assessed_max, card.totals.survey_max], [100, 68, 32]);
    assert.equal(card.totals.survey_known, false, 'no survey result in the demo');
    assert.match(card.totals.projected_formula, /^100 × /);

    const areas = card.nodes.filter((n) => n.depth === 0).map((n) => n.code);
    assert.deepEqual(areas, ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    assert.equal(new Set(card.nodes.map((n) => n.code)).size, card.nodes.length, 'codes are unique');
    const states = ['scored', 'pending', 'missed', 'settled', 'not_applicable'];
    for (const node of card.nodes) {
      assert.ok(states.includes(node.state), `${node.code}: state ${node.state}`);
      assert.equal(typeof node.state_label, 'string');
      assert.ok(node.now >= 0 && node.now <= node.max + 1e-9, `${node.code}: now ${node.now} within 0..${node.max}`);
      assert.ok(node.projected >= 0 && node.projected <= node.max + 1e-9, `${node.code}: projected`);
      assert.equal(node.leaf, node.rule !== null, `${node.code}: a leaf has a rule, a group none`);
      assert.ok(['assessed', 'survey'].includes(node.part));
      assert.ok(['open', 'self_assessed', 'appraised', 'explained', 'final'].includes(node.result.stage));
      assert.ok(Array.isArray(node.lead_units));
    }

    // 3.2.1 reads the on-time rate of the one-stop dossiers: the same rate as the dossier page.
    const onTime = nodeOf(card, '3.2.1');
    assert.equal(onTime.state, 'scored');
    assert.deepEqual([onTime.rule.type, onTime.rule.source, onTime.rule.indicator, onTime.rule.threshold], ['linear', 'indicator', 'on_time_rate', 100]);
    const rate = (await viewer.get('/api/dossiers/indicators')).json.rows.find((r) => r.indicator === 'on_time_rate').rate;
    assert.equal(onTime.value_now, rate);
    near(onTime.now, Math.min(3, (3 * rate) / 100), '3.2.1 now');
    assert.ok(onTime.now < onTime.max, 'the demo is not at 100% on time');
    // 8.1.1 is a survey result nobody has entered yet.
    const survey = nodeOf(card, '8.1.1');
    assert.deepEqual([survey.part, survey.state, survey.now, survey.rule.source], ['survey', 'pending', 0, 'entered']);

    assert.ok(card.units.length > 0);
    for (const unit of card.units) {
      assert.equal(typeof unit.key, 'string');
      assert.ok(Array.isArray(unit.criteria));
    }
  });

  test('every group is the sum of its children, the areas of the parts, the index of the points', async () => {
    const card = await scores();
    checkSums(card);
    // Without a survey result the index now leaves the survey part out.
    near(card.totals.index_now, (100 * card.totals.assessed_now) / card.totals.assessed_max, 'rescaled');
  });

  test('risks: the leaves projected below their maximum, largest gain first', async () => {
    const card = await scores();
    assert.ok(card.risks.length > 0);
    const gains = card.risks.map((r) => r.gain);
    assert.deepEqual(gains, [...gains].sort((a, b) => b - a), 'sorted by gain, descending');
    assert.equal(gains[0], Math.max(...gains));
    card.risks.forEach((risk, i) => {
      assert.equal(risk.rank, i + 1);
      const node = nodeOf(card, risk.code);
      assert.ok(node.leaf);
      near(risk.gain, node.applicable_max - node.projected, `${risk.code}: gain`);
      assert.equal(risk.projected, node.projected);
    });
    const below = card.nodes.filter((n) => n.leaf && n.applicable_max - n.projected >= 0.01).map((n) => n.code);
    assert.deepEqual(card.risks.map((r) => r.code).sort(), below.sort(), 'every leaf below its maximum, and only those');
  });

  test('GET /api/scores/units.xlsx: a workbook attachment', async () => {
    const res = await viewer.get('/api/scores/units.xlsx');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.subarray(0, 2).toString('latin1'), 'PK');
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(res.headers['content-disposition'], 'attachment; filename="trach-nhiem-don-vi-2025.xlsx"');
  });

  test('GET /api/scores/methodology: the shipped template as YAML', async () => {
    const res = await viewer.get('/api/scores/methodology');
    assert.equal(res.status, 200, res.text);
    assert.match(res.headers['content-type'], /^application\/yaml/);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="phuong-phap-cham-diem-2025.yaml"');
    assert.match(res.text, /^year: 2025$/m);
    assert.match(res.text, /^template: true$/m);
    shipped = res.text;
  });
});

// ---- what-if ------------------------------------------------------------------------------------

describe('POST /api/scores/what-if', () => {
  test('3.2.1 at 100%: the criterion at its maximum, the totals up by the difference, nothing stored', async () => {
    const before = await scores();
    const was = nodeOf(before, '3.2.1');
    const res = await viewer.post('/api/scores/what-if', { assume: { '3.2.1': 100 } });
    assert.equal(res.status, 200, res.text);
    const card = res.json;
    const node = nodeOf(card, '3.2.1');
    assert.equal(node.value_now, 100);
    assert.equal(node.now, node.max);
    assert.equal(node.projected, node.max);
    near(card.totals.assessed_now, before.totals.assessed_now + (node.max - was.now), 'assessed_now');
    near(card.totals.assessed_projected, before.totals.assessed_projected + (node.max - was.projected), 'assessed_projected');
    assert.ok(card.totals.index_now > before.totals.index_now);
    assert.ok(card.totals.index_projected > before.totals.index_projected);
    near(nodeOf(card, '3.2').now, nodeOf(before, '3.2').now + (node.max - was.now), '3.2 now');
    assert.ok(!card.risks.some((r) => r.code === '3.2.1'), '3.2.1 is no longer at risk');
    checkSums(card);
    assert.deepEqual(await scores(), before, 'a what-if stores nothing');
  });

  test('no assumption: the scorecard as it is', async () => {
    const res = await viewer.post('/api/scores/what-if', {});
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, await scores());
  });

  test('a code the methodology does not score, or a value that is not a number: 400 naming it', async () => {
    const unknown = await viewer.post('/api/scores/what-if', { assume: { '3.2.1': 100, '9.9.9': 50 } });
    expectError(assert, unknown, 400, { field: '9.9.9' });
    assert.match(unknown.json.error, /9\.9\.9/);
    const group = await viewer.post('/api/scores/what-if', { assume: { '3.2': 100 } });
    expectError(assert, group, 400, { field: '3.2' });
    const text = await viewer.post('/api/scores/what-if', { assume: { '3.2.1': 'một trăm' } });
    expectError(assert, text, 400, { field: 'assume.3.2.1' });
    expectError(assert, await viewer.post('/api/scores/what-if', '{"assume":'), 400, { message: MESSAGES.badJson });
  });
});

// ---- the methodology ----------------------------------------------------------------------------

describe('PUT /api/scores/methodology', () => {
  test('a criterion code not in the plan: 400 at the line of that code, nothing changes', async () => {
    const before = await scores();
    const yaml = PREAMBLE + shipped.replace('- code: "3.2.3"', '- code: "9.9.9"');
    const line = lineOfCode(yaml, '9.9.9');
    assert.equal(line, lineOfCode(shipped, '3.2.3') + 3);
    const res = await putMethodology(coordinator, yaml, 'sai-ma.yaml');
    expectError(assert, res, 400);
    assert.equal(res.json.problems.length, 1, res.text);
    const [problem] = res.json.problems;
    assert.deepEqual([problem.line, problem.field], [line, 'code']);
    assert.match(problem.message, /9\.9\.9/);
    assert.ok(res.json.error.includes(`sai-ma.yaml, dòng ${line}`), res.json.error);
    assert.deepEqual(await scores(), before, 'the scorecard is unchanged');
    assert.equal((await viewer.get('/api/scores/methodology')).text, shipped, 'the methodology in force is unchanged');
  });

  test("a group's max that is not the sum of its children: 400 at the group's line and its area's", async () => {
    const before = await scores();
    const lines = (PREAMBLE + shipped).split('\n');
    const groupLine = lineOfCode(lines.join('\n'), '3.2');
    assert.match(lines[groupLine], /^\s*max: 6$/, 'the line after "- code: "3.2"" is its max');
    lines[groupLine] = lines[groupLine].replace('max: 6', 'max: 7');
    const yaml = lines.join('\n');
    const res = await putMethodology(coordinator, yaml, 'sai-diem.yaml');
    expectError(assert, res, 400);
    const problems = res.json.problems.map((p) => [p.line, p.field]);
    // 3.2 (7) is not 3.2.1 + 3.2.2 + 3.2.3 (6), and so III (12) is not 3.1 + 3.2 (13).
    assert.deepEqual(problems, [[lineOfCode(yaml, 'III'), 'max'], [groupLine, 'max']]);
    assert.match(res.json.problems[1].message, /“3\.2”.*7.*6/);
    assert.deepEqual(await scores(), before, 'the scorecard is unchanged');
  });

  test('a file that is not YAML: one problem, nothing changes', async () => {
    const before = await scores();
    const res = await putMethodology(coordinator, 'year: 2025\nareas: [\n', 'hong.yaml');
    expectError(assert, res, 400);
    assert.equal(res.json.problems.length, 1);
    assert.ok(res.json.problems[0].line >= 1);
    assert.deepEqual(await scores(), before);
  });

  test('the shipped methodology with a new title: 200, in force, no longer the default', async () => {
    const before = await scores();
    const title = 'Bộ tiêu chí chấm điểm Chỉ số CCHC phường năm 2025 (bản của phường)';
    const yaml = shipped.replace(/^title: .*$/m, `title: ${title}`);
    assert.notEqual(yaml, shipped);
    const res = await putMethodology(coordinator, yaml, 'phuong-phap-phuong.yaml');
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, { saved: true, source_name: 'phuong-phap-phuong.yaml' });
    const card = await scores();
    assert.equal(card.methodology.is_default, false);
    assert.equal(card.methodology.title, title);
    assert.equal(card.methodology.source_name, 'phuong-phap-phuong.yaml');
    assert.equal(card.methodology.imported_by, 'dieuphoi');
    assert.match(card.methodology.imported_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.deepEqual(card.nodes, before.nodes, 'only the title changed');
    assert.deepEqual(card.totals, before.totals);
    assert.equal((await viewer.get('/api/scores/methodology')).text, yaml, 'served back as uploaded');
  });
});

// ---- results sheets -----------------------------------------------------------------------------

describe('POST /api/scores/results', () => {
  // (The demo may already hold last year's results: a row replaces the criterion's, the others stay.)
  test('last year: rows stored, an unknown code skipped with its line, last_year on the nodes', async () => {
    const before = await scores();
    const sheet = { '1.1': 1.25, '2.2.1': 0.5, '3.2.1': 2.45 };
    for (const [code, points] of Object.entries(sheet)) assert.notEqual(nodeOf(before, code).last_year, points);
    const csv = [
      'Mã tiêu chí,Điểm tối đa,Điểm cuối cùng',
      '1.1,2,"1,25"', //         line 2: a decimal comma
      '2.2.1,"1,5",0.5', //      line 3
      '9.9.9,1,1', //            line 4: not in the methodology
      '3.2.1,3,"2,45"', //       line 5
    ].join('\r\n') + '\r\n';
    const res = await postResults(coordinator, csv);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.year, 2024);
    assert.equal(res.json.stored, 3);
    assert.equal(res.json.skipped.length, 1, res.text);
    assert.equal(res.json.skipped[0].line, 4);
    assert.match(res.json.skipped[0].message, /9\.9\.9/);

    const card = await scores();
    for (const [code, points] of Object.entries(sheet)) assert.equal(nodeOf(card, code).last_year, points, code);
    const onTime = nodeOf(card, '3.2.1');
    near(onTime.change, onTime.projected - 2.45, '3.2.1 change');
    // A pending criterion is projected at last year's points once they are known.
    const pending = nodeOf(card, '2.2.1');
    assert.equal(pending.state, 'pending');
    assert.equal(pending.projected, 0.5);
    assert.ok(card.risks.some((r) => r.code === '2.2.1' && r.gain === 1), JSON.stringify(card.risks));
    assert.equal(nodeOf(card, '1.2').last_year, nodeOf(before, '1.2').last_year, 'a criterion not in the sheet keeps its own');
    checkSums(card);
  });

  test('points above the maximum: 400 naming the line, and nothing of the sheet is stored', async () => {
    const before = await scores();
    assert.notEqual(nodeOf(before, '1.2').last_year, 1.75);
    const csv = 'Mã tiêu chí,Điểm tối đa,Điểm cuối cùng\r\n1.2,2,"1,75"\r\n1.3,2,5\r\n';
    const res = await postResults(coordinator, csv, 'year=2024&name=qua-diem.csv');
    expectError(assert, res, 400);
    assert.match(res.json.error, /qua-diem\.csv, dòng 3\b/);
    assert.deepEqual(await scores(), before, 'the valid row on line 2 was not stored either');
  });

  test('a year outside the plan\'s last ten: 400 on "year"', async () => {
    const res = await postResults(coordinator, 'Mã tiêu chí,Điểm cuối cùng\r\n1.2,1\r\n', 'year=2010');
    expectError(assert, res, 400, { field: 'year' });
  });
});

// ---- the appraisal round ------------------------------------------------------------------------

describe('PUT /api/scores/results/{code}', () => {
  test('appraised below the self-assessment: a negative difference, stage "appraised"', async () => {
    const res = await coordinator.put('/api/scores/results/3.2.2', {
      self_points: 1.5,
      self_explanation: 'Có văn bản xin lỗi cho 45/60 hồ sơ quá hạn',
      appraised_points: 1.2,
      appraisal_comment: 'Chỉ 36/60 hồ sơ có văn bản xin lỗi đúng mẫu',
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.stage, 'appraised');
    assert.ok(res.json.difference < 0, `difference ${res.json.difference}`);
    near(res.json.difference, -0.3, 'difference');
    assert.equal(res.json.updated_by, 'dieuphoi');
    const node = nodeOf(await scores(), '3.2.2');
    assert.deepEqual(node.result, res.json);
    assert.equal(node.state, 'scored', 'only final points settle a criterion');
  });

  test('a ward explanation, then final points: "explained", then "final" and settled', async () => {
    const round = {
      self_points: 1.5,
      self_explanation: 'Có văn bản xin lỗi cho 45/60 hồ sơ quá hạn',
      appraised_points: 1.2,
      appraisal_comment: 'Chỉ 36/60 hồ sơ có văn bản xin lỗi đúng mẫu',
      ward_explanation: 'Bổ sung 9 văn bản xin lỗi gửi qua bưu chính',
    };
    const explained = await coordinator.put('/api/scores/results/3.2.2', round);
    assert.equal(explained.status, 200, explained.text);
    assert.equal(explained.json.stage, 'explained');
    const settled = await admin.put('/api/scores/results/3.2.2', { ...round, final_points: 1.4 });
    assert.equal(settled.status, 200, settled.text);
    assert.equal(settled.json.stage, 'final');
    const card = await scores();
    const node = nodeOf(card, '3.2.2');
    assert.deepEqual([node.state, node.now, node.projected], ['settled', 1.4, 1.4]);
    checkSums(card);
  });

  test('points outside 0..max: 400; a code the methodology does not score: 404', async () => {
    expectError(assert, await coordinator.put('/api/scores/results/3.2.3', { self_points: 1.5 }), 400); // max 1
    expectError(assert, await coordinator.put('/api/scores/results/3.2.3', { appraised_points: -0.5 }), 400);
    expectError(assert, await coordinator.put('/api/scores/results/3.2.3', { self_points: '1' }), 400, { field: 'self_points' });
    expectError(assert, await coordinator.put('/api/scores/results/9.9.9', { self_points: 1 }), 404, { field: 'code' });
    expectError(assert, await coordinator.put('/api/scores/results/3.2', { self_points: 1 }), 404, { field: 'code' });
    assert.equal(nodeOf(await scores(), '3.2.3').result.stage, 'open');
  });
});

// ---- entered values -----------------------------------------------------------------------------

describe('PUT /api/scores/entries/{code}', () => {
  test('a SIPAS result for 8.1.1: scored, the survey known, the index over the whole', async () => {
    const res = await coordinator.put('/api/scores/entries/8.1.1', { value: 85, note: 'Kết quả SIPAS 2025' });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, { code: '8.1.1', value: 85, note: 'Kết quả SIPAS 2025' });
    const card = await scores();
    const node = nodeOf(card, '8.1.1');
    assert.equal(node.state, 'scored');
    assert.equal(node.value_now, 85);
    near(node.now, (4 * 85) / 90, '8.1.1: min(4; 4 × 85 / 90)');
    assert.match(node.reason, /Kết quả SIPAS 2025/);
    assert.equal(card.totals.survey_known, true);
    near(card.totals.survey_now, node.now, 'survey_now');
    near(card.totals.index_now, (100 * (card.totals.assessed_now + card.totals.survey_now)) / card.totals.applicable_max, 'index_now');
    checkSums(card);
  });

  test('null removes the value', async () => {
    const other = await coordinator.put('/api/scores/entries/8.1.2', { value: 70, note: '' });
    assert.equal(other.status, 200, other.text);
    assert.equal(nodeOf(await scores(), '8.1.2').state, 'scored');
    const removed = await admin.put('/api/scores/entries/8.1.2', { value: null, note: '' });
    assert.equal(removed.status, 200, removed.text);
    assert.equal(removed.json.value, null);
    const node = nodeOf(await scores(), '8.1.2');
    assert.deepEqual([node.state, node.now, node.value_now], ['pending', 0, null]);
  });

  test('a criterion that does not read an entered value: 400; unknown: 404; a negative value: 400', async () => {
    const before = await scores();
    expectError(assert, await coordinator.put('/api/scores/entries/3.2.1', { value: 100 }), 400, { field: 'code' });
    expectError(assert, await coordinator.put('/api/scores/entries/9.9.9', { value: 1 }), 404, { field: 'code' });
    expectError(assert, await coordinator.put('/api/scores/entries/8.1.3', { value: -5 }), 400, { field: 'value' });
    expectError(assert, await coordinator.put('/api/scores/entries/8.1.3', { value: 'tám mươi' }), 400, { field: 'value' });
    assert.deepEqual(await scores(), before);
  });
});

// ---- who may change the score -------------------------------------------------------------------

describe('only the coordinator and the admin change what the score is computed from', () => {
  test('the viewer and unit staff: 403 on every write, and nothing changes', async () => {
    const before = await scores();
    const methodologyBefore = (await viewer.get('/api/scores/methodology')).text;
    for (const client of [viewer, staff]) {
      const attempts = [
        await putMethodology(client, shipped),
        await postResults(client, 'Mã tiêu chí,Điểm cuối cùng\r\n1.4,2\r\n'),
        await client.put('/api/scores/results/1.4', { self_points: 2 }),
        await client.put('/api/scores/entries/8.1.1', { value: 10, note: '' }),
      ];
      for (const res of attempts) expectError(assert, res, 403, { message: MESSAGES.forbidden });
    }
    assert.deepEqual(await scores(), before);
    assert.equal((await viewer.get('/api/scores/methodology')).text, methodologyBefore);
  });

  test('but anyone logged in may ask a what-if; nobody anonymous reads the scores', async () => {
    const res = await staff.post('/api/scores/what-if', { assume: { '8.1.1': 90 } });
    assert.equal(res.status, 200, res.text);
    assert.equal(nodeOf(res.json, '8.1.1').now, 4);
    expectError(assert, await server.anon.get('/api/scores'), 401, { message: MESSAGES.notLoggedIn });
  });
});
