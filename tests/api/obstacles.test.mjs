// Obstacles (vướng mắc, kiến nghị): raised by a unit on a task it answers for, answered by the
// coordinator or the leaders, shown in their inbox while open.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, runCli, writeDemoPlan, SERVICE_CENTRE, MESSAGES, expectError } from './server.mjs';

// In the demo plan every task names a group ("Các cơ quan, tổ chức, đơn vị thuộc UBND phường"),
// so every unit, even one created later, answers for every task. This server imports the demo
// plan with one change first: task 6.3.2 is led by Phòng Kinh tế, Hạ tầng và Đô thị and
// supported by Văn phòng HĐND và UBND only, so the service centre has nothing to do with it.
const UNRELATED_TASK = '6.3.2';

async function importPlanWithUnrelatedTask(dir, db) {
  const plan = await writeDemoPlan(join(dir, 'ke-hoach.txt'), {
    rows: {
      [UNRELATED_TASK]: (cells) => {
        assert.match(cells[4], /Phòng Kinh tế/);
        cells[5] = 'Văn phòng HĐND và UBND';
      },
    },
  });
  await runCli(db, 'plan', 'import', plan);
}

let server;
let staff;
let coordinator;
let admin;
let outsider; // unit_staff of a unit created by admin (answers for every group-led task)
let obstacle;

before(async () => {
  server = await startServer({ beforeServe: importPlanWithUnrelatedTask });
  staff = await server.login('canbo.ttpvhcc');
  coordinator = await server.login('dieuphoi');
  admin = await server.login('quantri');
  // A unit created later belongs to the "all units" groups, and so answers for the tasks
  // they lead or support.
  const unit = await admin.post('/api/units', { name: 'Tổ công nghệ thông tin' });
  assert.equal(unit.status, 201, unit.text);
  const user = await admin.post('/api/users', {
    username: 'canbo.cntt', display_name: 'Cán bộ CNTT', role: 'unit_staff', unit_key: unit.json.key, password: 'matkhau-cntt',
  });
  assert.equal(user.status, 201, user.text);
  outsider = await server.login('canbo.cntt', { password: 'matkhau-cntt' });
});

after(async () => {
  await server?.stop();
});

describe('raising an obstacle', () => {
  test('staff raises one on a task its unit leads (3.2.1): 201, open, with unit and author', async () => {
    const text = 'Thiếu máy quét để số hóa hồ sơ; đề nghị bố trí kinh phí.';
    const res = await staff.post('/api/obstacles', { task_code: '3.2.1', text });
    assert.equal(res.status, 201, res.text);
    obstacle = res.json;
    assert.equal(obstacle.task_code, '3.2.1');
    assert.equal(obstacle.unit_key, SERVICE_CENTRE);
    assert.equal(obstacle.text, text);
    assert.equal(obstacle.state, 'open');
    assert.equal(obstacle.raised_by, 'canbo.ttpvhcc');
    assert.equal(obstacle.answer, null);
    assert.ok(obstacle.raised_at);
  });

  test('the unit head and another responsible unit may raise one too', async () => {
    assert.equal((await (await server.login('truong.ttpvhcc')).post('/api/obstacles', { task_code: '7.3.4', text: 'Người dân chưa quen thanh toán trực tuyến.' })).status, 201);
    assert.equal((await (await server.login('canbo.vhxh')).post('/api/obstacles', { task_code: '1.1', text: 'Chưa có hướng dẫn của tỉnh.' })).status, 201);
  });

  test(`a unit with nothing to do with the task (${UNRELATED_TASK}): 403`, async () => {
    const task = (await staff.get(`/api/tasks/${UNRELATED_TASK}`)).json;
    assert.ok(![...task.lead_units, ...task.coordinating_units].includes(SERVICE_CENTRE), 'the service centre is not responsible');
    for (const who of ['canbo.ttpvhcc', 'truong.ttpvhcc', 'canbo.vhxh']) {
      expectError(assert, await (await server.login(who)).post('/api/obstacles', { task_code: UNRELATED_TASK, text: 'Không liên quan.' }), 403, { message: MESSAGES.forbidden });
    }
    const listed = (await staff.get('/api/obstacles')).json.obstacles;
    assert.ok(!listed.some((o) => o.task_code === UNRELATED_TASK), 'nothing stored');
  });

  test('a unit created later belongs to the "all units" groups, and so may raise on 3.2.1', async () => {
    const res = await outsider.post('/api/obstacles', { task_code: '3.2.1', text: 'Tổ mới cũng thực hiện nhiệm vụ này.' });
    assert.equal(res.status, 201, res.text);
    expectError(assert, await outsider.post('/api/obstacles', { task_code: UNRELATED_TASK, text: 'Không liên quan.' }), 403);
  });

  test('roles without a unit (admin, coordinator, chairman, viewer): 403', async () => {
    for (const who of ['quantri', 'dieuphoi', 'chutich', 'phochutich', 'xem']) {
      expectError(assert, await (await server.login(who)).post('/api/obstacles', { task_code: '3.2.1', text: 'Thử.' }), 403);
    }
  });

  test('an empty text: 400 naming "text"; an unknown task: 404; anonymous: 401', async () => {
    expectError(assert, await staff.post('/api/obstacles', { task_code: '3.2.1', text: '  ' }), 400, { field: 'text' });
    expectError(assert, await staff.post('/api/obstacles', { task_code: '3.2.1' }), 400, { field: 'text' });
    expectError(assert, await staff.post('/api/obstacles', { task_code: '99.9', text: 'Không có nhiệm vụ.' }), 404);
    expectError(assert, await server.anon.post('/api/obstacles', { task_code: '3.2.1', text: 'Ẩn danh.' }), 401);
  });

  test('everyone logged in sees it in GET /api/obstacles and on the task', async () => {
    for (const who of ['xem', 'canbo.vhxh', 'chutich']) {
      const client = await server.login(who);
      assert.ok((await client.get('/api/obstacles')).json.obstacles.some((o) => o.id === obstacle.id), who);
      assert.ok((await client.get('/api/tasks/3.2.1')).json.obstacles.some((o) => o.id === obstacle.id), who);
    }
  });

  test('the history of the task records it', async () => {
    const entries = (await staff.get('/api/tasks/3.2.1/history')).json.entries;
    const entry = entries.find((e) => e.entity === `obstacle:${obstacle.id}`);
    assert.ok(entry);
    assert.equal(entry.action, 'obstacle.raise');
    assert.equal(entry.username, 'canbo.ttpvhcc');
  });
});

