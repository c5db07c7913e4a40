export type NoSanctionPdfData = {
	companyName: string;
	siren: string;
	address: string | null;
	generatedAt: string;
};
