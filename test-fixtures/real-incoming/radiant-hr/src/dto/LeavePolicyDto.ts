export interface leavePolicyRequest{
    name: string;
    days: number;
}

export interface leavePolicyResponse{
    id: number;
    name: string;
    days: number;
}