import Link from 'next/link';

import { BlockedMarker } from '@/components/blocked-marker';
import { Estimate } from '@/components/estimate';
import type { BoardCard } from '@/lib/board/board';

/** A card's face: key and title (the link to the task), then who, how big, and how far along. */
export function BoardCardFace({ card }: { card: BoardCard }) {
  return (
    <div className="space-y-1.5">
      <div className="flex items-start gap-2">
        <Link
          href={`/tasks/${card.key}`}
          className="min-w-0 flex-1 text-[0.8125rem] leading-snug font-medium text-fg hover:text-accent"
        >
          <span className="mr-1.5 font-mono text-xs font-normal text-fg-muted">{card.key}</span>
          {card.title}
        </Link>
      </div>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-fg-muted">
        <span className="truncate">{card.assignee?.name ?? 'Unassigned'}</span>
        <Estimate points={card.estimatePoints} hours={card.estimateHours} />
        {card.criteria.total > 0 ? (
          <span title="Acceptance criteria met" className="tabular-nums">
            ✓ {card.criteria.done}/{card.criteria.total}
          </span>
        ) : null}
        <span title="Document filled" className="tabular-nums">
          {card.completeness}%
        </span>
        {card.unfinishedBlockers > 0 ? <BlockedMarker count={card.unfinishedBlockers} /> : null}
      </div>
    </div>
  );
}
