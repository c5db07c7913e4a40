import { HybridCrypto } from '@douglasneuroinformatics/libcrypto';
import { ConfigService, LoggingService } from '@douglasneuroinformatics/libnest';
import { Injectable, InternalServerErrorException } from '@nestjs/common';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { getSeriesInstrumentItems } from '@opendatacapture/instrument-utils';
import type { ScalarInstrumentInternal } from '@opendatacapture/runtime-core';
import type { RemoteAssignment } from '@opendatacapture/schemas/assignment';
import { $Json } from '@opendatacapture/schemas/core';
import type { Json } from '@opendatacapture/schemas/core';

import { AssignmentsService } from '@/assignments/assignments.service';
import { InstrumentRecordsService } from '@/instrument-records/instrument-records.service';
import { InstrumentsService } from '@/instruments/instruments.service';
import { SessionsService } from '@/sessions/sessions.service';
import { SetupService } from '@/setup/setup.service';

import { GatewayService } from './gateway.service';

@Injectable()
export class GatewaySynchronizer implements OnApplicationBootstrap {
  private readonly refreshInterval: number;

  constructor(
    configService: ConfigService,
    private readonly assignmentsService: AssignmentsService,
    private readonly gatewayService: GatewayService,
    private readonly instrumentsService: InstrumentsService,
    private readonly instrumentRecordsService: InstrumentRecordsService,
    private readonly loggingService: LoggingService,
    private readonly sessionsService: SessionsService,
    private readonly setupService: SetupService
  ) {
    this.refreshInterval = configService.get('GATEWAY_REFRESH_INTERVAL');
  }

  onApplicationBootstrap() {
    setInterval(() => void this.sync(), this.refreshInterval);
  }

  async sync() {
    const setupState = await this.setupService.getState();
    if (!setupState.isSetup) {
      this.loggingService.log('Will not attempt synchronizing with gateway: app is not setup');
      return;
    }

    this.loggingService.log('Synchronizing with gateway...');

    // A failure here must not stop assignments from synchronizing: the two are independent, and
    // the next pass sends the state again.
    try {
      await this.gatewayService.updateRemoteSetupState({ activeLanguages: setupState.activeLanguages });
    } catch (err) {
      this.loggingService.error({
        cause: err,
        error: 'Failed to Update Remote Setup State'
      });
    }

    let remoteAssignments: RemoteAssignment[];
    try {
      remoteAssignments = await this.gatewayService.fetchRemoteAssignments();
    } catch (err) {
      this.loggingService.error({
        cause: err,
        error: 'Failed to Fetch Remote Assignments'
      });
      return;
    }

    for (const assignment of remoteAssignments) {
      // A failure for one assignment must not prevent the others from being synchronized. The status
      // is left untouched so the assignment is retried on the next interval.
      try {
        if (assignment.status === 'OUTSTANDING') {
          continue;
        } else if (assignment.status === 'COMPLETE') {
          await this.handleAssignmentComplete(assignment);
        } else {
          await this.gatewayService.deleteRemoteAssignment(assignment.id);
        }
        await this.assignmentsService.updateStatusById(assignment.id, assignment.status);
      } catch (err) {
        this.loggingService.error({
          cause: err,
          error: `Failed to synchronize remote assignment with ID: ${assignment.id}`
        });
      }
    }
    this.loggingService.log('Done synchronizing with gateway');
  }

