export const cellClass = 'border-b border-line px-3 align-middle';

export interface Column {
  label: string;
  /** Read by screen readers only (e.g. an actions column). */
  isLabelHidden?: boolean;
  isNumeric?: boolean;
}

/** The header row of the app's dense tables; `isSticky` pins it below the site header on wide screens. */
export function TableHead({ columns, isSticky = false }: { columns: Column[]; isSticky?: boolean }) {
  const base = `h-8 border-b border-line bg-surface px-3 text-left text-xs font-medium text-fg-muted ${
    isSticky ? 'lg:sticky lg:top-12 lg:z-10' : ''
  }`;
  return (
    <thead>
      <tr>
        {columns.map((column, index) => {
          const corners = `${index === 0 ? 'rounded-tl-lg' : ''} ${index === columns.length - 1 ? 'rounded-tr-lg' : ''}`;
          return (
            <th key={column.label} scope="col" className={`${base} ${corners} ${column.isNumeric ? 'text-right' : ''}`}>
              {column.isLabelHidden ? <span className="sr-only">{column.label}</span> : column.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
