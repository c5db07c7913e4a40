import { Fqid } from '@app/domain/definitions/key-types';

export interface HasOwnerId {
    owner_id: Fqid;
}
