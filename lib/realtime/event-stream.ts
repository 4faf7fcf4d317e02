// GET /api/events: a server-sent event stream of the caller's workspace's task changes. Each event carries its id,
// so a client that reconnects (EventSource does so by itself) sends Last-Event-ID and gets what it missed.
import { authenticateRequest } from '@/lib/api/authenticate';
import { errorResponse } from '@/lib/api/problem';

import { followWorkspace } from './hub';
import { latestTaskEventId, taskEventsSince } from './task-events';

const HEARTBEAT_MS = 25_000;

function startId(request: Request): bigint | null {
  const raw = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('after');
  return raw && /^\d{1,19}$/.test(raw) ? BigInt(raw) : null;
}

export async function streamTaskEvents(request: Request): Promise<Response> {
  let principal;
  try {
    principal = await authenticateRequest(request);
  } catch (error) {
    return errorResponse(error);
  }
  const { workspaceId } = principal;
  let lastId = startId(request) ?? (await latestTaskEventId(workspaceId));
  const seen = new Map<string, number>();
  const encoder = new TextEncoder();
  let stop = () => undefined as void;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let isClosed = false;
      const end = () => {
        isClosed = true;
        stop();
        try {
          controller.close();
        } catch {
          // Already closed.
        }
      };
      request.signal.addEventListener('abort', end);
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      let isReading = false;
      let again = false;
      // Reads new events once at a time; a wake-up during a read asks for one more read after it.
      const pump = async () => {
        if (isReading) {
          again = true;
          return;
        }
        isReading = true;
        try {
          do {
            again = false;
            const now = Date.now();
            for (const [id, at] of seen) if (now - at > 15_000) seen.delete(id);
            const events = await taskEventsSince(workspaceId, lastId, new Set(seen.keys()));
            // Whoever opened the stream must still be allowed to read: a revoked token, an ended session or a
            // removed member gets nothing more.
            if (events.length > 0) {
              const still = await authenticateRequest(request).catch(() => null);
              if (still?.workspaceId !== workspaceId) return end();
            }
            for (const event of events) {
              seen.set(event.id, now);
              if (BigInt(event.id) > lastId) lastId = BigInt(event.id);
              send(`id: ${lastId}\nevent: task\ndata: ${JSON.stringify({ key: event.key, kind: event.kind })}\n\n`);
            }
          } while (again);
        } catch {
          // The database is unreachable for now; the next wake-up or heartbeat tries again.
        } finally {
          isReading = false;
        }
      };
      // Recent events up to the client's last one count as seen (it had them); then whatever came after.
      const recent = await taskEventsSince(workspaceId, lastId, new Set()).catch(() => []);
      for (const event of recent) if (BigInt(event.id) <= lastId) seen.set(event.id, Date.now());
      send('retry: 2000\n\n');
      const unfollow = await followWorkspace(workspaceId, () => void pump());
      // The client may have gone while this connection was being set up.
      if (isClosed || request.signal.aborted) return unfollow();
      const heartbeat = setInterval(() => {
        send(': keep-alive\n\n');
        void pump();
      }, HEARTBEAT_MS);
      stop = () => {
        clearInterval(heartbeat);
        unfollow();
      };
      // Whatever came after the client's last event.
      await pump();
    },
    cancel() {
      stop();
    },
  });

  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
