export interface CreateProductRequestData {
  gateway_account_id: number
  pay_api_token: string
  name: string
  description: string
  price: number
  type: string
  return_url?: string
  language: string
  service_name_path?: string
  product_name_path?: string
  metadata?: Record<string, string>
  reference_enabled: boolean
  reference_hint?: string
  reference_label?: string
}
