import { generatePath } from 'react-router';
import slug from 'slugme';

import { jeugdStatusLineItemsConfig } from './status-line-items.ts';
import { themaConfig } from '../../../../client/pages/Thema/Jeugd/Jeugd-thema-config.ts';
import type { ApiResponse } from '../../../../universal/helpers/api.ts';
import { apiSuccessResult } from '../../../../universal/helpers/api.ts';
import {
  dateSort,
  defaultDateFormat,
} from '../../../../universal/helpers/date.ts';
import { capitalizeFirstLetter } from '../../../../universal/helpers/text.ts';
import type {
  GenericDocument,
  ZaakAanvraagDetail,
} from '../../../../universal/types/App.types.ts';
import type { AuthProfileAndToken } from '../../../auth/auth-types.ts';
import {
  getLatestStatus,
  getLatestStatusDate,
} from '../../../helpers/zaken.ts';
import { fetchAanvragen } from '../../zorgned/zorgned-service.ts';
import { getStatusLineItems } from '../../zorgned/zorgned-status-line-items.ts';
import type {
  BSN,
  ProductSoortCode,
  ZorgnedAanvraagTransformed,
} from '../../zorgned/zorgned-types.ts';
import { routes } from '../jzd-service-config.ts';
import { hasDecision } from '../wmo/status-line-items/wmo-generic.ts';
import { getDocuments } from '../wmo/wmo.ts';

export async function fetchZorgnedAanvragenJeugd(
  bsn: BSN
): Promise<ApiResponse<ZorgnedAanvraagTransformed[]>> {
  return fetchAanvragen(bsn, {
    zorgnedApiConfigKey: 'ZORGNED_LEERLINGENVERVOER',
  });
}

export async function fetchLeerlingenvervoer(
  authProfileAndToken: AuthProfileAndToken
): Promise<ApiResponse<LeerlingenvervoerVoorzieningFrontend[]>> {
  const aanvragenResponse = await fetchZorgnedAanvragenJeugd(
    authProfileAndToken.profile.id
  );
  if (aanvragenResponse.status !== 'OK') {
    return aanvragenResponse;
  }

  const voorzieningen = transformVoorzieningenForFrontend(
    authProfileAndToken.profile.sid,
    aanvragenResponse.content,
    new Date()
  );
  return apiSuccessResult(voorzieningen);
}

export interface LeerlingenvervoerVoorzieningFrontend extends ZaakAanvraagDetail {
  dateDecision: string;
  dateDecisionFormatted: string;
  decision: string;
  documents: GenericDocument[];
  isActual: boolean;
  itemTypeCode: ProductSoortCode;
  displayStatus:
    | 'Ontvangen'
    | 'In behandeling'
    | 'Meer informatie nodig'
    | 'Besluit genomen'
    | 'Einde recht';
  statusDate: string;
  statusDateFormatted: string;
}

function transformVoorzieningenForFrontend(
  sessionID: SessionID,
  aanvragen: ZorgnedAanvraagTransformed[],
  now: Date
): LeerlingenvervoerVoorzieningFrontend[] {
  const voorzieningenFrontend: LeerlingenvervoerVoorzieningFrontend[] = [];

  for (const aanvraag of aanvragen) {
    const lineItems = getStatusLineItems(
      'LLV',
      jeugdStatusLineItemsConfig,
      aanvraag,
      aanvragen,
      now
    );

    if (lineItems?.length) {
      const dateDecision =
        lineItems.find((step) => step.status === 'Besluit genomen')
          ?.datePublished ?? '';
      const id = aanvraag.prettyID;
      const statusDate = getLatestStatusDate(lineItems);

      const voorzieningFrontend: LeerlingenvervoerVoorzieningFrontend = {
        id,
        title: capitalizeFirstLetter(aanvraag.titel),
        isActual: aanvraag.isActueel,
        link: {
          title: 'Meer informatie',
          to: generatePath(themaConfig.detailPage.route.path, {
            voorziening: slug(aanvraag.titel),
            id,
          }),
        },
        steps: lineItems,
        // NOTE: Keep! This field is added specifically for the Tips api.
        itemTypeCode: aanvraag.productsoortCode,
        decision:
          hasDecision(aanvraag) && aanvraag.resultaat
            ? capitalizeFirstLetter(aanvraag.resultaat)
            : '',
        dateDecision,
        dateDecisionFormatted: dateDecision
          ? defaultDateFormat(dateDecision)
          : '',
        documents: getDocuments(
          sessionID,
          aanvraag,
          routes.protected.LLV_DOCUMENT_DOWNLOAD
        ),
        displayStatus: getLatestStatus(
          lineItems
        ) as LeerlingenvervoerVoorzieningFrontend['displayStatus'],
        statusDate,
        statusDateFormatted: defaultDateFormat(statusDate),
      };

      voorzieningenFrontend.push(voorzieningFrontend);
    }
  }

  voorzieningenFrontend.sort(dateSort('statusDate', 'desc'));

  return voorzieningenFrontend;
}
