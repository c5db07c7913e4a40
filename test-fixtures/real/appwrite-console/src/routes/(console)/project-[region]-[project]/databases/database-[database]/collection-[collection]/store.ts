import { page } from '$app/stores';
import type { Column } from '$lib/helpers/types';
import type { SortState } from '$database/store';
import { derived, writable } from 'svelte/store';
import type { Models } from '@appwrite.io/console';
import { SPREADSHEET_PAGE_LIMIT } from '$lib/constants';
import { createSparsePagedDataStore } from '@appwrite.io/pink-svelte';

export const indexes = derived(page, ($page) => $page.data.collection.indexes as Models.Index[]);

export const collectionColumns = writable<Column[]>([]);
export const isCollectionsJsonImportInProgress = writable(false);

export const paginatedDocumentsLoading = writable(false);
export const paginatedDocuments =
    createSparsePagedDataStore<Models.DefaultDocument>(SPREADSHEET_PAGE_LIMIT);

export const sortState = writable<SortState>({
    column: null,
    direction: 'default'
});

export type NoSqlDocumentState = {
    show: boolean;
    document?: Models.Document | (object & { $id?: string });
    isNew?: boolean;
    loading?: boolean;
    documentId?: string /* for loading from a given id */;
    hasDataChanged?: boolean;
    isDirty?: boolean;
    isSaving?: boolean;
};

const createNoSqlDocumentStore = () => {
    const {
        subscribe,
        set,
        update: baseUpdate
    } = writable<NoSqlDocumentState>({
        show: false,
        document: null,
        isNew: false,
        loading: false,
        documentId: null,
        hasDataChanged: false,
        isDirty: false,
        isSaving: false
    });

    return {
        subscribe,
        set,
        reset: (config?: { show?: boolean }) =>
            set({
                show: config?.show ?? false,
                document: null,
                isNew: false,
                loading: false,
                documentId: null,
                hasDataChanged: false,
                isDirty: false,
                isSaving: false
            }),
        create: (document: Models.Document | (object & { $id?: string })) =>
            set({
                show: true,
                document,
                isNew: true,
                loading: false,
                documentId: null,
                hasDataChanged: false,
                isDirty: true,
                isSaving: false
            }),
        edit: (document: Models.Document, documentId?: string) =>
            set({
                show: true,
                document,
                isNew: false,
                loading: false,
                documentId: documentId ?? null,
                hasDataChanged: false,
                isDirty: false,
                isSaving: false
            }),
        update: (partial: Partial<NoSqlDocumentState>) =>
            baseUpdate((state) => ({ ...state, ...partial }))
    };
};

export const noSqlDocument = createNoSqlDocumentStore();

export const documentPermissionSheet = writable({
    show: false,
    document: null as Models.Document
});

export const showCreateIndexSheet = writable<{
    show: boolean;
    column?: string;
}>({
    show: false,
    column: null
});
