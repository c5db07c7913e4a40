export interface MetierStage3eEt2de {
	code: string
	label: string
}
