// /api/events – live task changes for open pages (server-sent events); see lib/realtime.
import { streamTaskEvents } from '@/lib/realtime/event-stream';

export const dynamic = 'force-dynamic';

export { streamTaskEvents as GET };
