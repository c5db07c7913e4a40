/*
 * Copyright 2025 Commonwealth Scientific and Industrial Research
 * Organisation (CSIRO) ABN 41 687 119 230.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import {
  ColumnDef,
  flexRender,
  getCoreRowModel,
  getFacetedRowModel,
  getFacetedUniqueValues,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  SortingState,
  useReactTable,
} from "@tanstack/react-table";
import {
  Table,
  TableBody,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table.tsx";
import SimpleTableBody from "@/components/SimpleTableBody.tsx";
import useDisplayFullQueryUrl from "@/hooks/useDisplayFullQueryUrl.ts";

interface SimpleTableProps<TData, TValue> {
  data: TData[];
  columns: ColumnDef<TData, TValue>[];
  queryUrl: string;
  isLoading: boolean;
  initialSorting?: SortingState;
}

function SimpleTable<TData, TValue>(props: SimpleTableProps<TData, TValue>) {
  const { data, columns, queryUrl, isLoading, initialSorting } = props;

  const table = useReactTable({
    data,
    columns,
    rowCount: 1,
    initialState: {
      sorting: initialSorting,
    },
    manualPagination: true, // To show all rows within one page
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFacetedRowModel: getFacetedRowModel(),
    getFacetedUniqueValues: getFacetedUniqueValues(),
  });

  const fullRequestUrl = useDisplayFullQueryUrl(queryUrl);

  return (
    <div className="space-y-6">
      <Table>
        <TableHeader>
          {table.getHeaderGroups().map((headerGroup) => (
            <TableRow key={headerGroup.id}>
              {headerGroup.headers.map((header) => {
                return (
                  <TableHead key={header.id} colSpan={header.colSpan}>
                    {header.isPlaceholder ? null : (
                      <div
                        className="flex items-center gap-x-1 cursor-pointer"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <span>
                          {flexRender(
                            header.column.columnDef.header,
                            header.getContext()
                          )}
                        </span>
                        {{
                          asc: "↑",
                          desc: "↓",
                        }[header.column.getIsSorted() as string] ?? null}
                      </div>
                    )}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          <SimpleTableBody
            table={table}
            columns={columns}
            isLoading={isLoading}
          />
        </TableBody>
      </Table>
      <div className="text-xs text-muted-foreground flex items-center justify-between">
        <span>
          <b>{table.getFilteredRowModel().rows.length}</b> results found
        </span>
        <a
          href={fullRequestUrl}
          title={fullRequestUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="underline"
        >
          View request in new tab
        </a>
      </div>
    </div>
  );
}

export default SimpleTable;
