import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { failure, ok } from '../../db/contract/result';
import { createDispatch } from '../../db/handlers/dispatch';
import { WorkspaceHost } from '../../db/handlers/host';
import type { FromWorker, ToWorker, WorkerStart } from './protocol';

/**
 * The store worker: the only owner of the database connection. Calls arrive already validated by
 * the router and are run one at a time, so there is exactly one writer.
 */
const port = parentPort;
if (!port) throw new Error('store-worker must run as a worker thread');

const send = (message: FromWorker) => port.postMessage(message);
const start = workerData as WorkerStart;
const host = new WorkspaceHost();
const dispatch = createDispatch(host, (event, payload) => send({ kind: 'event', event, payload }));

try {
  const exists = existsSync(start.file);
  if (exists || start.createIfMissing) host.openOrCreate(start.file, start.sample, exists);
  send({ kind: 'ready', result: ok(host.isOpen ? host.ws.info() : null) });
} catch (err) {
  send({ kind: 'ready', result: failure(err) });
}

port.on('message', (message: ToWorker) => {
  if ('close' in message) {
    host.close();
    send({ kind: 'reply', id: message.id, result: ok(null) });
    port.close();
    return;
  }
  send({ kind: 'reply', id: message.id, result: dispatch(message.method, message.input) });
});
