import { useCallback, useEffect, useRef, useState } from 'react';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Modal } from './Modal';

export interface Column<T> {
  key: string;
  header: string;
  align?: 'left' | 'center' | 'right';
  render: (row: T) => React.ReactNode;
  /** Used in the summary modal. If omitted, render() is used. */
  summaryRender?: (row: T) => React.ReactNode;
  /** Hide this column from the summary modal */
  hideInSummary?: boolean;
  /** Show this column prominently in mobile card view (first 2-3 columns recommended) */
  primary?: boolean;
}

interface DataTableProps<T> {
  columns: Column<T>[];
  data: T[];
  /** Total count for server-side pagination. If omitted, client-side pagination is used. */
  total?: number;
  /** Current page (1-indexed) for server-side pagination */
  page?: number;
  /** Callback when page changes (server-side pagination) */
  onPageChange?: (page: number) => void;
  /** Rows per page. Defaults to 10. */
  perPage?: number;
  isLoading?: boolean;
  emptyMessage?: string;
  /** Custom icon shown when the table is empty */
  emptyIcon?: React.ReactNode;
  /** Key extractor for each row. Defaults to (row as any).id */
  rowKey?: (row: T, index: number) => string;
  /** Title shown on the summary modal. Can be a function that receives the row. */
  summaryTitle?: string | ((row: T) => string);
  /** Custom summary content. If provided, overrides the default field list. Receives close callback. */
  renderSummary?: (row: T, close: () => void) => React.ReactNode;
  /** Footer rendered at the bottom of the modal (sticky, outside scroll area). Receives close callback. */
  renderSummaryFooter?: (row: T, close: () => void) => React.ReactNode;
  /** Disable row click modal */
  disableRowClick?: boolean;
  /** Extra action column rendered after all columns */
  renderActions?: (row: T) => React.ReactNode;
  /** Show row selection checkboxes and a select-all checkbox for the current page. */
  selectable?: boolean;
  /** Controlled list of selected row keys. */
  selectedRowKeys?: string[];
  /** Called when row selection changes. */
  onSelectedRowKeysChange?: (keys: string[]) => void;
  /** Disable selection for specific rows. Defaults to all rows selectable. */
  isRowSelectable?: (row: T) => boolean;
}

