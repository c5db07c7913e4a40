import type { FileInstrument } from '@opendatacapture/runtime-core';

export type FileUploadAssociations = {
  groupId: null | string;
  instrument: FileInstrument;
};
