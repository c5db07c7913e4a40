import { NextFunction, Request, Response } from "express";
import { Templates } from "../types/template.paths";
import { getLocaleInfo, getLocalesService, selectLang } from "../utils/localise";
import * as urls from "../types/page.urls";
import { CompanyProfile } from "@companieshouse/api-sdk-node/dist/services/company-profile/types";
import { Session } from "@companieshouse/node-session-handler";
import { getAcspSessionData, resetAcspSession, updateAcspSessionData } from "../utils/session.acsp";
import { CS01_COST, COMPANY_INFO_URL } from "../utils/properties";
import { urlUtils } from "../utils/url";
import { getCompanyProfileFromSession } from "../utils/session";
import { isPaymentDue } from "../utils/payments";
import { getSicCodeCondensedList } from "../services/sic.code.service";
import { fetchTransaction } from "../utils/confirmation/limited.partnership.confirmation";
import {
    LIMITED_PARTNERSHIP_LP_SUBTYPE,
    LIMITED_PARTNERSHIP_SLP_SUBTYPE,
    MATOMO_LIMITED_PARTNERSHIP_PAGE_NAME,
    GCI_RETURN_URL_SESSION_KEY,
} from "../utils/constants";

export const get = async (req: Request, res: Response, next: NextFunction) => {
    try {
        const session: Session = req.session as Session;
        const lang = selectLang(req.query.lang);
        res.cookie("lang", lang, { httpOnly: true });
        const company: CompanyProfile = getCompanyProfileFromSession(req);
        const locales = getLocalesService();
        const formData = { byfCheckbox: getAcspSessionData(session)?.beforeYouFileCheck ? "confirm" : "" };
        const submissionId = urlUtils.getSubmissionIdFromRequestParams(req);
        const transaction = fetchTransaction(session, req);

        if (!getAcspSessionData(session)) {
            resetAcspSession(session);
        }

        const sicCodeList = await getSicCodeCondensedList(session);

        updateAcspSessionData(session, {
            sicCodes: sicCodeList,
        });

        let prevPageURL = `${urls.CONFIRM_COMPANY_PATH}?companyNumber=${urlUtils.getCompanyNumberFromRequestParams(req)}`;
        let gciReturnUrl = session?.getExtraData(GCI_RETURN_URL_SESSION_KEY) as string;
        if (gciReturnUrl) {
            prevPageURL = gciReturnUrl;
        }

        return res.render(Templates.LP_BEFORE_YOU_FILE, {
            ...getLocaleInfo(locales, lang),
            htmlLang: lang,
            urls,
            company,
            CS01_COST,
            COMPANY_INFO_URL,
            previousPageWithoutLang: prevPageURL,
            formData,
            showSICCodeReference: showSICCodeReference(company),
            isPaymentDue: isPaymentDue(await transaction, submissionId),
            templateName: MATOMO_LIMITED_PARTNERSHIP_PAGE_NAME.LP_CS_BEFORE_YOU_FILE,
        });
    } catch (e) {
        return next(e);
    }
};

export const post = async (req: Request, res: Response) => {
    const session: Session = req.session as Session;
    const lang = selectLang(req.query.lang);
    const localInfo = getLocaleInfo(getLocalesService(), lang);
    const nextPage = urlUtils.getUrlToPath(`${urls.LP_CS_DATE_PATH}?lang=${lang}`, req);
    const byfCheckbox = req.body.byfCheckbox;
    const isByfChecked = byfCheckbox === "confirm";
    const company: CompanyProfile = getCompanyProfileFromSession(req);
    const submissionId = urlUtils.getSubmissionIdFromRequestParams(req);
    const transaction = fetchTransaction(session, req);

    if (!getAcspSessionData(session)) {
        resetAcspSession(session);
    }

    updateAcspSessionData(session, {
        beforeYouFileCheck: isByfChecked,
    });

    if (!byfCheckbox) {
        return reloadPageWithError(req, res, {
            lang,
            localInfo,
            byfCheckbox,
            company,
            isPaymentDue: isPaymentDue(await transaction, submissionId),
            errorMessage: localInfo.i18n.BYFErrorMessageNotChecked,
        });
    }

    res.redirect(nextPage);
};

function reloadPageWithError(req: Request, res: Response, options: ReloadPageOptions): void {
    const { lang, localInfo, byfCheckbox, company, isPaymentDue, errorMessage } = options;
    const session: Session = req.session as Session;
    const gciReturnUrl = session?.getExtraData(GCI_RETURN_URL_SESSION_KEY) as string;
    const previousPageWithoutLang =
        gciReturnUrl ?? `${urls.CONFIRM_COMPANY_PATH}?companyNumber=${urlUtils.getCompanyNumberFromRequestParams(req)}`;
    res.cookie("lang", lang, { httpOnly: true });
    res.render(Templates.LP_BEFORE_YOU_FILE, {
        ...localInfo,
        htmlLang: lang,
        company: company,
        urls,
        CS01_COST,
        COMPANY_INFO_URL,
        previousPage: urls.ACSP_LIMITED_PARTNERSHIP,
        isPaymentDue: isPaymentDue,
        pageProperties: {
            errors: [
                {
                    text: errorMessage,
                    href: "#byfCheckbox",
                },
            ],
            isPost: true,
        },
        formData: {
            byfCheckbox,
        },
        showSICCodeReference: showSICCodeReference(getCompanyProfileFromSession(req)),
        previousPageWithoutLang,
        templateName: MATOMO_LIMITED_PARTNERSHIP_PAGE_NAME.LP_CS_BEFORE_YOU_FILE,
    });
}

function showSICCodeReference(company: CompanyProfile): boolean {
    switch (company?.subtype) {
        case LIMITED_PARTNERSHIP_LP_SUBTYPE:
        case LIMITED_PARTNERSHIP_SLP_SUBTYPE:
            return true;
    }

    return false;
}

interface ReloadPageOptions {
    lang: string;
    localInfo: object;
    byfCheckbox: string;
    company: CompanyProfile;
    isPaymentDue: boolean;
    errorMessage: string;
}
