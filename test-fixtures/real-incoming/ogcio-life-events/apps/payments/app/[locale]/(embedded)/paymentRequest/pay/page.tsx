import { getTranslations } from "next-intl/server";
import { NextIntlClientProvider, AbstractIntlMessages } from "next-intl";
import {
  errorHandler,
  formatCurrency,
  stringToAmount,
  validateCustomAmount,
} from "../../../../utils";
import { notFound, redirect } from "next/navigation";
import SelectPaymentMethod from "./SelectPaymentMethod";
import getRequestConfig from "../../../../../i18n";
import Footer from "../../../(hosted)/Footer";
import { EmptyStatus } from "../../../../components/EmptyStatus";
import Header from "../../../../components/Header/Header";
import Banner from "../../../../components/Banner";
import { AuthenticationFactory } from "../../../../../libraries/authentication-factory";
import { getAmount } from "../../../(hosted)/paymentRequest/utils";

type Props = {
  params: {
    locale: string;
  };
  searchParams:
    | {
        paymentId: string;
        id: string;
        token?: string;
        customAmount?: string;
        embed?: string;
        runId?: string;
        journeyId?: string;
      }
    | undefined;
};

async function getPaymentRequestDetails(paymentId: string) {
  const paymentsApi = await AuthenticationFactory.getPaymentsClient();
  const { data: details, error } =
    await paymentsApi.getPaymentRequestPublicInfo(paymentId);

  if (error) {
    errorHandler(error);
  }

  if (!details) {
    return undefined;
  }

  return details;
}

async function selectCustomAmount(requestId: string, formData: FormData) {
  "use server";
  const customAmount = stringToAmount(
    formData.get("customAmount")?.toString() as string,
  );
  const integrationReference = requestId;

  redirect(
    `./pay?paymentId=${requestId}&id=${integrationReference}&customAmount=${customAmount}`,
  );
}

export default async function Page(props: Props) {
  if (!props.searchParams?.paymentId || !props.searchParams?.id)
    return notFound();

  const isPublicServant =
    await AuthenticationFactory.getInstance().isPublicServant();

  const embed = props.searchParams?.embed === "true";

  const [details, t, tBanner, tCommon] = await Promise.all([
    getPaymentRequestDetails(props.searchParams.paymentId),
    getTranslations("PayPaymentRequest"),
    getTranslations("PreviewBanner"),
    getTranslations("Common"),
  ]);

  const { messages } = await getRequestConfig({
    locale: props.params.locale,
    requestLocale: new Promise(() => props.params.locale),
  });

  if (!details || details.status === "draft") return notFound();

  const allowCustomAmount =
    details.allowCustomAmount && !details.allowAmountOverride;

  let customAmount = props.searchParams.customAmount;
  let customAmountError = false;
  if (customAmount && !validateCustomAmount(customAmount)) {
    customAmount = "0";
    customAmountError = true;
  }

  const realAmount = await getAmount({
    customAmount,
    token: props.searchParams.token,
    prDetails: details,
  });

  const selectAmountAction = selectCustomAmount.bind(
    this,
    props.searchParams?.paymentId,
  );

  const content = (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        flex: 1,
        marginTop: "1.3rem",
        gap: "2rem",
        alignItems: "center",
      }}
    >
      {details.status === "inactive" ? (
        <EmptyStatus
          title={t("paymentInactive.title")}
          description={t("paymentInactive.description")}
        />
      ) : (
        <div
          style={{
            display: "flex",
            flexDirection: "column",
            width: "80%",
          }}
        >
          <h1 className="govie-heading-l">{t("title")}</h1>
          <h2 className="govie-heading-m">
            {t("toPay")}: {formatCurrency(realAmount)}
          </h2>
          {allowCustomAmount && (
            <div
              className={`govie-form-group ${customAmountError && "govie-form-group--error"}`}
            >
              <label htmlFor="customAmount" className="govie-label--s">
                {t("selectCustomAmount")}
              </label>

              <form style={{ maxWidth: "500px" }} action={selectAmountAction}>
                <div style={{ margin: "1em 0px" }}>
                  {customAmountError && (
                    <p id="input-field-error" className="govie-error-message">
                      <span className="govie-visually-hidden">Error:</span>
                      {t("invalidCustomAmount")}
                    </p>
                  )}
                  <div className="govie-input__wrapper">
                    <div aria-hidden="true" className="govie-input__prefix">
                      {tCommon("currencySymbol")}
                    </div>
                    <input
                      type="number"
                      id="customAmount"
                      name="customAmount"
                      className="govie-input"
                      min="0.00"
                      max="10000.00"
                      step="0.01"
                      required
                      defaultValue={
                        customAmount && allowCustomAmount
                          ? parseFloat(customAmount) / 100
                          : undefined
                      }
                    />
                  </div>
                </div>
                <input
                  type="submit"
                  value={t("changeAmount")}
                  className="govie-button"
                />
              </form>
            </div>
          )}

          <hr className="govie-section-break govie-section-break--visible"></hr>
          <NextIntlClientProvider
            messages={messages?.["PayPaymentRequest"] as AbstractIntlMessages}
          >
            <SelectPaymentMethod
              providers={details.providers}
              paymentId={props.searchParams.paymentId}
              referenceId={props.searchParams.id}
              runId={props.searchParams.runId}
              journeyId={props.searchParams.journeyId}
              isPublicServant={isPublicServant}
              token={props.searchParams.token}
              customAmount={customAmount}
            />
          </NextIntlClientProvider>
        </div>
      )}
    </div>
  );

  if (embed)
    return (
      <>
        {isPublicServant && (
          <Banner text={tBanner("bannerText")} tag={tBanner("tag")} />
        )}
        {content}
      </>
    );

  /**
   * The body tag must be rendered on the page to avoid wrapping the content in other wrappers
   * and to make the content fit the windows' height.
   */
  return (
    <div
      style={{
        margin: "unset",
        minHeight: "100vh",
        position: "relative",
        display: "flex",
        flexDirection: "column",
      }}
    >
      <Header locale={props.params.locale} />
      <div
        className="govie-width-container"
        style={{ maxWidth: "1440px", width: "100%" }}
      >
        {isPublicServant && (
          <Banner text={tBanner("bannerText")} tag={tBanner("tag")} />
        )}
        <div style={{ width: "80%", margin: "0 auto", paddingTop: "20px" }}>
          {content}
        </div>
      </div>
      <Footer />
    </div>
  );
}
