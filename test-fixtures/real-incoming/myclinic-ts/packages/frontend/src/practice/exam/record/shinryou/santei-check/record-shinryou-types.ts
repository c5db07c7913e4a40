export interface ShinryouCheckProc {
	name: string;
	check: boolean;
}
