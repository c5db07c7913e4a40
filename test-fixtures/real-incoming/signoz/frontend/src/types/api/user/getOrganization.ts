export interface Organization {
	createdAt: number;
	id: string;
	displayName: string;
}

export type PayloadProps = Organization[];
