import type { ReactNode } from 'react';
import type { ListViewContextBuilderPassOnProps } from '../ContextBuilder';

import type {
    Columns,
    CustomMenuContents,
    CustomRowMenuContents,
    CustomTopBarActions,
    SetColumnOrder,
    SelectRow,
} from '../types';

type WithFilterPassOnProps = ListViewContextBuilderPassOnProps & {
    filters: ReactNode;
};

type ComponentProps = {
    columns: Columns;
    filters: ReactNode;
    onSetColumnOrder: SetColumnOrder;
    rowIdKey: string;
    customMenuContents?: CustomMenuContents;
    customRowMenuContents?: CustomRowMenuContents;
    customTopBarActions?: CustomTopBarActions;
    onClickListRow: SelectRow;
    onRowSelect: (id: string) => void;
    onSelectAll: (rows: Array<string>) => void;
    isSelectionInProgress: boolean;
    bulkActionBarComponent: ReactNode;
};

type RestProps = Omit<WithFilterPassOnProps, keyof ComponentProps>;

export type Props = RestProps & ComponentProps;