  private async handleAssignmentComplete(remoteAssignment: RemoteAssignment) {
    if (!remoteAssignment.encryptedData) {
      throw new Error(`Data is undefined for completed remote assignment with id '${remoteAssignment.id}'`);
    }
    const assignment = await this.assignmentsService.findById(remoteAssignment.id);

    if (!remoteAssignment.completedAt) {
      this.loggingService.error(`Field 'completedAt' is null for assignment '${assignment.id}'`);
      return;
    } else if (!remoteAssignment.symmetricKey) {
      this.loggingService.error(`Field 'symmetricKey' is null for assignment '${assignment.id}'`);
      return;
    }

    const instrument = await this.instrumentsService.findById(assignment.instrumentId);

    const session = await this.sessionsService.create({
      date: remoteAssignment.completedAt,
      groupId: remoteAssignment.groupId ?? null,
      subjectData: {
        id: assignment.subjectId
      },
      type: 'REMOTE'
    });

    const cipherTexts: string[] = [];
    const symmetricKeys: string[] = [];
    let seriesItems: ScalarInstrumentInternal[] | undefined;

    if (instrument.kind === 'SERIES') {
      if (!(remoteAssignment.encryptedData.startsWith('$') && remoteAssignment.symmetricKey.startsWith('$'))) {
        this.loggingService.error({ remoteAssignment });
        throw new InternalServerErrorException('Malformed remote assignment for series instrument');
      }
      cipherTexts.push(...remoteAssignment.encryptedData.slice(1).split('$'));
      symmetricKeys.push(...remoteAssignment.symmetricKey.slice(1).split('$'));
      seriesItems = getSeriesInstrumentItems(instrument.content);
      // A series may end early (e.g. via `terminate`), so the submitted items are a non-empty
      // prefix of the series content: fewer records than items is valid, more is malformed.
      if (cipherTexts.length !== symmetricKeys.length) {
        throw new InternalServerErrorException(
          `Expected length of cypher texts '${cipherTexts.length}' to match length of symmetric keys '${symmetricKeys.length}'`
        );
      } else if (cipherTexts.length < 1 || cipherTexts.length > seriesItems.length) {
        throw new InternalServerErrorException(
          `Expected number of submitted series items '${cipherTexts.length}' to be between 1 and the series instrument content length '${seriesItems.length}'`
        );
      }
    } else if (remoteAssignment.encryptedData.includes('$') || remoteAssignment.symmetricKey.includes('$')) {
      this.loggingService.error({ remoteAssignment });
      throw new InternalServerErrorException('Malformed remote assignment for scalar instrument');
    } else {
      cipherTexts.push(remoteAssignment.encryptedData);
      symmetricKeys.push(remoteAssignment.symmetricKey);
    }

    const createdRecordIds: string[] = [];
    try {
      for (let i = 0; i < cipherTexts.length; i++) {
        const cipherText = cipherTexts[i]!;
        const symmetricKey = symmetricKeys[i]!;
        const instrumentId =
          instrument.kind === 'SERIES'
            ? this.instrumentsService.generateScalarInstrumentId({ internal: seriesItems![i]! })
            : instrument.id;
        let decryptedData: string;
        try {
          decryptedData = await HybridCrypto.decrypt({
            cipherText: Buffer.from(cipherText, 'base64'),
            privateKey: await HybridCrypto.deserializePrivateKey(assignment.encryptionKeyPair.privateKey),
            symmetricKey: Buffer.from(symmetricKey, 'base64')
          });
        } catch (err) {
          this.loggingService.error({ instrumentId, message: 'Failed to decrypt data' });
          throw err;
        }

        let data: Json;
        try {
          data = await $Json.parseAsync(JSON.parse(decryptedData));
        } catch (err) {
          this.loggingService.error({ decryptedData, instrumentId, message: 'Failed to parse decrypted data' });
          throw err;
        }

        try {
          const record = await this.instrumentRecordsService.create({
            assignmentId: assignment.id,
            data,
            date: remoteAssignment.completedAt,
            groupId: assignment.groupId ?? undefined,
            instrumentId,
            // Preserve which series orchestrated this remote collection in the record's metadata
            seriesInstrumentId: instrument.kind === 'SERIES' ? instrument.id : undefined,
            sessionId: session.id,
            subjectId: assignment.subjectId
          });
          this.loggingService.log(`Created record with ID: ${record.id}`);
          createdRecordIds.push(record.id);
        } catch (err) {
          this.loggingService.error({ data, instrumentId, message: 'Failed to create instrument record' });
          throw err;
        }
      }
      await this.gatewayService.deleteRemoteAssignment(assignment.id);
    } catch (err) {
      this.loggingService.error(err);
      for (const id of createdRecordIds) {
        await this.instrumentRecordsService.deleteById(id);
        this.loggingService.log(`Deleted record with ID: ${id}`);
      }
      await this.sessionsService.deleteById(session.id);
      this.loggingService.log(`Deleted session with ID: ${session.id}`);
      throw err;
    }
  }
}
