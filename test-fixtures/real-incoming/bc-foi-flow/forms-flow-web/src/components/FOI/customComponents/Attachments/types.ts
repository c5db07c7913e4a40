export type params = {
    handleFilterChange: (params: any) => any;
    filterValue: string;
    handleKeywordChange: (params: any) => any;
    keyWordValue: string;
    isMinistryCoordinator: boolean;
}