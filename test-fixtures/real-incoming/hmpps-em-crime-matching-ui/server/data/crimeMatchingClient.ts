import { AuthOptions, AuthenticationClient, RestClient } from '@ministryofjustice/hmpps-rest-client'
import Logger from 'bunyan'
import config from '../config'

export default class CrimeMatchingClient extends RestClient {
  constructor(logger: Logger, authenticationClient?: AuthenticationClient) {
    super('Crime Matching Api', config.apis.crimeMatchingApi, logger, authenticationClient)
  }

  createHubManager(authOptions: AuthOptions, name: string): Promise<unknown> {
    return this.post(
      {
        path: '/hub-managers',
        data: {
          name,
        },
      },
      authOptions,
    )
  }

  deleteHubManager(authOptions: AuthOptions, id: string): Promise<unknown> {
    return this.delete(
      {
        path: `/hub-managers/${id}`,
      },
      authOptions,
    )
  }

  getCrimeMatchingResults(authOptions: AuthOptions, batchIds: Array<string>): Promise<unknown> {
    return this.get(
      {
        path: '/crime-matching-results',
        query: {
          batchId: batchIds,
        },
      },
      authOptions,
    )
  }

  getCrimeVersion(authOptions: AuthOptions, crimeVersionId: string): Promise<unknown> {
    return this.get(
      {
        path: `/crime-versions/${crimeVersionId}`,
      },
      authOptions,
    )
  }

  getCrimeVersions(authOptions: AuthOptions, crimeReference: string, page: string | undefined): Promise<unknown> {
    return this.get(
      {
        path: '/crime-versions',
        query: {
          crimeRef: crimeReference,
          page,
          pageSize: 10,
        },
      },
      authOptions,
    )
  }

  getDeviceActivation(authOptions: AuthOptions, deviceActivationId: string): Promise<unknown> {
    return this.get(
      {
        path: `/device-activations/${deviceActivationId}`,
      },
      authOptions,
    )
  }

  getDeviceActivationPositions(
    authOptions: AuthOptions,
    deviceActivationId: number,
    from: string,
    to: string,
    geolocationMechanism: string,
  ): Promise<unknown> {
    return this.get(
      {
        path: `/device-activations/${deviceActivationId}/positions`,
        query: {
          from,
          to,
          geolocationMechanism,
        },
      },
      authOptions,
    )
  }

  getHubManagers(authOptions: AuthOptions, hasSignature?: boolean): Promise<unknown> {
    return this.get(
      {
        path: '/hub-managers',
        query: {
          hasSignature,
        },
      },
      authOptions,
    )
  }

  getPerson(authOptions: AuthOptions, personId: string): Promise<unknown> {
    return this.get(
      {
        path: `/persons/${personId}`,
      },
      authOptions,
    )
  }

  getPersonsBySearchTerm(
    authOptions: AuthOptions,
    searchField: string,
    searchTerm: string,
    page: string,
  ): Promise<unknown> {
    return this.get(
      {
        path: '/persons',
        query: {
          [searchField]: searchTerm,
          page,
        },
      },
      authOptions,
    )
  }

  getIngestionAttempt(authOptions: AuthOptions, ingestionAttemptId: string): Promise<unknown> {
    return this.get(
      {
        path: `/ingestion-attempts/${ingestionAttemptId}`,
      },
      authOptions,
    )
  }

  getIngestionAttempts(
    authOptions: AuthOptions,
    batchId: string | undefined,
    policeForceArea: string | undefined,
    fromDate: string | undefined,
    toDate: string | undefined,
    page: string | undefined,
  ): Promise<unknown> {
    return this.get(
      {
        path: '/ingestion-attempts',
        query: {
          batchId,
          policeForceArea,
          fromDate,
          toDate,
          page,
        },
      },
      authOptions,
    )
  }

  getHubManager(authOptions: AuthOptions, id: string): Promise<unknown> {
    return this.get(
      {
        path: `/hub-managers/${id}`,
      },
      authOptions,
    )
  }

  getHubManagerSignature(authOptions: AuthOptions, id: string): Promise<unknown> {
    return this.get(
      {
        path: `/hub-managers/${id}/signature`,
      },
      authOptions,
    )
  }

  updateHubManagerSignature(
    authOptions: AuthOptions,
    id: string,
    file: { buffer: Buffer; originalname: string },
  ): Promise<unknown> {
    return this.put(
      {
        path: `/hub-managers/${id}/signature`,
        files: {
          signature: file,
        },
      },
      authOptions,
    )
  }
}
