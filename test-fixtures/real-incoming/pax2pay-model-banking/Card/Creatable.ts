import { isoly } from "isoly"
import { isly } from "isly"
import { Amount } from "../Amount"
import type { Rule } from "../Rule"
import { type as ruleType } from "../Rule/type"
import { Expiry } from "./Expiry"
import { Meta } from "./Meta"
import { Preset } from "./Preset"
import { Restriction } from "./Restriction"

export interface Creatable {
	account: string
	number?: string
	preset: Preset
	details: {
		expiry: Expiry
		holder: string
	}
	limit: Amount
	rules?: Rule[]
	meta?: Meta
	key?: isoly.Date | string
	restricted?: { to?: Restriction }
}

export namespace Creatable {
	export const type = isly.object<Creatable>({
		account: isly.string(),
		number: isly.string().optional(),
		preset: Preset.type,
		details: isly.object({ expiry: Expiry.type, holder: isly.string() }),
		limit: isly.tuple(isly.fromIs("isoly.Currency", isoly.Currency.is), isly.number()),
		rules: ruleType.array().optional(),
		meta: isly.fromIs("Card.Meta", Meta.is).optional(),
		key: isly.string().optional(),
		restricted: isly.object<Required<Creatable>["restricted"]>({ to: Restriction.type.optional() }).optional(),
	})
}
