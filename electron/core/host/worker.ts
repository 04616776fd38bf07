// The engine's thread: the desktop app and the browser host run the core here, so a long import
// or document generation never freezes the window or the HTTP server.
import { parentPort, workerData } from 'node:worker_threads';
import type { EventMessage } from '../../../shared/api/events';
import { createCore } from '../create-core';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';

if (!parentPort) throw new Error('core-worker must run in a worker thread');
const port = parentPort;
const post = (msg: FromWorker) => port.postMessage(msg);

const core = createCore({
  ...(workerData as WorkerInit),
  emit: (name, payload) => post({ type: 'event', event: { name, payload } as EventMessage }),
});

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'close') {
    core.close();
    post({ type: 'closed' });
    port.close();
    return;
  }
  void core.call(msg.name, msg.args, msg.jobId).then((envelope) => post({ type: 'result', id: msg.id, envelope }));
});
