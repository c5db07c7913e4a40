import { Document } from 'mongoose';
import IPatient from './patient.interface';

export default interface ICertificate extends Document {
    patient: IPatient;
    professional: {
        userId: string,
        enrollment: string,
        cuil: string,
        businessName: string,
        profesionGrado?: {
            profesion: string;
            codigoProfesion: string;
            numeroMatricula: string;
        }[];
    };
    certificate: string;
    organizacion?: {
        _id: string;
        nombre: string;
        direccion: string;
    };
    status?: string;
    anulateReason?: string;
    anulateDate?: Date;
    startDate: Date;
    endDate?: Date;
    cantDias: number;
    createdAt: Date;
}