import type React from 'react';
import { useState } from 'react';

import { faSortUp, faSortDown } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import type { ColumnDef, SortingState, Column, Table as ReactTable, ColumnFiltersState } from '@tanstack/react-table';
import {
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  getFilteredRowModel,
  useReactTable,
} from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';

import { Button } from '~/components/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '~/components/dropdown-menu';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '~/components/table';
import { cn } from '~/utils/tailwind-utils';

interface DataTableProps<TData, TValue> {
  columns: ColumnDef<TData, TValue>[];
  data: TData[];
  // Whether to render the built-in pagination UI. If false, caller should render their own.
  showPagination?: boolean;
  // Optional controlled sorting props so parent can drive sorting (e.g., via URL params)
  sorting?: SortingState;
  onSortingChange?: (updater: SortingState) => void;
  // When true, table will not apply client-side sorting (server controls order)
  disableClientSorting?: boolean;
}

export function DataTable<TData, TValue>({
  columns,
  data,
  showPagination = true,
  sorting: controlledSorting,
  onSortingChange,
  disableClientSorting = false,
}: DataTableProps<TData, TValue>) {
  const { t } = useTranslation(['gcweb']);
  const [uncontrolledSorting, setUncontrolledSorting] = useState<SortingState>([]);
  const sorting = controlledSorting ?? uncontrolledSorting;
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);

  const table = useReactTable({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    // Only enable local pagination when the pagination UI is shown.
    ...(showPagination ? { getPaginationRowModel: getPaginationRowModel() } : {}),
    autoResetPageIndex: true,
    onSortingChange: (updater) => {
      // Resolve Updater<SortingState> to concrete value
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      // Update local state for uncontrolled usage
      setUncontrolledSorting(next);
      // Bubble up for controlled scenarios
      onSortingChange?.(next);
    },
    // Apply client-side sorting only if not disabled
    ...(disableClientSorting ? {} : { getSortedRowModel: getSortedRowModel() }),
    onColumnFiltersChange: setColumnFilters,
    getFilteredRowModel: getFilteredRowModel(),
    state: {
      sorting,
      columnFilters,
    },
  });

  return (
    <>
      <Table className="rounded-md border-b border-neutral-300">
        <TableHeader className="bg-neutral-200">
          {table.getHeaderGroups().map((headerGroup) => (
            <TableRow key={headerGroup.id}>
              {headerGroup.headers.map((header) => {
                const sortDirection = header.column.getIsSorted();
                const ariaSortValue = header.column.getCanSort()
                  ? sortDirection === 'asc'
                    ? 'ascending'
                    : sortDirection === 'desc'
                      ? 'descending'
                      : 'none'
                  : undefined;

                return (
                  <TableHead
                    key={header.id}
                    className={cn('text-left text-sm font-semibold', header.column.columnDef.meta?.headerClassName)}
                    aria-sort={ariaSortValue}
                  >
                    {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.length ? (
            table.getRowModel().rows.map((row) => (
              <TableRow
                key={row.id}
                data-state={row.getIsSelected() && 'selected'}
                className="border-neutral-300 even:bg-neutral-50 hover:bg-slate-100"
              >
                {row.getVisibleCells().map((cell) => (
                  <TableCell
                    key={cell.id}
                    className={cn('w-fit px-4 py-3 text-sm text-neutral-800', cell.column.columnDef.meta?.cellClassName)}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))
          ) : (
            <TableRow>
              <TableCell colSpan={columns.length} className="h-24 w-fit text-center">
                {t('gcweb:data-table.zero-records')}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {showPagination && (
        <div className="my-4">
          <DataTablePagination table={table} />
        </div>
      )}
    </>
  );
}

interface DataTablePaginationProps<TData> {
  table: ReactTable<TData>;
}

export function DataTablePagination<TData>({ table }: DataTablePaginationProps<TData>) {
  const { t } = useTranslation(['gcweb', 'app']);
  const pageCount = table.getPageCount();
  const pageIndex = table.getState().pagination.pageIndex;

  return (
    <div className="flex items-center justify-between px-2">
      <div className="flex items-center space-x-6 lg:space-x-8">
        <div className="flex items-center space-x-2">
          {/* Render page number buttons dynamically based on pageCount */}
          {Array.from({ length: pageCount }, (_, i) => (
            <Button
              key={i}
              type="button"
              variant="outline"
              className={cn('h-8 w-8 p-0 text-sm', pageIndex === i ? 'bg-slate-700 text-white' : 'border-hidden underline')}
              onClick={() => table.setPageIndex(i)}
            >
              <span className="sr-only">{t('gcweb:data-table.pagination.first-page')}</span>
              {i + 1}
            </Button>
          ))}
          {table.getCanNextPage() && (
            <Button
              type="button"
              variant="ghost"
              onClick={() => table.nextPage()}
              disabled={!table.getCanNextPage()}
              className={cn('h-8 border-hidden px-2 text-sm font-medium underline transition-colors duration-200')}
            >
              <span className="sr-only">{t('gcweb:data-table.pagination.next-page')}</span>
              {t('app:hr-advisor-employees-table.next-page')}
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}

interface DataTableColumnHeaderProps<TData, TValue> extends React.HTMLAttributes<HTMLDivElement> {
  column: Column<TData, TValue>;
  title: string;
}

interface DataTableColumnHeaderWithOptionsProps<TData, TValue> {
  column: Column<TData, TValue>;
  title: string;
  options: string[];
  className?: string;
  // Optional controlled selection of option values (e.g., status codes)
  selected?: string[];
  // Optional change notifier when selection updates
  onSelectionChange?: (selected: string[]) => void;
  showClearAll?: boolean;
}

export function DataTableColumnHeaderWithOptions<TData, TValue>({
  column,
  title,
  options,
  className,
  selected: controlledSelected,
  onSelectionChange,
  showClearAll = false,
}: DataTableColumnHeaderWithOptionsProps<TData, TValue>) {
  const { t } = useTranslation(['gcweb']);
  // Source of truth: controlled 'selected' if provided, else column filter state
  const selectedValues: string[] = controlledSelected ?? (column.getFilterValue() as string[] | undefined) ?? [];

  const setSelectedValues = (next: string[]) => {
    // Update internal column filter for local filtering/sorting UX
    column.setFilterValue(next.length ? next : undefined);
    // Notify parent when controlled handling is desired
    onSelectionChange?.(next);
  };

  const toggleOption = (value: string) => {
    const has = selectedValues.includes(value);
    const next = has ? selectedValues.filter((v) => v !== value) : [...selectedValues, value];
    setSelectedValues(next);
  };

  const selectedCount = selectedValues.length;

  const ariaLabel =
    selectedCount > 0
      ? t('gcweb:data-table.filters.header-aria', {
          title,
          count: selectedCount,
        })
      : title;

  return (
    <div className={cn('flex items-center space-x-2', className)}>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="-ml-3 h-8 font-sans font-medium data-[state=open]:bg-neutral-100"
            aria-label={ariaLabel}
          >
            {title}
            {selectedCount > 0 && (
              <span aria-hidden="true" className="ml-1 text-xs font-semibold text-[#0535D2]">
                ({selectedCount})
              </span>
            )}
            <span className="ml-1 rounded-sm p-1 text-neutral-500 hover:bg-slate-300">
              <FontAwesomeIcon icon={faSortDown} />
            </span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="max-h-60 w-48 overflow-y-auto p-2" role="menu">
          {options.map((option) => (
            <DropdownMenuItem key={option} asChild>
              <div
                className="flex w-full cursor-pointer items-center gap-2 px-2 py-1.5"
                role="menuitemcheckbox"
                aria-checked={selectedValues.some((v) => v === option)}
                onClick={() => toggleOption(option)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    toggleOption(option);
                  }
                }}
                tabIndex={0}
              >
                <input
                  type="checkbox"
                  checked={selectedValues.includes(option)}
                  onChange={() => toggleOption(option)}
                  className="h-4 w-4"
                  aria-label={t('data-table.filters.filter-option', { value: option })}
                  tabIndex={-1}
                />
                <span className="text-sm capitalize">{option.replace('-', ' ')}</span>
              </div>
            </DropdownMenuItem>
          ))}
          {showClearAll && (
            <DropdownMenuItem asChild>
              <Button
                id="clear-all-button"
                variant="alternative"
                size="sm"
                aria-roledescription="button"
                onClick={() => setSelectedValues([])}
                className="m-2"
              >
                {t('data-table.filters.clear-all')}
              </Button>
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}

export function DataTableColumnHeader<TData, TValue>({ column, title, className }: DataTableColumnHeaderProps<TData, TValue>) {
  const { t } = useTranslation(['gcweb']);

  if (!column.getCanSort()) {
    return <div className={cn('flex items-center', className)}>{title}</div>;
  }

  const sortDirection = column.getIsSorted();

  // Create accessible label that describes the current state and action
  const getAriaLabel = () => {
    if (sortDirection === 'asc') {
      return t('gcweb:data-table.sorting.sorted-ascending', { column: title });
    } else if (sortDirection === 'desc') {
      return t('gcweb:data-table.sorting.sorted-descending', { column: title });
    }
    return t('gcweb:data-table.sorting.not-sorted', { column: title });
  };

  return (
    <button
      onClick={() => column.toggleSorting()}
      className={cn('flex items-center gap-1 text-left text-sm font-semibold hover:underline', className)}
      aria-label={getAriaLabel()}
    >
      {title}
      <span className="rounded-sm p-1 text-neutral-500 hover:bg-slate-300" aria-hidden="true">
        <FontAwesomeIcon icon={sortDirection === 'desc' ? faSortDown : faSortUp} />
      </span>
    </button>
  );
}
