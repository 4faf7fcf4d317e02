import { Skeleton } from '@/components/skeleton';

export default function TaskLoading() {
  return (
    <div role="status" className="xl:grid xl:grid-cols-[minmax(0,1fr)_15rem] xl:gap-10">
      <span className="sr-only">Loading task…</span>
      <div className="space-y-6">
        <div className="space-y-3">
          <Skeleton className="h-3 w-28" />
          <Skeleton className="h-7 w-2/3" />
        </div>
        <div className="grid grid-cols-2 gap-x-6 gap-y-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-3 lg:grid-cols-5">
          {Array.from({ length: 10 }, (_, index) => (
            <div key={index} className="space-y-1.5">
              <Skeleton className="h-2.5 w-16" />
              <Skeleton className="h-3.5 w-24" />
            </div>
          ))}
        </div>
        {['Overview', 'Technical Details'].map((group) => (
          <div key={group} className="space-y-4">
            <Skeleton className="h-5 w-40" />
            {[0, 1, 2].map((row) => (
              <div key={row} className="space-y-2">
                <Skeleton className="h-3.5 w-48" />
                <Skeleton className="h-3 w-full" />
                <Skeleton className="h-3 w-5/6" />
              </div>
            ))}
          </div>
        ))}
      </div>
      <div className="hidden space-y-2 xl:block">
        {Array.from({ length: 12 }, (_, index) => (
          <Skeleton key={index} className="h-3 w-40" />
        ))}
      </div>
    </div>
  );
}
