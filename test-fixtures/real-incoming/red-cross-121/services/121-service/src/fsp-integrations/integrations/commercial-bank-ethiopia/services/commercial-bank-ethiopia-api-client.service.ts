import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AxiosError } from '@nestjs/terminus/dist/errors/axios.error';
import soapRequest from 'easy-soap-request';
import https from 'node:https';
import * as convert from 'xml-js';

import { env } from '@121-service/src/env';
import { FspMode } from '@121-service/src/fsp-integrations/shared/enum/fsp-mode.enum';
import { CustomHttpService } from '@121-service/src/shared/services/custom-http.service';

@Injectable()
export class CommercialBankEthiopiaApiClientService implements OnModuleDestroy {
  private httpsAgent: https.Agent;

  public constructor(private readonly httpService: CustomHttpService) {
    this.httpsAgent = this.createHttpsAgent();
  }

  onModuleDestroy(): void {
    this.httpsAgent.destroy();
  }

  private redactSensitiveXmlElements(xml: string): string {
    return xml
      .replace(
        /<password>[^<]*<\/password>/gi,
        '<password>**REDACTED**</password>',
      )
      .replace(
        /<userName>[^<]*<\/userName>/gi,
        '<userName>**REDACTED**</userName>',
      );
  }

  private createHttpsAgent(): https.Agent {
    const cbeConnectionConfig: https.AgentOptions = {
      // The connection with CBE can be unstable/unpredictable;
      // We want to reuse any open connections as much as possible, and reduce the chance of running into connection errors (ECONNRESET)
      // Probably, the first request after some idle time might still run into a connection error, but subsequent requests should be fine.
      keepAlive: true,
    };

    if (
      env.COMMERCIAL_BANK_ETHIOPIA_MODE === FspMode.external &&
      env.COMMERCIAL_BANK_ETHIOPIA_CERTIFICATE_PATH // For the CBE Acceptance environment we do not use a certificate.
    ) {
      return this.httpService.createHttpsAgentWithWeakSelfSignedCertificateOnly(
        env.COMMERCIAL_BANK_ETHIOPIA_CERTIFICATE_PATH,
        {
          ...cbeConnectionConfig,
          //
          // NOTE: By NEVER returning _any_ error, we 'skip' hostname verification. As its certificate's name does not match its API's hostname.
          // This is (unfortunately) required. However, since we are ALSO using a VPN-tunnel directly with CBE, this risk is acceptable.
          checkServerIdentity: () => undefined,
        },
      );
    }
    // Use a 'default' https agent for Mock mode and for CBE Acceptance environment, without certificate
    return new https.Agent(cbeConnectionConfig);
  }

  public async makeApiRequest({
    apiUrl,
    payload,
    soapAction,
  }: {
    apiUrl: string;
    payload: any;
    soapAction: string;
  }): Promise<any> {
    const soapRequestXml = convert.js2xml(payload, {
      compact: false,
      spaces: 4,
    });

    return soapRequest({
      headers: {
        'Content-Type': 'text/xml;charset=UTF-8',
        soapAction,
      },
      url: apiUrl,
      xml: soapRequestXml,
      timeout: 150_000,
      extraOpts: {
        httpsAgent: this.httpsAgent,
      },
    })
      .then(
        (rawResponse: {
          response: {
            headers: any;
            body: any;
            statusCode: number;
          };
        }) => {
          const response = rawResponse.response;
          this.httpService.logMessageRequest(
            {
              url: apiUrl,
              payload: this.redactSensitiveXmlElements(soapRequestXml),
            },
            {
              status: response.statusCode,
              statusText: '',
              data: response.body,
            },
          );

          // Parse the SOAP response if needed
          const parsedResponse = convert.xml2js(response.body, {
            compact: true,
          });

          if (
            parsedResponse['S:Envelope']['S:Body'][
              'ns10:RMTFundtransferResponse'
            ]
          ) {
            return parsedResponse['S:Envelope']['S:Body'][
              'ns10:RMTFundtransferResponse'
            ];
          } else if (
            parsedResponse['S:Envelope']['S:Body'][
              'ns10:CBERemitanceTransactionStatusResponse'
            ]
          ) {
            return parsedResponse['S:Envelope']['S:Body'][
              'ns10:CBERemitanceTransactionStatusResponse'
            ];
          } else if (
            parsedResponse['S:Envelope']['S:Body'][
              'ns10:AccountEnquiryResponse'
            ]
          ) {
            return parsedResponse['S:Envelope']['S:Body'][
              'ns10:AccountEnquiryResponse'
            ];
          }
          return null;
        },
      )
      .catch((err: any | AxiosError) => {
        this.httpService.logErrorRequest(
          {
            url: apiUrl,
            payload: this.redactSensitiveXmlElements(soapRequestXml),
          },
          {
            status: err.response?.code ?? err.code ?? undefined,
            statusText: err.response?.status ?? err.status ?? undefined,
            data: { error: err },
          },
        );
        throw err;
      });
  }
}
