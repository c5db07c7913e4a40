import { useCustomerPortalContext } from '@/components/CustomerPortal/CustomerPortalProvider'
import { extractApiErrorMessage } from '@/utils/api/errors'
import { getQueryClient } from '@/utils/api/query'
import { Client, operations, schemas, unwrap } from '@polar-sh/client'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { defaultRetry } from './retry'

export function useCustomerPortalCustomer(options?: {
  initialData?: schemas['CustomerPortalCustomer']
}) {
  const { client } = useCustomerPortalContext()
  const queryClient = useQueryClient()

  const query = useQuery({
    queryKey: ['customer-portal', 'customer'],
    queryFn: () => unwrap(client.GET('/v1/customer-portal/customers/me')),
    initialData: options?.initialData,
    retry: defaultRetry,
  })

  const update = useMutation({
    mutationFn: async (data: schemas['CustomerPortalCustomerUpdate']) => {
      const result = await client.PATCH('/v1/customer-portal/customers/me', {
        body: data,
      })
      if (result.error) {
        const detail = (result.error as Record<string, unknown>)?.detail
        if (result.response.status === 422 && Array.isArray(detail)) {
          const err = new Error('Validation error') as Error & {
            errors: schemas['ValidationError'][]
          }
          err.errors = detail
          throw err
        }
        throw new Error(
          typeof detail === 'string' ? detail : 'Failed to update customer',
        )
      }
      return result.data
    },
    onSuccess: (updatedCustomer) => {
      queryClient.setQueryData(['customer-portal', 'customer'], updatedCustomer)
    },
  })

  return {
    data: query.data,
    isLoading: query.isLoading,
    isFetching: query.isFetching,
    error: query.error,
    update,
  }
}

export const useCustomerEmailUpdateRequest = () => {
  const { client } = useCustomerPortalContext()

  return useMutation({
    mutationFn: async (data: { email: string }) => {
      const result = await client.POST(
        '/v1/customer-portal/customers/me/email-update/request',
        { body: data },
      )
      if (result.error) {
        const detail = (result.error as Record<string, unknown>)?.detail
        if (result.response.status === 422 && Array.isArray(detail)) {
          const err = new Error('Validation error') as Error & {
            errors: schemas['ValidationError'][]
          }
          err.errors = detail
          throw err
        }
        throw new Error(
          typeof detail === 'string'
            ? detail
            : 'Failed to request email change',
        )
      }
      return result
    },
  })
}

export const useCustomerEmailUpdateVerify = () => {
  const { client } = useCustomerPortalContext()
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: async (data: { token: string }) => {
      const result = await client.POST(
        '/v1/customer-portal/customers/me/email-update/verify',
        { body: data },
      )
      if (result.error) {
        const detail = (result.error as Record<string, unknown>)?.detail
        if (result.response.status === 401) {
          throw new Error('This link is invalid or has expired.')
        }
        if (result.response.status === 422 && Array.isArray(detail)) {
          const err = new Error('Validation error') as Error & {
            errors: schemas['ValidationError'][]
          }
          err.errors = detail
          throw err
        }
        throw new Error(
          typeof detail === 'string'
            ? detail
            : 'Something went wrong. Please try again.',
        )
      }
      return result.data
    },
    onSuccess: () => {
      queryClient.invalidateQueries({
        queryKey: ['customer-portal', 'customer'],
      })
    },
  })
}

export const useCustomerPortalSessionRequest = (
  api: Client,
  organizationId: string,
) =>
  useMutation({
    mutationFn: async ({
      email,
      customer_id,
    }: {
      email: string
      customer_id?: string
    }) =>
      api.POST('/v1/customer-portal/customer-session/request', {
        body: {
          email,
          organization_id: organizationId,
          ...(customer_id && { customer_id }),
        },
      }),
  })

export const useCustomerPortalSessionAuthenticate = (api: Client) =>
  useMutation({
    mutationFn: ({ code }: { code: string }) =>
      api
        .POST('/v1/customer-portal/customer-session/authenticate', {
          body: { code },
        })
        .then((res) => {
          if (res.response.status === 429) {
            return {
              data: undefined,
              error: {
                detail: 'Too many attempts. Please try again in 15 minutes.',
              },
              response: res.response,
            }
          }

          return res
        }),
  })