describe('the inbox and the answer', () => {
  const inboxItem = async (client) => (await client.get('/api/inbox')).json.items
    .find((i) => i.kind === 'obstacle' && i.obstacle_id === obstacle.id);

  test('the coordinator, the chairman, the vice chairman and admin have the open obstacle in the inbox', async () => {
    for (const who of ['dieuphoi', 'chutich', 'phochutich', 'quantri']) {
      const item = await inboxItem(await server.login(who));
      assert.ok(item, `${who} has the obstacle in the inbox`);
      assert.equal(item.task_code, '3.2.1');
      assert.equal(item.unit_key, SERVICE_CENTRE);
      assert.equal(item.message, obstacle.text);
    }
  });

  test('staff and viewers do not (it is not theirs to answer)', async () => {
    for (const who of ['canbo.ttpvhcc', 'truong.ttpvhcc', 'canbo.vhxh', 'xem']) {
      assert.equal(await inboxItem(await server.login(who)), undefined, who);
    }
  });

  test('staff and viewers may not answer (403); nothing changes', async () => {
    for (const who of ['canbo.ttpvhcc', 'truong.ttpvhcc', 'xem']) {
      expectError(assert, await (await server.login(who)).post(`/api/obstacles/${obstacle.id}/answer`, { answer: 'Tự trả lời.' }), 403);
    }
    const listed = (await staff.get('/api/obstacles')).json.obstacles.find((o) => o.id === obstacle.id);
    assert.equal(listed.state, 'open');
  });

  test('an empty answer: 400 naming "answer"; an unknown or non-numeric id: 404', async () => {
    expectError(assert, await coordinator.post(`/api/obstacles/${obstacle.id}/answer`, { answer: '' }), 400, { field: 'answer' });
    expectError(assert, await coordinator.post('/api/obstacles/999999/answer', { answer: 'Không có.' }), 404);
    expectError(assert, await coordinator.post('/api/obstacles/abc/answer', { answer: 'Không có.' }), 404);
  });

  test('the coordinator answers: state answered, answer and author recorded', async () => {
    const answer = 'Đã đề nghị UBND phường bố trí kinh phí trong quý I/2026.';
    const res = await coordinator.post(`/api/obstacles/${obstacle.id}/answer`, { answer });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.state, 'answered');
    assert.equal(res.json.answer, answer);
    assert.equal(res.json.answered_by, 'dieuphoi');
    assert.ok(res.json.answered_at);
    const listed = (await staff.get('/api/obstacles')).json.obstacles.find((o) => o.id === obstacle.id);
    assert.equal(listed.state, 'answered');
    assert.equal(listed.answer, answer);
  });

  test('an answered obstacle leaves the inbox', async () => {
    for (const who of ['dieuphoi', 'chutich']) {
      assert.equal(await inboxItem(await server.login(who)), undefined, who);
    }
    // the other, still open, obstacles stay
    const open = (await coordinator.get('/api/inbox')).json.items.filter((i) => i.kind === 'obstacle');
    const stillOpen = (await coordinator.get('/api/obstacles')).json.obstacles.filter((o) => o.state === 'open');
    assert.equal(open.length, stillOpen.length);
    assert.ok(open.length >= 2);
  });
});

describe('comments on a task (leaders and the coordinator)', () => {
  test('the chairman comments: 201; everyone logged in reads it on the task; the history records it', async () => {
    const chairman = await server.login('chutich');
    const text = 'Đề nghị Trung tâm khắc phục ngay tình trạng hồ sơ quá hạn lĩnh vực đất đai.';
    const res = await chairman.post('/api/tasks/3.2.1/comments', { text });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.text, text);
    assert.equal(res.json.task_code, '3.2.1');
    assert.equal(res.json.written_by, 'chutich');
    for (const who of ['xem', 'canbo.ttpvhcc']) {
      const task = (await (await server.login(who)).get('/api/tasks/3.2.1')).json;
      assert.ok(task.comments.some((c) => c.id === res.json.id && c.text === text), who);
    }
    const entry = (await staff.get('/api/tasks/3.2.1/history')).json.entries.find((e) => e.entity === `comment:${res.json.id}`);
    assert.ok(entry);
    assert.equal(entry.action, 'task.comment');
  });

  test('unit staff and viewers may not comment (403); an empty text: 400; an unknown task: 404', async () => {
    expectError(assert, await staff.post('/api/tasks/3.2.1/comments', { text: 'Cán bộ góp ý.' }), 403);
    expectError(assert, await (await server.login('xem')).post('/api/tasks/3.2.1/comments', { text: 'Người xem góp ý.' }), 403);
    expectError(assert, await coordinator.post('/api/tasks/3.2.1/comments', { text: '' }), 400, { field: 'text' });
    expectError(assert, await coordinator.post('/api/tasks/99.9/comments', { text: 'Không có nhiệm vụ.' }), 404);
  });
});
