import {
  DeleteDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { InstitutionLocation } from "./institution-location.model";
import { InstitutionUserTypeAndRole } from "./institution-user-type-role.model";
import { InstitutionUser } from "./institution-user.model";
import { RecordDataModel } from "./record.model";

@Entity({
  name: "institution_user_auth",
})
export class InstitutionUserAuth extends RecordDataModel {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => InstitutionLocation, { eager: false })
  @JoinColumn({
    name: "institution_location_id",
    referencedColumnName: "id",
  })
  location: InstitutionLocation;

  @ManyToOne(() => InstitutionUserTypeAndRole, { eager: true })
  @JoinColumn({
    name: "institution_user_type_role_id",
    referencedColumnName: "id",
  })
  authType: InstitutionUserTypeAndRole;

  @ManyToOne(
    () => InstitutionUser,
    (institutionUser) => institutionUser.authorizations,
    { eager: false },
  )
  @JoinColumn({
    name: "institution_user_id",
    referencedColumnName: "id",
  })
  institutionUser: InstitutionUser;
  /**
   * When set indicates that the record is considered deleted.
   */
  @DeleteDateColumn({
    name: "deleted_at",
    type: "timestamptz",
    nullable: true,
  })
  deletedAt?: Date;
}