export const useCustomerPortalSession = (api: Client) =>
  useQuery({
    queryKey: ['customer_portal_session'],
    queryFn: () =>
      unwrap(api.GET('/v1/customer-portal/customer-session/introspect')),
    retry: defaultRetry,
  })

export const usePortalAuthenticatedUser = (api: Client) =>
  useQuery({
    queryKey: ['portal_authenticated_user'],
    queryFn: () => unwrap(api.GET('/v1/customer-portal/customer-session/user')),
    retry: defaultRetry,
  })

export const useCustomerPaymentMethods = (api: Client) =>
  useQuery({
    queryKey: ['customer_payment_methods'],
    queryFn: () =>
      unwrap(api.GET('/v1/customer-portal/customers/me/payment-methods')),
    retry: defaultRetry,
  })

export const useDeleteCustomerPaymentMethod = (api: Client) =>
  useMutation({
    mutationFn: async (id: string) => {
      const result = await api.DELETE(
        '/v1/customer-portal/customers/me/payment-methods/{id}',
        {
          params: { path: { id } },
        },
      )
      if (result.error) {
        const errorMessage =
          typeof result.error.detail === 'string'
            ? result.error.detail
            : 'Failed to delete payment method'
        throw new Error(errorMessage)
      }
      return result
    },
    onSuccess: async () => {
      getQueryClient().invalidateQueries({
        queryKey: ['customer_payment_methods'],
      })
    },
  })

export const useCustomerBenefitGrants = (
  api: Client,
  parameters?: operations['customer_portal:benefit-grants:list']['parameters']['query'],
) =>
  useQuery({
    queryKey: ['customer_benefit_grants', { ...(parameters || {}) }],
    queryFn: () =>
      unwrap(
        api.GET('/v1/customer-portal/benefit-grants/', {
          params: { query: parameters },
        }),
      ),
    retry: defaultRetry,
  })

export const useCustomerBenefitGrantUpdate = (api: Client) =>
  useMutation({
    mutationFn: (variables: {
      id: string
      body: schemas['CustomerBenefitGrantUpdate']
    }) =>
      api.PATCH('/v1/customer-portal/benefit-grants/{id}', {
        params: { path: { id: variables.id } },
        body: variables.body,
      }),
    onSuccess: async (result) => {
      if (result.error) {
        return
      }
      getQueryClient().invalidateQueries({
        queryKey: ['customer_benefit_grants'],
      })
    },
  })

export const useCustomerLicenseKey = (api: Client, id: string) =>
  useQuery({
    queryKey: ['customer_license_keys', { id }],
    queryFn: () =>
      unwrap(
        api.GET('/v1/customer-portal/license-keys/{id}', {
          params: { path: { id } },
        }),
      ),
    retry: defaultRetry,
  })

export const useCustomerLicenseKeyRotate = (api: Client, id: string) =>
  useMutation({
    mutationFn: () =>
      api.POST('/v1/customer-portal/license-keys/{id}/rotate', {
        params: { path: { id } },
      }),
    onSuccess: async (result) => {
      if (result.error) {
        return
      }
      const queryClient = getQueryClient()
      queryClient.setQueryData(
        ['customer_license_keys', { id }],
        (old: schemas['LicenseKeyWithActivations'] | undefined) => {
          if (!old) {
            return { ...result.data, activations: [] }
          }
          return { ...old, ...result.data }
        },
      )
      queryClient.invalidateQueries({
        queryKey: ['customer_benefit_grants'],
      })
    },
  })

export const useCustomerLicenseKeyDeactivate = (api: Client, id: string) =>
  useMutation({
    mutationFn: (opts: {
      key: string
      organizationId: string
      activationId: string
    }) =>
      api.POST('/v1/customer-portal/license-keys/deactivate', {
        body: {
          key: opts.key,
          organization_id: opts.organizationId,
          activation_id: opts.activationId,
        },
      }),
    onSuccess: async (result) => {
      if (result.error) {
        return
      }
      getQueryClient().invalidateQueries({
        queryKey: ['customer_license_keys', { id }],
      })
    },
  })

