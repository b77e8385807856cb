/**
 * `moderators add|remove|list` and `mode`, against the Auth and Firestore emulators: the custom
 * claim merged with the account's others, the messages a site owner reads, and refusals with exit 1.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, cli, freshProject } from './cli-env.js';

const project = freshProject('mods');
const backend = admin(project);
after(() => backend.close());

describe('moderators', () => {
  let ada: string;
  let grace: string;
  before(async () => {
    ada = (await backend.auth.createUser({ email: 'ada@example.com', password: 'lovelace-1815', displayName: 'Ada' })).uid;
    grace = (await backend.auth.createUser({ email: 'grace@example.com', password: 'hopper-1906' })).uid;
    // Grace has a claim of another tool's, which must survive.
    await backend.auth.setCustomUserClaims(grace, { editor: true });
  });

  it('list says there are none yet, and how to add one', async () => {
    const { code, stdout } = await cli(['--project', project, 'moderators', 'list']);
    assert.equal(code, 0);
    assert.match(stdout, new RegExp(`No moderators in project ${project}.*Add one: npx leave-a-reply moderators add <email>`));
  });

  it('add by email sets moderator: true and says the claim comes with the next sign-in', async () => {
    const { code, stdout } = await cli(['--project', project, 'moderators', 'add', 'ada@example.com']);
    assert.equal(code, 0);
    assert.match(stdout, new RegExp(`ada@example.com \\(${ada}\\) is now a moderator of project ${project}`));
    assert.match(stdout, /They must sign out of the widget and in again \(or wait up to an hour\) for the claim to reach their token\./);
    assert.deepEqual((await backend.auth.getUser(ada)).customClaims, { moderator: true });
  });

  it('add by uid merges with the claims the account has', async () => {
    assert.equal((await cli(['moderators', 'add', grace, '--project', project])).code, 0);
    assert.deepEqual((await backend.auth.getUser(grace)).customClaims, { editor: true, moderator: true });
  });

  it('add twice changes nothing and says so', async () => {
    const { code, stdout } = await cli(['--project', project, 'moderators', 'add', 'ada@example.com']);
    assert.equal(code, 0);
    assert.match(stdout, /is already a moderator/);
  });

  it('list shows both, with uid and email', async () => {
    const { stdout } = await cli(['--project', project, 'moderators', 'list']);
    assert.match(stdout, /2 moderators in project/);
    assert.match(stdout, new RegExp(`${ada}\\tada@example.com\\tAda`));
    assert.match(stdout, new RegExp(`${grace}\\tgrace@example.com`));
  });

  it('remove takes the claim away and keeps the others', async () => {
    const { code, stdout } = await cli(['--project', project, 'moderators', 'remove', 'grace@example.com']);
    assert.equal(code, 0);
    assert.match(stdout, /is no longer a moderator.*They must sign out of the widget and in again/);
    assert.deepEqual((await backend.auth.getUser(grace)).customClaims, { editor: true });
    assert.equal((await cli(['--project', project, 'moderators', 'remove', ada])).code, 0);
    assert.deepEqual((await backend.auth.getUser(ada)).customClaims ?? {}, {});
    assert.match((await cli(['--project', project, 'moderators', 'list'])).stdout, /No moderators/);
  });

  it('remove of someone who is not one says nothing changed', async () => {
    const { code, stdout } = await cli(['--project', project, 'moderators', 'remove', 'ada@example.com']);
    assert.equal(code, 0);
    assert.match(stdout, /is not a moderator .*nothing changed/);
  });

  it('an unknown email or uid: a clear error and exit code 1', async () => {
    for (const who of ['nobody@example.com', 'no-such-uid']) {
      const { code, stderr } = await cli(['--project', project, 'moderators', 'add', who]);
      assert.equal(code, 1);
      assert.match(stderr, new RegExp(`^error: No user with the (email|uid) "${who}" in project ${project}`));
      assert.match(stderr, /must sign in to the widget once with an account/);
    }
  });

  it('a guest (an account without a provider) is refused', async () => {
    const guest = (await backend.auth.createUser({})).uid;
    const { code, stderr } = await cli(['--project', project, 'moderators', 'add', guest]);
    assert.equal(code, 1);
    assert.match(stderr, /is a guest \(an anonymous account\)/);
    assert.deepEqual((await backend.auth.getUser(guest)).customClaims ?? {}, {});
  });
});

describe('mode', () => {
  it('shows publish-all while there is no settings document', async () => {
    const { code, stdout } = await cli(['--project', project, 'mode']);
    assert.equal(code, 0);
    assert.match(stdout, /^publish-all \(every comment is published at once; no settings\/moderation document/);
  });

  it('sets each mode in settings/moderation, and shows it', async () => {
    for (const mode of ['hold-first-time', 'hold-all', 'publish-all']) {
      const set = await cli(['--project', project, 'mode', mode]);
      assert.equal(set.code, 0);
      assert.match(set.stdout, new RegExp(`Moderation mode of project ${project}.*: ${mode} \\(`));
      assert.deepEqual((await backend.firestore.doc('settings/moderation').get()).data(), { mode });
      assert.match((await cli(['--project', project, 'mode'])).stdout, new RegExp(`^${mode} \\(`));
    }
  });

  it('an unknown mode changes nothing', async () => {
    await backend.firestore.doc('settings/moderation').set({ mode: 'hold-all' });
    const { code, stderr } = await cli(['--project', project, 'mode', 'everything']);
    assert.equal(code, 1);
    assert.match(stderr, /Unknown mode "everything"/);
    assert.deepEqual((await backend.firestore.doc('settings/moderation').get()).data(), { mode: 'hold-all' });
  });
});
