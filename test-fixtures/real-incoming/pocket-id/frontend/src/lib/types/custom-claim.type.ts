export type CustomClaim = {
	key: string;
	value: string;
};