export function DataTable<T>({
  columns,
  data,
  total,
  page: controlledPage,
  onPageChange,
  perPage = 10,
  isLoading,
  emptyMessage = 'No data found',
  emptyIcon,
  rowKey,
  summaryTitle = 'Record Details',
  renderSummary,
  renderSummaryFooter,
  disableRowClick = false,
  renderActions,
  selectable = false,
  selectedRowKeys = [],
  onSelectedRowKeysChange,
  isRowSelectable,
}: DataTableProps<T>) {
  const [selectedRow, setSelectedRow] = useState<T | null>(null);
  const [internalPage, setInternalPage] = useState(1);
  const selectAllRef = useRef<HTMLInputElement>(null);

  const isServerSide = controlledPage !== undefined && onPageChange !== undefined;
  const currentPage = isServerSide ? controlledPage : internalPage;
  const setCurrentPage = isServerSide ? onPageChange! : setInternalPage;

  const totalItems = isServerSide ? (total ?? data.length) : data.length;
  const totalPages = Math.ceil(totalItems / perPage);
  // Clamp before slicing so no frame is ever blank. Filtering 30 rows down to 8
  // while sitting on page 3 used to slice [20,30) out of an eight-row array,
  // render "No data found", and unmount the pager — leaving no control to get
  // back to the rows that do match.
  const safePage = Math.min(Math.max(1, currentPage), Math.max(1, totalPages));
  const displayData = isServerSide
    ? data
    : data.slice((safePage - 1) * perPage, safePage * perPage);

  const colCount = columns.length + (renderActions ? 1 : 0) + (selectable ? 1 : 0);

  // Clamping fixes the frame; this fixes the state. Keyed on the derived page
  // count and not on `data`, because Approvals, Reports and portal Leave all
  // pass an inline `data={query.data ?? []}` — a `[data]` dependency would see a
  // new array identity every render and pin those tables to page 1 forever.
  useEffect(() => {
    if (isServerSide) return;
    if (internalPage > totalPages) {
      setInternalPage(Math.max(1, totalPages));
    }
  }, [internalPage, isServerSide, totalPages]);

  // Server-side the parent owns the page, so only correct it once the server has
  // actually told us the size. The `total !== undefined` guard matters:
  // `totalItems` falls back to `data.length` while a page is in flight, which
  // would otherwise clamp the parent to page 1 on every refetch.
  useEffect(() => {
    if (!isServerSide || total === undefined || isLoading) return;
    const lastPage = Math.max(1, totalPages);
    if (currentPage > lastPage) {
      onPageChange!(lastPage);
    }
  }, [currentPage, isLoading, isServerSide, onPageChange, total, totalPages]);

  const getKey = useCallback((row: T, index: number) => {
    if (rowKey) return rowKey(row, index);
    if ((row as Record<string, unknown>).id) return String((row as Record<string, unknown>).id);
    return String(index);
  }, [rowKey]);

  const handleRowClick = (row: T) => {
    if (!disableRowClick) setSelectedRow(row);
  };

  const selectedKeySet = new Set(selectedRowKeys);
  const selectableDisplayData = selectable
    ? displayData.filter((row) => isRowSelectable?.(row) ?? true)
    : [];
  const selectableDisplayKeys = selectableDisplayData.map((row, index) => getKey(row, index));
  const selectedDisplayCount = selectableDisplayKeys.filter((key) => selectedKeySet.has(key)).length;
  const hasSelectableRows = selectableDisplayKeys.length > 0;
  const allDisplayRowsSelected = hasSelectableRows && selectedDisplayCount === selectableDisplayKeys.length;
  const someDisplayRowsSelected = selectedDisplayCount > 0 && !allDisplayRowsSelected;

  useEffect(() => {
    if (selectAllRef.current) {
      selectAllRef.current.indeterminate = someDisplayRowsSelected;
    }
  }, [someDisplayRowsSelected]);

  const updateSelection = (keys: string[]) => {
    onSelectedRowKeysChange?.(Array.from(new Set(keys)));
  };

  const toggleRowSelection = (row: T, index: number) => {
    if (!(isRowSelectable?.(row) ?? true)) return;

    const key = getKey(row, index);
    updateSelection(
      selectedKeySet.has(key)
        ? selectedRowKeys.filter((selectedKey) => selectedKey !== key)
        : [...selectedRowKeys, key],
    );
  };

  const toggleDisplaySelection = () => {
    if (allDisplayRowsSelected) {
      updateSelection(selectedRowKeys.filter((key) => !selectableDisplayKeys.includes(key)));
      return;
    }

    updateSelection([...selectedRowKeys, ...selectableDisplayKeys]);
  };

  useEffect(() => {
    if (!selectedRow) {
      return;
    }

    const selectedKey = getKey(selectedRow, -1);
    const nextSelectedRow = data.find((row, index) => getKey(row, index) === selectedKey) ?? null;

    if (!nextSelectedRow) {
      setSelectedRow(null);
      return;
    }

    if (nextSelectedRow !== selectedRow) {
      setSelectedRow(nextSelectedRow);
    }
  }, [data, getKey, selectedRow]);

  const modalTitle = typeof summaryTitle === 'function' && selectedRow
    ? summaryTitle(selectedRow)
    : (summaryTitle as string);

  // Split columns into primary (shown prominently on mobile cards) and secondary
  const primaryColumns = columns.filter((col) => col.primary);
  const secondaryColumns = columns.filter((col) => !col.primary);
  // If no columns are marked primary, use first 2 as primary
  const mobilePrimary = primaryColumns.length > 0 ? primaryColumns : columns.slice(0, 2);
  const mobileSecondary = primaryColumns.length > 0 ? secondaryColumns : columns.slice(2);

  const getPageNumbers = (): (number | 'ellipsis')[] => {
    if (totalPages <= 7) return Array.from({ length: totalPages }, (_, i) => i + 1);
    const pages: (number | 'ellipsis')[] = [1];
    if (safePage > 3) pages.push('ellipsis');
    const start = Math.max(2, safePage - 1);
    const end = Math.min(totalPages - 1, safePage + 1);
    for (let i = start; i <= end; i++) pages.push(i);
    if (safePage < totalPages - 2) pages.push('ellipsis');
    if (totalPages > 1) pages.push(totalPages);
    return pages;
  };

  return (
    <>
      <div className="bg-white rounded-2xl shadow overflow-hidden">
        {/* Mobile card view */}
        <div className="md:hidden">
          {isLoading ? (
            <div className="px-4 py-12 text-center text-gray-400">
              <div className="flex items-center justify-center gap-2">
                <div className="animate-spin rounded-full h-5 w-5 border-b-2 border-gray-900" />
                <span>Loading...</span>
              </div>
            </div>
          ) : displayData.length === 0 ? (
            <div className="px-4 py-12 text-center text-gray-400">
              {emptyIcon && <div className="flex justify-center mb-2">{emptyIcon}</div>}
              {emptyMessage}
            </div>
          ) : (
            <div className="divide-y divide-gray-100">
              {displayData.map((row, idx) => (
                <div
                  key={getKey(row, idx)}
                  className={`p-4 ${!disableRowClick ? 'cursor-pointer active:bg-gray-50' : ''}`}
                  onClick={() => handleRowClick(row)}
                >
                  {/* Primary fields */}
                  <div className="flex items-start justify-between gap-3">
                    {selectable && (
                      <div className="pt-0.5" onClick={(e) => e.stopPropagation()}>
                        <input
                          type="checkbox"
                          checked={selectedKeySet.has(getKey(row, idx))}
                          disabled={!(isRowSelectable?.(row) ?? true)}
                          onChange={() => toggleRowSelection(row, idx)}
                          className="h-4 w-4 rounded border-gray-300 text-gray-900 focus:ring-gray-900 disabled:opacity-40"
                          aria-label="Select row"
                        />
                      </div>
                    )}
                    <div className="flex-1 min-w-0 space-y-0.5">
                      {mobilePrimary.map((col) => (
                        <div key={col.key} className="text-sm text-gray-900">
                          {col.render(row)}
                        </div>
                      ))}
                    </div>
                    {renderActions && (
                      <div className="flex-shrink-0" onClick={(e) => e.stopPropagation()}>
                        {renderActions(row)}
                      </div>
                    )}
                  </div>
                  {/* Secondary fields */}
                  {mobileSecondary.length > 0 && (
                    <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1.5">
                      {mobileSecondary.map((col) => (
                        <div key={col.key} className="min-w-0">
                          <span className="text-[10px] font-medium text-gray-400 uppercase tracking-wider">{col.header}</span>
                          <div className="text-xs text-gray-600 truncate">{col.render(row)}</div>
                        </div>
                      ))}
                    </div>
                  )}
                </div>
              ))}
            </div>
          )}
        </div>

        {/* Desktop table view */}
        <div className="hidden md:block overflow-x-auto">
          <table className="w-full">
            <thead className="bg-gray-50 text-left">
              <tr>
                {selectable && (
                  <th className="w-12 px-6 py-3">
                    <input
                      ref={selectAllRef}
                      type="checkbox"
                      checked={allDisplayRowsSelected}
                      disabled={!hasSelectableRows}
                      onChange={toggleDisplaySelection}
                      className="h-4 w-4 rounded border-gray-300 text-gray-900 focus:ring-gray-900 disabled:opacity-40"
                      aria-label="Select all visible rows"
                    />
                  </th>
                )}
                {columns.map((col) => (
                  <th
                    key={col.key}
                    className={`px-6 py-3 text-xs font-medium text-gray-500 uppercase tracking-wide ${
                      col.align === 'right' ? 'text-right' : col.align === 'center' ? 'text-center' : 'text-left'
                    }`}
                  >
                    {col.header}
                  </th>
                ))}
                {renderActions && (
                  <th className="px-6 py-3 text-xs font-medium text-gray-500 uppercase text-center">Actions</th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {isLoading ? (
                <tr>
                  <td colSpan={colCount} className="px-6 py-12 text-center text-gray-400">
                    <div className="flex items-center justify-center gap-2">
                      <div className="animate-spin rounded-full h-5 w-5 border-b-2 border-gray-900" />
                      <span>Loading...</span>
                    </div>
                  </td>
                </tr>
              ) : displayData.length === 0 ? (
                <tr>
                  <td colSpan={colCount} className="px-6 py-12 text-center text-gray-400">
                    {emptyIcon && <div className="flex justify-center mb-2">{emptyIcon}</div>}
                    {emptyMessage}
                  </td>
                </tr>
              ) : (
                displayData.map((row, idx) => (
                  <tr
                    key={getKey(row, idx)}
                    className={`hover:bg-gray-50 transition-colors ${!disableRowClick ? 'cursor-pointer' : ''}`}
                    onClick={() => handleRowClick(row)}
                  >
                    {selectable && (
                      <td className="px-6 py-4" onClick={(e) => e.stopPropagation()}>
                        <input
                          type="checkbox"
                          checked={selectedKeySet.has(getKey(row, idx))}
                          disabled={!(isRowSelectable?.(row) ?? true)}
                          onChange={() => toggleRowSelection(row, idx)}
                          className="h-4 w-4 rounded border-gray-300 text-gray-900 focus:ring-gray-900 disabled:opacity-40"
                          aria-label="Select row"
                        />
                      </td>
                    )}
                    {columns.map((col) => (
                      <td
                        key={col.key}
                        className={`px-6 py-4 text-sm ${
                          col.align === 'right' ? 'text-right' : col.align === 'center' ? 'text-center' : 'text-left'
                        }`}
                      >
                        {col.render(row)}
                      </td>
                    ))}
                    {renderActions && (
                      <td className="px-6 py-4 text-sm text-center" onClick={(e) => e.stopPropagation()}>
                        {renderActions(row)}
                      </td>
                    )}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>

        {/* Pagination */}
        {/* `currentPage > 1` keeps a control on screen in the transitional frame
            where a filter has just collapsed the set to a single page and the
            reset effect has not run yet. */}
        {(totalPages > 1 || currentPage > 1) && !isLoading && (
          <div className="flex flex-col gap-2 sm:flex-row items-center justify-between px-4 sm:px-6 py-3 border-t border-gray-100 bg-gray-50">
            <span className="text-sm text-gray-500">
              Showing {(safePage - 1) * perPage + 1}–{Math.min(safePage * perPage, totalItems)} of {totalItems}
            </span>
            <div className="flex items-center gap-1">
              <button
                onClick={() => setCurrentPage(Math.max(1, safePage - 1))}
                disabled={safePage === 1}
                className="p-2 sm:p-1.5 rounded-lg hover:bg-gray-200 disabled:opacity-40 disabled:cursor-not-allowed transition-colors"
              >
                <ChevronLeft className="w-4 h-4" />
              </button>
              {/* Simplified pagination on mobile: just page count */}
              <span className="sm:hidden text-sm text-gray-600 px-2">
                {safePage} / {Math.max(1, totalPages)}
              </span>
              {/* Full pagination on desktop */}
              <div className="hidden sm:flex items-center gap-1">
                {getPageNumbers().map((p, i) =>
                  p === 'ellipsis' ? (
                    <span key={`e${i}`} className="px-1 text-gray-400">...</span>
                  ) : (
                    <button
                      key={p}
                      onClick={() => setCurrentPage(p)}
                      className={`min-w-[32px] h-8 rounded-lg text-sm font-medium transition-colors ${
                        p === safePage
                          ? 'bg-black text-white'
                          : 'text-gray-600 hover:bg-gray-200'
                      }`}
                    >
                      {p}
                    </button>
                  )
                )}
              </div>
              <button
                onClick={() => setCurrentPage(Math.min(Math.max(1, totalPages), safePage + 1))}
                disabled={safePage >= Math.max(1, totalPages)}
                className="p-2 sm:p-1.5 rounded-lg hover:bg-gray-200 disabled:opacity-40 disabled:cursor-not-allowed transition-colors"
              >
                <ChevronRight className="w-4 h-4" />
              </button>
            </div>
          </div>
        )}
      </div>

      {/* Summary Modal */}
      <Modal
        open={selectedRow !== null}
        onClose={() => setSelectedRow(null)}
        title={modalTitle}
        footer={selectedRow && renderSummaryFooter ? renderSummaryFooter(selectedRow, () => setSelectedRow(null)) : undefined}
      >
        {selectedRow && (
          renderSummary ? (
            renderSummary(selectedRow, () => setSelectedRow(null))
          ) : (
            <div className="space-y-5">
              {columns
                .filter((col) => !col.hideInSummary)
                .map((col) => (
                  <div key={col.key} className="flex flex-col gap-1.5">
                    <span className="text-xs font-medium text-gray-400 uppercase tracking-wider">{col.header}</span>
                    <div className="text-sm text-gray-900">
                      {col.summaryRender ? col.summaryRender(selectedRow) : col.render(selectedRow)}
                    </div>
                  </div>
                ))}
            </div>
          )
        )}
      </Modal>
    </>
  );
}
