export default interface Report {
    // Gets or sets the report data.
    fileName: string;

    // Gets or sets the report data.
    data: string;
}
