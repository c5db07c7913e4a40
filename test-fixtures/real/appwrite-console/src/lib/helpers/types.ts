import type { ComponentType } from 'svelte';
import type { Writable } from 'svelte/store';

export type PinkColumn = {
    id: string;
    width?:
        | {
              min: number;
              max: number;
          }
        | {
              min: number;
          }
        | number;
    minimumWidth?: number;
    hide?: boolean;
};

export type WritableValue<T> = T extends Writable<infer U> ? U : never;

export function isHTMLElement(el: unknown): el is HTMLElement {
    return el instanceof HTMLElement;
}

export function isHTMLInputElement(el: unknown): el is HTMLInputElement {
    return el instanceof HTMLInputElement;
}

const columnTypes = [
    'string',
    'varchar',
    'text',
    'mediumtext',
    'longtext',
    'bigint',
    'integer',
    'double',
    'boolean',
    'datetime',
    'relationship',
    'enum',
    'point',
    'linestring',
    'polygon',
    'dynamic' /* a primitive or an object */
] as const;
export type ColumnType = (typeof columnTypes)[number];
export type Column = PinkColumn & {
    title: string;
    type: ColumnType;
    filter?: boolean;
    array?: boolean;
    format?: string;
    exclude?: boolean;
    disable?: boolean;
    elements?: string[] | { value: string | number; label: string }[];
    encrypt?: boolean;
    icon?: ComponentType;
    isPrimary?: boolean;
    isEditable?: boolean;
    fixed?: boolean;
    resizable?: boolean;
    draggable?: boolean;
    resizedWidth?: number;
    isAction?: boolean;
    sticky?: { side: 'left' | 'right'; offset?: number };
};

export function isValueOfStringEnum<T extends Record<string, string>>(
    enumType: T,
    value: string
): value is T[keyof T] {
    return Object.values<string>(enumType).includes(value);
}

export type TableRootProp = {
    allowSelection: boolean;
    selectedRows: string[];
    selectedAll: boolean;
    selectedNone: boolean;
    selectedSome: boolean;
    columns: Array<PinkColumn> | number;
    columnsMap: Record<PinkColumn['id'], PinkColumn>;
    toggle: (id: string) => void;
    toggleAll: () => void;
    addAvailableId: (id: string) => void;
    removeAvailableId: (id: string) => void;
};

export type NestedNumberArray = Array<number | NestedNumberArray>;
