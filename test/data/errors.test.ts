import { expect } from '@open-wc/testing';
import { toStoreError } from '../../src/data/firestore/errors.js';
import { RestError } from '../../src/data/rest/request.js';

describe('toStoreError', () => {
  it('turns the REST API and the SDKs alike into what the reader and the site owner can act on', () => {
    const cases: Array<[unknown, string, string]> = [
      [new RestError(0, 'UNAVAILABLE', 'fetch failed'), 'offline', 'could not be reached'],
      [{ code: 'unavailable' }, 'offline', 'could not be reached'],
      [{ code: 'auth/network-request-failed' }, 'offline', 'could not be reached'],
      [new RestError(403, 'PERMISSION_DENIED', 'Missing or insufficient permissions.'), 'rejected', 'deploy the firestore.rules'],
      [{ code: 'permission-denied' }, 'rejected', 'deploy the firestore.rules'],
      [new RestError(400, 'FAILED_PRECONDITION', 'The query requires an index.'), 'misconfigured', 'firestore.indexes.json'],
      [new RestError(404, 'NOT_FOUND', 'The database (default) does not exist.'), 'misconfigured', 'create the (default) database'],
      [new RestError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.'), 'misconfigured', '"api-key" attribute'],
      [{ code: 'auth/operation-not-allowed' }, 'misconfigured', 'enable the Anonymous provider'],
      [new Error('Something odd'), 'unknown', 'Something odd'],
    ];
    for (const [error, code, fix] of cases) {
      const storeError = toStoreError(error);
      expect(storeError.code, JSON.stringify(error)).to.equal(code);
      expect(storeError.message).to.contain(fix);
      expect(storeError.cause).to.equal(error);
    }
  });
});
