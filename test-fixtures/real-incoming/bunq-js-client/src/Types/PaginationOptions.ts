type PaginationOptions = {
    count?: number | undefined;
    newer_id?: number | false | undefined;
    older_id?: number | false | undefined;
};

export default PaginationOptions;
