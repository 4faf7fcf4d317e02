import { Skeleton } from '@/components/skeleton';

const widths = ['w-2/3', 'w-1/2', 'w-3/4', 'w-2/5', 'w-3/5', 'w-1/2', 'w-2/3', 'w-1/3', 'w-3/4', 'w-1/2'];

export default function Loading() {
  return (
    <div role="status" className="space-y-4">
      <span className="sr-only">Loading tasks…</span>
      <div className="flex items-end justify-between">
        <Skeleton className="h-6 w-24" />
        <Skeleton className="h-4 w-64" />
      </div>
      <div className="overflow-hidden rounded-lg border border-line">
        <div className="h-8 border-b border-line bg-surface" />
        {widths.map((width, index) => (
          <div key={index} className="flex h-9 items-center gap-6 border-b border-line px-3 last:border-b-0">
            <Skeleton className="h-3 w-16" />
            <div className="flex-1">
              <Skeleton className={`h-3 ${width}`} />
            </div>
            <Skeleton className="h-4 w-20 rounded-full" />
            <Skeleton className="hidden h-3 w-24 sm:block" />
            <Skeleton className="hidden h-3 w-32 md:block" />
            <Skeleton className="h-3 w-12" />
          </div>
        ))}
      </div>
    </div>
  );
}
