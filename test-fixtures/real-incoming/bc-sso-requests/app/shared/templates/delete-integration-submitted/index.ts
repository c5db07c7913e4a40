import * as fs from 'fs';
import Handlebars from 'handlebars';
import { getEmailTemplate, processRequest } from '../helpers';
import { IntegrationData } from '@app/shared/interfaces';
import { sendEmail } from '@app/utils/ches';
import {
  SSO_EMAIL_ADDRESS,
  IDIM_EMAIL_ADDRESS,
  OCIO_EMAIL_ADDRESS,
  DIT_ADDITIONAL_EMAIL_ADDRESS,
  DIT_EMAIL_ADDRESS,
  OTP_EMAIL_ADDRESS_BCC,
  OTP_EMAIL_ADDRESS_CC,
} from '@app/shared/local';
import { getIntegrationEmails } from '../helpers';
import { EMAILS } from '@app/shared/enums';
import {
  usesGithub,
  usesBcServicesCardProd,
  usesDigitalCredentialProd,
  usesDigitalCredential,
  usesOTPProd,
  usesBceid,
} from '@app/helpers/integration';
import type { RenderResult } from '../index';

const SUBJECT_TEMPLATE = `Pathfinder SSO integration ID {{integration.id}} deleted`;
const template = getEmailTemplate('delete-integration-submitted/delete-integration-submitted.html');

const subjectHandler = Handlebars.compile(SUBJECT_TEMPLATE, { noEscape: true });
const bodyHandler = Handlebars.compile(template, { noEscape: true });

interface DataProps {
  integration: IntegrationData;
  appUrl: string;
}

export const render = async (originalData: DataProps): Promise<RenderResult> => {
  const { integration } = originalData;
  const data = { ...originalData, integration: await processRequest(integration) };

  return {
    subject: subjectHandler(data),
    body: bodyHandler(data),
  };
};

export const send = async (data: DataProps, rendered: RenderResult) => {
  const { integration } = data;
  const emails = await getIntegrationEmails(integration);
  let cc = [SSO_EMAIL_ADDRESS];
  let bcc: string[] = [];
  if (usesBceid(integration) || usesBcServicesCardProd(integration)) cc.push(IDIM_EMAIL_ADDRESS);
  if (usesGithub(integration)) cc.push(OCIO_EMAIL_ADDRESS);
  if (usesDigitalCredential(integration)) cc.push(DIT_EMAIL_ADDRESS);
  if (usesDigitalCredentialProd(integration)) cc.push(DIT_ADDITIONAL_EMAIL_ADDRESS);
  if (usesOTPProd(integration)) {
    cc = cc.concat(OTP_EMAIL_ADDRESS_CC);
    bcc = bcc.concat(OTP_EMAIL_ADDRESS_BCC);
  }
  return sendEmail({
    code: EMAILS.DELETE_INTEGRATION_SUBMITTED,
    to: emails,
    cc,
    bcc,
    ...rendered,
  });
};

export default { render, send };
