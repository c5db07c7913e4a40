export interface IBranchInputBody {
	address: string;
	districtId: string;
}
