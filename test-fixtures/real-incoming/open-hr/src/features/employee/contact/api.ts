import { apiRequest, createMutationHook, createQueryHook } from "@/lib/api-client";
import { TPagination } from "@/types";

export type TContact = {
  name: string;
  relation: string;
  phone: string;
};

export type TEmployeeContact = {
  employee_id: string;
  contacts: TContact[];
  createdAt?: Date;
};

export type TEmployeeContactState<T = TEmployeeContact[]> = {
  loading: boolean;
  result: T;
  meta: {
    total: number;
  };
  error: boolean;
};

export const useGetEmployeeContactsQuery = createQueryHook<
  TEmployeeContactState,
  TPagination
>(({ page, limit, search }) =>
  apiRequest<TEmployeeContactState>({
    url: `/employee-contact?page=${page}&limit=${limit}&search=${search}`,
    method: "GET",
  }),
  ["employee-contact"],
);

export const useGetEmployeeContactQuery = createQueryHook<
  TEmployeeContactState<TEmployeeContact>,
  string
>((id) =>
  apiRequest<TEmployeeContactState<TEmployeeContact>>({
    url: `/employee-contact/${id}`,
    method: "GET",
  }),
  ["employee-contact"],
);

export const useUpdateEmployeeContactMutation = createMutationHook<
  unknown,
  any
>((data) =>
  apiRequest({
    url: `/employee-contact/${data.employee_id}`,
    method: "PATCH",
    body: data,
  }),
  { invalidatesTags: ["employee-contact"] },
);

export const useDeleteEmployeeContactMutation = createMutationHook<
  unknown,
  string
>((id) =>
  apiRequest({
    url: `/employee-contact/${id}`,
    method: "DELETE",
  }),
  { invalidatesTags: ["employee-contact"] },
);
