import { Request, Response } from "express";
import { PrefixedUrls, STOP_TYPE } from "../../../constants";
import { BaseViewData, GenericHandler, ViewModel } from "../generic";
import { addSearchParams } from "../../../utils/queryParams";
import { getUrlWithStopType, getUrlWithTransactionIdAndSubmissionId } from "../../../utils/url";
import { env } from "../../../config";

interface StopScreenHandlerViewData extends BaseViewData {
    extraData?: string[];
}

export class StopScreenHandler extends GenericHandler<StopScreenHandlerViewData> {

    private static readonly templateBasePath = "router_views/stopScreen/";

    public async getViewData (req: Request, res: Response): Promise<StopScreenHandlerViewData> {

        const baseViewData = await super.getViewData(req, res);
        const stopType = req.params?.stopType as STOP_TYPE;

        return setContent(req, res, stopType, baseViewData);
    }

    public async executeGet (req: Request, res: Response): Promise<ViewModel<StopScreenHandlerViewData>> {
        const viewData = await this.getViewData(req, res);

        return {
            templatePath: StopScreenHandler.templateBasePath + req.params?.stopType,
            viewData
        };
    }
}

const setContent = async (req: Request, res: Response, stopType: STOP_TYPE, baseViewData: BaseViewData) => {
    const submissionId = (typeof req.params?.submissionId === "string") ? req.params?.submissionId : req.params?.submissionId?.[0];
    const transactionId = (typeof req.params?.transactionId === "string") ? req.params?.transactionId : req.params?.transactionId?.[0];
    const companyNumber = req.query.companyNumber as string;
    const lang = res.locals.lang;
    const companyProfile = res.locals.companyProfile;
    const companyName = companyProfile?.companyName;

    switch (stopType) {
        case STOP_TYPE.COMPANY_STATUS:
        case STOP_TYPE.COMPANY_TYPE:
            return {
                ...baseViewData,
                templateName: stopType,
                backURL: addSearchParams(resolveUrlTemplate(PrefixedUrls.CONFIRM_COMPANY, transactionId, submissionId), { companyNumber }),
                extraData: [companyName, resolveUrlTemplate(PrefixedUrls.COMPANY_NUMBER, transactionId, submissionId), env.CONTACT_US_LINK]
            };
        case STOP_TYPE.EMPTY_PSC_LIST: {
            return {
                ...baseViewData,
                templateName: stopType,
                backURL: addSearchParams(PrefixedUrls.CONFIRM_COMPANY, { companyNumber, lang })
            };
        }
        case STOP_TYPE.PSC_DOB_MISMATCH: {
            return {
                ...baseViewData,
                templateName: stopType,
                backURL: resolveUrlTemplate(PrefixedUrls.PERSONAL_CODE, transactionId, submissionId),
                pscListURL: addSearchParams(PrefixedUrls.INDIVIDUAL_PSC_LIST, { companyNumber, lang }),
                extraData: [env.WEBFILING_LOGIN_URL, env.GET_CORRECTING_DOB_LINK]
            };
        }
        case STOP_TYPE.SUPER_SECURE: {
            return {
                ...baseViewData,
                templateName: stopType,
                backURL: addSearchParams(PrefixedUrls.CONFIRM_COMPANY, { companyNumber, lang }),
                extraData: [env.DSR_EMAIL_ADDRESS, env.DSR_PHONE_NUMBER]
            };
        }
        case STOP_TYPE.PROBLEM_WITH_PSC_DATA: {
            return {
                ...baseViewData,
                templateName: stopType,
                extraData: [env.ENQUIRIES_EMAIL_ADDRESS, env.ENQUIRIES_PHONE_NUMBER]
            };
        }
        default: {
            throw new Error("Unrecognised stop screen type: " + stopType);
        }

    }

    function resolveUrlTemplate (prefixedUrl: string, transactionId: string, submissionId: string, templateName?: STOP_TYPE): string {
        const url = templateName ? getUrlWithStopType(prefixedUrl, templateName) : prefixedUrl;

        return addSearchParams(getUrlWithTransactionIdAndSubmissionId(url, transactionId, submissionId), { lang });
    }

};
