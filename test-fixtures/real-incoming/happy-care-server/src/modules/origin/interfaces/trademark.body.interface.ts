export interface ITrademarkBody {
	name: string;
	originId: string;
}