export const useCustomerDownloadables = (
  api: Client,
  parameters?: operations['customer_portal:downloadables:list']['parameters']['query'],
) =>
  useQuery({
    queryKey: ['customer_downloadables', { ...(parameters || {}) }],
    queryFn: () =>
      unwrap(
        api.GET('/v1/customer-portal/downloadables/', {
          params: { query: parameters },
        }),
      ),
    retry: defaultRetry,
  })

export const useCustomerOrders = (
  api: Client,
  parameters?: operations['customer_portal:orders:list']['parameters']['query'],
) =>
  useQuery({
    queryKey: ['customer_orders', { ...(parameters || {}) }],
    queryFn: () =>
      unwrap(
        api.GET('/v1/customer-portal/orders/', {
          params: { query: parameters },
        }),
      ),
    retry: defaultRetry,
  })

export const useCustomerSubscriptionChargePreview = (
  api: Client,
  id: string,
  enabled = true,
) =>
  useQuery({
    queryKey: ['customer_subscription_charge_preview', { id }],
    queryFn: () =>
      unwrap(
        api.GET('/v1/customer-portal/subscriptions/{id}/charge-preview', {
          params: { path: { id } },
        }),
      ),
    retry: defaultRetry,
    enabled,
  })

export const useCustomerSubscriptionCancelPreview = (
  api: Client,
  id: string,
  enabled = true,
) =>
  useQuery({
    queryKey: ['customer_subscription_cancel_preview', { id }],
    queryFn: () =>
      unwrap(
        api.GET('/v1/customer-portal/subscriptions/{id}/cancel-preview', {
          params: { path: { id } },
        }),
      ),
    retry: defaultRetry,
    enabled,
  })

export const useCustomerUpdateSubscription = (api: Client) =>
  useMutation({
    mutationFn: (variables: {
      id: string
      body: schemas['CustomerSubscriptionUpdate']
    }) =>
      api.PATCH('/v1/customer-portal/subscriptions/{id}', {
        params: { path: { id: variables.id } },
        body: variables.body,
      }),
    onSuccess: (result) => {
      if (result.error) {
        return
      }
      const queryClient = getQueryClient()
      queryClient.invalidateQueries({
        queryKey: ['customer_subscriptions'],
      })
      queryClient.invalidateQueries({
        queryKey: ['customer_subscription_charge_preview'],
      })
      queryClient.invalidateQueries({
        queryKey: ['customer_seats'],
      })
    },
  })

export const useCustomerCancelSubscription = (api: Client) =>
  useMutation({
    mutationFn: (variables: {
      id: string
      body: schemas['CustomerSubscriptionCancel']
    }) =>
      api.PATCH('/v1/customer-portal/subscriptions/{id}', {
        params: { path: { id: variables.id } },
        body: variables.body,
      }),
    onSuccess: (result) => {
      if (result.error) {
        return
      }
      const queryClient = getQueryClient()
      queryClient.invalidateQueries({
        queryKey: ['customer_subscriptions'],
      })
      queryClient.invalidateQueries({
        queryKey: ['customer_subscription_charge_preview'],
      })
    },
  })

export const useCustomerRevokeSubscription = (api: Client) =>
  useMutation({
    mutationFn: (variables: {
      id: string
      body: schemas['CustomerSubscriptionRevoke']
    }) =>
      api.POST('/v1/customer-portal/subscriptions/{id}/revoke', {
        params: { path: { id: variables.id } },
        body: variables.body,
      }),
    onSuccess: (result) => {
      if (result.error) {
        return
      }
      const queryClient = getQueryClient()
      queryClient.invalidateQueries({
        queryKey: ['customer_subscriptions'],
      })
      queryClient.invalidateQueries({
        queryKey: ['customer_subscription_charge_preview'],
      })
    },
  })

export const useCustomerUncancelSubscription = (api: Client) =>
  useMutation({
    mutationFn: (variables: { id: string }) =>
      api.PATCH('/v1/customer-portal/subscriptions/{id}', {
        params: { path: { id: variables.id } },
        body: {
          cancel_at_period_end: false,
          cancellation_reason: null,
          cancellation_comment: null,
        },
      }),
    onSuccess: () => {
      const queryClient = getQueryClient()
      queryClient.invalidateQueries({
        queryKey: ['customer_subscriptions'],
      })
      queryClient.invalidateQueries({
        queryKey: ['customer_subscription_charge_preview'],
      })
    },
  })

