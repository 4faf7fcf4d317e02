'use client';
// The board: status columns of cards that members drag within and between columns, by pointer or by keyboard (focus
// a card's handle, Space to lift, arrows to move, Space to drop). A move shows at once and is sent to the server with
// the version the board showed; a refusal puts the card back and says why, a stale board is reloaded.
import { closestCorners, DndContext, type DragEndEvent, type DragOverEvent, useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { useDragSensors } from '@/components/edit/sortable-list';
import { formatStatus } from '@/components/format';
import type { Board, BoardCard } from '@/lib/board/board';
import type { TaskStatus } from '@/lib/enums';

import { BoardCardFace } from './board-card';

type Columns = Record<TaskStatus, BoardCard[]>;

function toColumns(board: Board): Columns {
  return Object.fromEntries(board.columns.map((column) => [column.status, column.cards])) as Columns;
}

function columnOf(columns: Columns, id: string): TaskStatus | undefined {
  if (id in columns) return id as TaskStatus;
  return (Object.keys(columns) as TaskStatus[]).find((status) => columns[status].some((card) => card.id === id));
}

function SortableCard({ card, canMove }: { card: BoardCard; canMove: boolean }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    disabled: !canMove,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-card={card.key}
      className={`flex gap-1.5 rounded-md border border-line bg-canvas p-2 shadow-xs ${isDragging ? 'opacity-60' : ''}`}
    >
      {canMove ? (
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Move ${card.key}`}
          className="h-6 w-4 shrink-0 cursor-grab touch-none rounded text-fg-subtle hover:bg-hover hover:text-fg focus-visible:outline-2 focus-visible:outline-focus active:cursor-grabbing"
        >
          ⠿
        </button>
      ) : null}
      <div className="min-w-0 flex-1">
        <BoardCardFace card={card} />
      </div>
    </li>
  );
}

function Column(props: { status: TaskStatus; cards: BoardCard[]; limit: number | null; canMove: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: props.status });
  const isOverLimit = props.limit !== null && props.cards.length > props.limit;
  const headingId = `column-${props.status}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`flex min-w-56 flex-1 flex-col rounded-lg border bg-surface ${isOver ? 'border-accent' : 'border-line'}`}
    >
      <h2 id={headingId} className="flex items-baseline justify-between gap-2 px-3 pt-2.5 pb-2 text-sm font-semibold">
        {formatStatus(props.status)}
        <span className={`text-xs font-normal tabular-nums ${isOverLimit ? 'text-status-blocked' : 'text-fg-muted'}`}>
          {props.cards.length}
          {props.limit !== null ? ` / ${props.limit}` : ''}
          {isOverLimit ? <span className="sr-only"> (over the limit)</span> : null}
        </span>
      </h2>
      <SortableContext
        id={props.status}
        items={props.cards.map((card) => card.id)}
        strategy={verticalListSortingStrategy}
      >
        <ol ref={setNodeRef} className="flex min-h-24 flex-1 flex-col gap-1.5 px-2 pb-2">
          {props.cards.map((card) => (
            <SortableCard key={card.id} card={card} canMove={props.canMove} />
          ))}
          {props.cards.length === 0 ? (
            <li className="rounded-md border border-dashed border-line px-2 py-4 text-center text-xs text-fg-subtle">
              No tasks
            </li>
          ) : null}
        </ol>
      </SortableContext>
    </section>
  );
}

export function BoardView({ board, canMove, reloadUrl }: { board: Board; canMove: boolean; reloadUrl: string }) {
  const router = useRouter();
  const [columns, setColumns] = useState(() => toColumns(board));
  const [shown, setShown] = useState(board);
  const [before, setBefore] = useState<Columns | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'warning'; text: string } | null>(null);
  // A new board from the server (a reload, new filters, a change someone made) replaces what is shown, though not
  // under a card being dragged.
  if (shown !== board && before === null) {
    setShown(board);
    setColumns(toColumns(board));
  }
  const sensors = useDragSensors();
  const limits = Object.fromEntries(board.columns.map((column) => [column.status, column.limit]));

  const onDragStart = () => setBefore(columns);

  // Crossing into another column moves the card there at once, so the list it is sorted in is the one it is over.
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const from = columnOf(columns, String(active.id));
    const to = columnOf(columns, String(over.id));
    if (!from || !to || from === to) return;
    setColumns((current) => {
      const card = current[from].find((found) => found.id === active.id);
      if (!card) return current;
      const target = current[to];
      const overIndex = target.findIndex((found) => found.id === over.id);
      const at = overIndex === -1 ? target.length : overIndex;
      return {
        ...current,
        [from]: current[from].filter((found) => found.id !== active.id),
        [to]: [...target.slice(0, at), { ...card, status: to }, ...target.slice(at)],
      };
    });
  };

  const onDragEnd = async ({ active, over }: DragEndEvent) => {
    const previous = before;
    setBefore(null);
    const status = columnOf(columns, String(active.id));
    if (!over || !status || !previous) return;
    let list = columns[status];
    const from = list.findIndex((card) => card.id === active.id);
    const to = over.id === status ? list.length - 1 : list.findIndex((card) => card.id === over.id);
    if (from !== -1 && to !== -1 && from !== to) {
      list = [...list];
      const [moved] = list.splice(from, 1);
      if (moved) list.splice(to, 0, moved);
    }
    const index = list.findIndex((card) => card.id === active.id);
    const card = list[index];
    const original = columnOf(previous, String(active.id));
    const originalIndex = original ? previous[original].findIndex((found) => found.id === active.id) : -1;
    if (!card || (original === status && originalIndex === index)) return setColumns(previous);
    const next = { ...columns, [status]: list };
    setColumns(next);
    setMessage(null);

    const response = await fetch(`/api/v1/tasks/${encodeURIComponent(card.key)}/move`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        status,
        after: list[index - 1]?.key ?? null,
        before: list[index + 1]?.key ?? null,
        version: card.version,
      }),
    }).catch(() => null);
    // A refused move goes back to where it was, then the board reloads: others may have moved cards meanwhile.
    const putBack = () => {
      setColumns(previous);
      router.refresh();
    };
    if (!response) {
      putBack();
      return setMessage({ kind: 'error', text: `Could not reach the server; ${card.key} was not moved.` });
    }
    const result = (await response.json().catch(() => ({}))) as {
      card?: BoardCard;
      warnings?: string[];
      detail?: string;
    };
    if (response.status === 412) {
      setMessage({
        kind: 'error',
        text: `${card.key} changed meanwhile, so it was not moved. The board now shows it as it is.`,
      });
      return router.replace(reloadUrl, { scroll: false });
    }
    if (!response.ok || !result.card) {
      putBack();
      return setMessage({
        kind: 'error',
        text: `${card.key} was not moved: ${result.detail ?? `error ${response.status}`}`,
      });
    }
    const saved = result.card;
    setColumns((current) => ({
      ...current,
      [status]: current[status].map((found) => (found.id === saved.id ? saved : found)),
    }));
    if (result.warnings?.length) setMessage({ kind: 'warning', text: `${card.key}: ${result.warnings.join('. ')}.` });
  };

  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {message ? (
          <p
            role={message.kind === 'error' ? 'alert' : 'status'}
            className={`rounded-md border px-3 py-2 text-[0.8125rem] ${
              message.kind === 'error'
                ? 'border-status-blocked-dot/40 bg-status-blocked-bg text-status-blocked'
                : 'border-status-review-dot/40 bg-status-review-bg text-status-review'
            }`}
          >
            {message.text}
          </p>
        ) : null}
      </div>
      <DndContext
        id="board"
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={(event) => void onDragEnd(event)}
        onDragCancel={() => {
          if (before) setColumns(before);
          setBefore(null);
        }}
      >
        <div className="flex gap-3 overflow-x-auto pb-2">
          {(Object.keys(columns) as TaskStatus[]).map((status) => (
            <Column
              key={status}
              status={status}
              cards={columns[status]}
              limit={limits[status] ?? null}
              canMove={canMove}
            />
          ))}
        </div>
      </DndContext>
    </div>
  );
}
