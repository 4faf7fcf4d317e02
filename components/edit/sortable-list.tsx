'use client';
// A list whose items can be dragged into a new order, by pointer or by keyboard (focus the handle, Space to lift,
// arrows to move, Space to drop, Escape to cancel), with dnd-kit's screen-reader announcements.
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';

import { smallButtonClass } from '@/components/forms/styles';

/** Pointer (after a small move, so clicks stay clicks) and keyboard dragging, as every sortable list here uses. */
export function useDragSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}

export function SortableList({
  ids,
  onMove,
  children,
}: {
  ids: string[];
  onMove: (from: number, to: number) => void;
  children: ReactNode;
}) {
  const sensors = useDragSensors();
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="space-y-2">{children}</ol>
      </SortableContext>
    </DndContext>
  );
}

/** One item; `children` receives the drag handle to place among the item's own buttons. */
export function SortableItem({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className: string;
  children: (handle: ReactNode) => ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  const handle = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      aria-label={`Drag ${label} to reorder`}
      className={`${smallButtonClass} cursor-grab touch-none active:cursor-grabbing`}
    >
      ⠿
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      aria-label={label}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`${className} ${isDragging ? 'relative z-10 bg-canvas shadow-lg' : ''}`}
    >
      {children(handle)}
    </li>
  );
}
