export interface IProductLogExport {
	quantity: number;
	productConsignmentId: string;
}