export const useCustomerPauseSubscription = (api: Client) =>
  useMutation({
    mutationFn: async (variables: {
      id: string
      body: schemas['CustomerSubscriptionPause']
    }) => {
      const result = await api.PATCH('/v1/customer-portal/subscriptions/{id}', {
        params: { path: { id: variables.id } },
        body: variables.body,
      })
      if (result.error) {
        throw new Error(
          extractApiErrorMessage(result.error, 'Failed to pause subscription'),
        )
      }
      return result
    },
    onSuccess: (result) => {
      if (result.error) {
        return
      }
      const queryClient = getQueryClient()
      queryClient.invalidateQueries({
        queryKey: ['customer_subscriptions'],
      })
      queryClient.invalidateQueries({
        queryKey: ['customer_subscription_charge_preview'],
      })
    },
  })

export const useCustomerResumeSubscription = (api: Client) =>
  useMutation({
    mutationFn: async (variables: { id: string }) => {
      const result = await api.PATCH('/v1/customer-portal/subscriptions/{id}', {
        params: { path: { id: variables.id } },
        body: {
          resume: true,
        },
      })
      if (result.error) {
        throw new Error(
          extractApiErrorMessage(result.error, 'Failed to resume subscription'),
        )
      }
      return result
    },
    onSuccess: (result) => {
      if (result.error) {
        return
      }
      const queryClient = getQueryClient()
      queryClient.invalidateQueries({
        queryKey: ['customer_subscriptions'],
      })
      queryClient.invalidateQueries({
        queryKey: ['customer_subscription_charge_preview'],
      })
    },
  })

export const useCustomerCustomerMeters = (
  api: Client,
  parameters?: operations['customer_portal:customer_meters:list']['parameters']['query'],
) =>
  useQuery({
    queryKey: ['customer_customer_meters', { parameters }],
    queryFn: () =>
      unwrap(
        api.GET('/v1/customer-portal/meters/', {
          params: {
            query: parameters || {},
          },
        }),
      ),
    retry: defaultRetry,
  })

export const useCustomerOrderConfirmPayment = (api: Client) =>
  useMutation({
    mutationFn: async (variables: {
      orderId: string
      confirmation_token_id?: string
      payment_method_id?: string
      payment_processor?: schemas['PaymentProcessor']
    }) =>
      api.POST('/v1/customer-portal/orders/{id}/confirm-payment', {
        params: { path: { id: variables.orderId } },
        body: {
          ...(variables.confirmation_token_id && {
            confirmation_token_id: variables.confirmation_token_id,
          }),
          ...(variables.payment_method_id && {
            payment_method_id: variables.payment_method_id,
          }),
          payment_processor: variables.payment_processor || 'stripe',
        } as schemas['CustomerOrderConfirmPayment'],
      }),
    onSuccess: async (result, variables) => {
      if (result.error) {
        return
      }
      // Invalidate order queries to refresh data
      const queryClient = getQueryClient()
      queryClient.invalidateQueries({
        queryKey: ['customer_order', { id: variables.orderId }],
      })
      queryClient.invalidateQueries({
        queryKey: ['customer_orders'],
      })
    },
  })

export const useCustomerOrderPaymentStatus = (api: Client) =>
  useMutation({
    mutationFn: async (variables: { orderId: string }) =>
      api.GET('/v1/customer-portal/orders/{id}/payment-status', {
        params: { path: { id: variables.orderId } },
      }),
  })

export const useCustomerSeats = (
  api: Client,
  parameters?: { subscriptionId?: string; orderId?: string },
) =>
  useQuery({
    queryKey: ['customer_seats', parameters],
    queryFn: () =>
      unwrap(
        api.GET('/v1/customer-portal/seats', {
          params: {
            query: {
              ...(parameters?.subscriptionId && {
                subscription_id: parameters.subscriptionId,
              }),
              ...(parameters?.orderId && { order_id: parameters.orderId }),
            },
          },
        }),
      ),
    retry: defaultRetry,
    enabled: !!parameters?.subscriptionId || !!parameters?.orderId,
  })

