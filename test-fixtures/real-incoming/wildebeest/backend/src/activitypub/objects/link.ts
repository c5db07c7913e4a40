// https://www.w3.org/TR/activitystreams-vocabulary/#dfn-link
export interface Link {
	type: string

	href: URL
	name: string
}
