import { useState, type FormEvent } from "react";
import { useCart } from "../hooks/useCart";

interface CheckoutFormState {
  email: string; // @pii user.contact.email
  phone: string; // @pii user.contact.phone_number
  shippingAddress: string; // @pii user.contact.address  single free-text textarea
  zip: string; // @pii user.contact.address.postal_code
  cardLast4?: string; // @pii user.financial.credit_card
  saveCard: boolean; // @pii none
  subscribeToNewsletter: boolean; // @pii none
}

interface CheckoutFormProps {
  productName: string; // @pii none
  productCountryOfOrigin: string; // @pii none
  currency: string; // @pii none
  onSubmit(state: CheckoutFormState): Promise<void>;
}

const emptyState: CheckoutFormState = {
  email: "",
  phone: "",
  shippingAddress: "",
  zip: "",
  saveCard: false,
  subscribeToNewsletter: false,
};

export default function CheckoutForm({ productName, currency, onSubmit }: CheckoutFormProps) {
  const [state, setState] = useState(emptyState);
  const { total } = useCart();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSubmit(state);
  };
  return (
    <form onSubmit={submit}>
      <h1>
        {productName} — {total} {currency}
      </h1>
      <input type="email" value={state.email} onChange={(e) => setState({ ...state, email: e.target.value })} />
      <input type="tel" value={state.phone} onChange={(e) => setState({ ...state, phone: e.target.value })} />
      <textarea value={state.shippingAddress} onChange={(e) => setState({ ...state, shippingAddress: e.target.value })} />
      <input value={state.zip} onChange={(e) => setState({ ...state, zip: e.target.value })} />
      <button type="submit">Pay</button>
    </form>
  );
}
