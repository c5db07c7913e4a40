/** Flat row representing one declaration in the "Déclarations" sheet. */
export type ExportRow = {
	// Company
	siren: string;
	companyName: string;
	workforce: number | null;
	nafCode: string | null;
	address: string | null;
	hasCse: boolean | null;

	// Declaration
	year: number;
	status: string | null;
	declarationType: "6_indicateurs" | "7_indicateurs";
	firstDeclarationPathChoice: string | null;
	secondDeclarationPathChoice: string | null;
	createdAt: string | null;
	updatedAt: string | null;
	cancelledAt: string | null;
	submittedAt: string | null;
	firstDeclarationPathChoiceAt: string | null;
	secondDeclarationPathChoiceAt: string | null;
	jointEvaluationSubmittedAt: string | null;
	cseOpinionCompletedAt: string | null;
	demarcheCompletedAt: string | null;
	complianceProcessRequired: boolean;
	complianceProcessRevisionRequired: boolean;
	cseRequired: boolean;
	indicatorGRequired: boolean;
	rulesVersion: string | null;

	// Employees
	totalWomen: number | null;
	totalMen: number | null;

	// Scores (indicators A, B, F, G)
	remunerationScore: number | null;
	variableRemunerationScore: number | null;
	quartileScore: number | null;
	categoryScore: number | null;

	// Indicator A — Global remuneration gap (mean)
	indAAnnualWomen: string | null;
	indAAnnualMen: string | null;
	indAHourlyWomen: string | null;
	indAHourlyMen: string | null;

	// Indicator B — Variable remuneration gap (mean)
	indBAnnualWomen: string | null;
	indBAnnualMen: string | null;
	indBHourlyWomen: string | null;
	indBHourlyMen: string | null;

	// Indicator C — Global remuneration gap (median)
	indCAnnualWomen: string | null;
	indCAnnualMen: string | null;
	indCHourlyWomen: string | null;
	indCHourlyMen: string | null;

	// Indicator D — Variable remuneration gap (median)
	indDAnnualWomen: string | null;
	indDAnnualMen: string | null;
	indDHourlyWomen: string | null;
	indDHourlyMen: string | null;

	// Indicator E — Variable pay beneficiary count
	indEWomen: string | null;
	indEMen: string | null;

	// Indicator F — Quartile distribution (annual)
	indFAnnualQ1Threshold: string | null;
	indFAnnualQ1Women: number | null;
	indFAnnualQ1Men: number | null;
	indFAnnualQ2Threshold: string | null;
	indFAnnualQ2Women: number | null;
	indFAnnualQ2Men: number | null;
	indFAnnualQ3Threshold: string | null;
	indFAnnualQ3Women: number | null;
	indFAnnualQ3Men: number | null;
	indFAnnualQ4Women: number | null;
	indFAnnualQ4Men: number | null;

	// Indicator F — Quartile distribution (hourly)
	indFHourlyQ1Threshold: string | null;
	indFHourlyQ1Women: number | null;
	indFHourlyQ1Men: number | null;
	indFHourlyQ2Threshold: string | null;
	indFHourlyQ2Women: number | null;
	indFHourlyQ2Men: number | null;
	indFHourlyQ3Threshold: string | null;
	indFHourlyQ3Women: number | null;
	indFHourlyQ3Men: number | null;
	indFHourlyQ4Women: number | null;
	indFHourlyQ4Men: number | null;

	// Second declaration
	secondDeclarationSubmittedAt: string | null;
	secondDeclarationSubmitted: boolean;
	secondDeclReferencePeriodStart: string | null;
	secondDeclReferencePeriodEnd: string | null;

	// Declarant
	declarantFirstName: string | null;
	declarantLastName: string | null;
	declarantEmail: string;
	declarantPhone: string | null;

	// CSE opinions (up to 4: declarationNumber 1 or 2 × type accuracy or gap)
	cseOpinion1Type: string | null;
	cseOpinion1Opinion: string | null;
	cseOpinion1Date: string | null;
	cseOpinion2Type: string | null;
	cseOpinion2Opinion: string | null;
	cseOpinion2Date: string | null;
	cseOpinion3Type: string | null;
	cseOpinion3Opinion: string | null;
	cseOpinion3Date: string | null;
	cseOpinion4Type: string | null;
	cseOpinion4Opinion: string | null;
	cseOpinion4Date: string | null;
};

/** Row representing one employee category in the "Indicateur G" sheet. */
export type IndicatorGRow = {
	siren: string;
	companyName: string;
	year: number;
	declarationType: "initial" | "correction";
	categoryIndex: number;
	categoryName: string;
	categorySource: string;
	womenCount: number | null;
	menCount: number | null;
	annualBaseWomen: string | null;
	annualBaseMen: string | null;
	annualVariableWomen: string | null;
	annualVariableMen: string | null;
	hourlyBaseWomen: string | null;
	hourlyBaseMen: string | null;
	hourlyVariableWomen: string | null;
	hourlyVariableMen: string | null;
};
