import { describe, expect, it } from 'vitest';
import { api, METHOD_NAMES } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { parseCall } from '../../../shared/api/validate';

function rejected(name: unknown, args: unknown): AppError {
  try {
    parseCall(name, args);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error(`parseCall accepted ${String(name)} ${JSON.stringify(args)}`);
}

describe('API contract', () => {
  it('has a schema for every method', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(5);
    for (const name of METHOD_NAMES) expect(api[name].args).toBeDefined();
  });

  it('refuses an unknown method with a Russian message', () => {
    const err = rejected('members.drop', {});
    expect(err.code).toBe('unknown_method');
    expect(err.message).toContain('Неизвестная команда');
  });

  it.each([
    ['registry.open', {}, 'path'],
    ['registry.open', { path: '' }, 'path'],
    ['registry.open', { path: 42 }, 'path'],
    ['registry.open', { path: 'a.profreestr', extra: 1 }, ''],
    ['orgs.get', { id: -1 }, 'id'],
    ['orgs.get', { id: 1.5 }, 'id'],
    ['members.list', { limit: 0 }, 'limit'],
    ['members.list', { limit: 100000 }, 'limit'],
    ['members.list', { offset: -5 }, 'offset'],
    ['members.list', { sort: [{ field: 'password', dir: 'asc' }] }, 'sort'],
    ['members.list', { sort: [{ field: 'surname', dir: 'up' }] }, 'sort'],
    ['host.fileDialog', { mode: 'delete' }, 'mode'],
    ['jobs.cancel', { jobId: '' }, 'jobId'],
  ])('rejects %s with %j', (name, args, field) => {
    const err = rejected(name, args);
    expect(err.code).toBe('bad_args');
    expect(err.message).toMatch(/Неверные данные для команды/);
    if (field) expect(err.message).toContain(`«${field}`);
    // zod's Russian locale: no English leaks into the message.
    expect(err.message).not.toMatch(/\b(Expected|Invalid|Required|received)\b/);
  });

  it('fills defaults for members.list', () => {
    const call = parseCall('members.list', {});
    expect(call.args).toEqual({
      orgId: null,
      subtree: true,
      includeRemoved: false,
      search: '',
      preset: null,
      ids: null,
      filters: [],
      offset: 0,
      limit: 200,
      sort: [],
    });
  });

  it('accepts a missing argument object for methods without arguments', () => {
    expect(parseCall('registry.info', undefined).args).toEqual({});
  });
});
