export type Tag = {
	name: string
	url: URL
	history: Array<void>
	following?: boolean
}