export const useAssignSeat = (api: Client) =>
  useMutation({
    mutationFn: async (
      variables: Omit<schemas['SeatAssign'], 'immediate_claim'> & {
        immediate_claim?: boolean
      },
    ) =>
      api.POST('/v1/customer-portal/seats', {
        body: {
          ...variables,
          immediate_claim: variables.immediate_claim ?? false,
        },
      }),
    onSuccess: async (result) => {
      if (result.error) {
        return
      }
      getQueryClient().invalidateQueries({
        queryKey: ['customer_seats'],
      })
    },
  })

export const useRevokeSeat = (api: Client) =>
  useMutation({
    mutationFn: async (seatId: string) => {
      const result = await api.DELETE('/v1/customer-portal/seats/{seat_id}', {
        params: { path: { seat_id: seatId } },
      })
      if (result.error) {
        const errorMessage =
          typeof result.error.detail === 'string'
            ? result.error.detail
            : 'Failed to revoke seat'
        throw new Error(errorMessage)
      }
      return result
    },
    onSuccess: async () => {
      getQueryClient().invalidateQueries({
        queryKey: ['customer_seats'],
      })
    },
  })

export const useResendSeatInvitation = (api: Client) =>
  useMutation({
    mutationFn: async (seatId: string) => {
      const result = await api.POST(
        '/v1/customer-portal/seats/{seat_id}/resend',
        {
          params: { path: { seat_id: seatId } },
        },
      )
      if (result.error) {
        const errorMessage =
          typeof result.error.detail === 'string'
            ? result.error.detail
            : 'Failed to resend invitation'
        throw new Error(errorMessage)
      }
      return result
    },
  })

export const useCustomerPortalMembers = (api: Client) =>
  useQuery({
    queryKey: ['customer_portal_members'],
    queryFn: () =>
      unwrap(
        api.GET('/v1/customer-portal/members', {
          params: { query: { limit: 100 } },
        }),
      ),
    retry: defaultRetry,
  })

export const useUpdateCustomerPortalMember = (api: Client) =>
  useMutation({
    mutationFn: async (variables: {
      id: string
      body: schemas['CustomerPortalMemberUpdate']
    }) => {
      const result = await api.PATCH('/v1/customer-portal/members/{id}', {
        params: { path: { id: variables.id } },
        body: variables.body,
      })
      if (result.error) {
        throw new Error(
          extractApiErrorMessage(result.error, 'Failed to update member'),
        )
      }
      return result
    },
    onSuccess: async () => {
      const queryClient = getQueryClient()
      queryClient.invalidateQueries({
        queryKey: ['customer_portal_members'],
      })
      queryClient.invalidateQueries({
        queryKey: ['customer_seats'],
      })
    },
  })

export const useAddCustomerPortalMember = (api: Client) =>
  useMutation({
    mutationFn: async (body: schemas['CustomerPortalMemberCreate']) => {
      const result = await api.POST('/v1/customer-portal/members', {
        body,
      })
      if (result.error) {
        throw new Error(
          extractApiErrorMessage(result.error, 'Failed to add member'),
        )
      }
      return result
    },
    onSuccess: async () => {
      getQueryClient().invalidateQueries({
        queryKey: ['customer_portal_members'],
      })
    },
  })

export const useRemoveCustomerPortalMember = (api: Client) =>
  useMutation({
    mutationFn: async (id: string) => {
      const result = await api.DELETE('/v1/customer-portal/members/{id}', {
        params: { path: { id } },
      })
      if (result.error) {
        throw new Error(
          extractApiErrorMessage(result.error, 'Failed to remove member'),
        )
      }
      return result
    },
    onSuccess: async () => {
      getQueryClient().invalidateQueries({
        queryKey: ['customer_portal_members'],
      })
    },
  })

export const useCustomerClearPendingSubscriptionUpdate = (api: Client) =>
  useMutation({
    mutationFn: async (id: string) => {
      const result = await api.PATCH('/v1/customer-portal/subscriptions/{id}', {
        params: { path: { id } },
        body: {
          pending_update: null,
        } as schemas['CustomerSubscriptionUpdateClear'],
      })
      if (result.error) {
        throw new Error(
          extractApiErrorMessage(
            result.error,
            'Failed to clear pending subscription update',
          ),
        )
      }
      return result
    },
    onSuccess: async () => {
      getQueryClient().invalidateQueries({
        queryKey: ['customer_subscriptions'],
      })
    },
  })
