import { Request, Response } from 'express';
import Patient from '../models/patient.model';
import IPatient from '../interfaces/patient.interface';
import { BaseController } from '../interfaces/classes/base-controllers.interface';
import needle from 'needle';

class PatientController implements BaseController {

    public index = async (req: Request, res: Response): Promise<Response> => {
        const patients: IPatient[] = await Patient.find();
        return res.status(200).json({ patients });
    };

    public create = async (req: Request, res: Response): Promise<Response> => {
        const { dni, lastName, firstName, sex, fechaNac } = req.body;
        const newPatient: IPatient = new Patient({
            dni,
            lastName,
            firstName,
            sex,
            fechaNac,
        });
        try {
            await newPatient.save();
            return res.status(200).json({ newPatient });
        } catch (err) {
            // eslint-disable-next-line no-console
            console.log(err);
            return res.status(500).json('Server Error');
        }
    };

    public show = async (req: Request, res: Response): Promise<Response> => {
        try {
            const id: string = req.params.id;
            const patient: IPatient | null = await Patient.findOne({ _id: id });
            return res.status(200).json(patient);
        } catch (err) {
            // eslint-disable-next-line no-console
            console.log(err);
            return res.status(500).json('Server Error');
        }
    };

    public getObraSocial = async (req: Request, res: Response): Promise<Response> => {
        try {
            const { documento, sexo } = req.query;
            const resp = await needle('get', `${process.env.ANDES_ENDPOINT}/modules/obraSocial/obraSocialPaciente?documento=${documento}&sexo=${sexo}`, { headers: { Authorization: process.env.JWT_MPI_TOKEN } });
            return res.status(200).json(resp.body);
        } catch (err) {
            return res.status(500).json('Server Error');
        }
    };
    public getObrasSociales = async (req: Request, res: Response): Promise<Response> => {
        try {
            const resp = await needle('get', `${process.env.ANDES_ENDPOINT}/modules/obraSocial/obrasSociales`, { headers: { Authorization: process.env.JWT_MPI_TOKEN } });
            return res.status(200).json(resp.body);
        } catch (err) {
            return res.status(500).json('Server Error');
        }
    };

    public getByDni = async (req: Request, res: Response): Promise<Response> => {
        try {
            const { dni } = req.params;
            // Primero busca en base de RecetAR
            const patients = await Patient.find({ dni });
            // Si no encuentra, busca en MPI
            if (patients.length === 0) {
                const resp = await needle('get', `${process.env.ANDES_MPI_ENDPOINT}?documento=${dni}&activo=true&estado=validado`, { headers: { Authorization: process.env.JWT_MPI_TOKEN } });
                resp.body.forEach((item: any) => {
                    patients.push(<IPatient>{
                        dni: item.documento,
                        firstName: item.nombre,
                        lastName: item.apellido,
                        sex: item.sexo[0].toUpperCase() + item.sexo.substr(1).toLowerCase(),
                        status: item.estado[0].toUpperCase() + item.estado.substr(1).toLowerCase(),
                        genero: item.genero,
                        nombreAutopercibido: item.alias,
                        idMPI: item.id,
                        tipoDocumentoExtranjero: item.tipoIdentificacion || '',
                        nroDocumentoExtranjero: item.numeroIdentificacion || '',
                        estado: item.estado,
                        fechaNac: item.fechaNacimiento ? new Date(item.fechaNacimiento) : null,
                    });
                });
            }
            return res.status(200).json(patients);
        } catch (err) {
            // eslint-disable-next-line no-console
            console.log(err);
            return res.status(500).json('Server Error');
        }
    };

    public update = async (req: Request, res: Response) => {
        try {
            const id: string = req.params.id;
            const { dni, lastName, firstName, sex, image, fechaNac } = req.body;
            await Patient.findByIdAndUpdate(id, {
                dni,
                lastName,
                firstName,
                sex,
                image,
                fechaNac
            });
            const patient = await Patient.findOne({ _id: id });
            return res.status(200).json(patient);
        } catch (err) {
            // eslint-disable-next-line no-console
            console.log(err);
            return res.status(500).json('Server Error');
        }
    };

    public updatePatient = async (req: Request, res: Response): Promise<Response> => {
        // "dni", "lastName", "firstName", "sex"
        // son los campos que permitiremos actualizar.
        const { id } = req.params;
        const values: any = {};
        try {
            if (typeof req.body.dni !== 'undefined') { values.dni = req.body.dni; }
            if (typeof req.body.lastName !== 'undefined') { values.lastName = req.body.lastName; }
            if (typeof req.body.firstName !== 'undefined') { values.firstName = req.body.firstName; }
            if (typeof req.body.sex !== 'undefined') { values.sex = req.body.sex; }
            const opts: any = { runValidators: true, new: true, context: 'query' };
            const patient: IPatient | null = await Patient.findOneAndUpdate({ _id: id }, values, opts).select('dni lastName firstName sex');

            return res.status(200).json(patient);
        } catch (e) {
            // formateamos los errores de validacion
            if (e.name !== 'undefined' && e.name === 'ValidationError') {
                const errors: { [key: string]: string } = {};
                Object.keys(e.errors).forEach(prop => {
                    errors[prop] = e.errors[prop].message;
                });
                return res.status(422).json(errors);
            }
            // eslint-disable-next-line no-console
            console.log(e);
            return res.status(500).json('Server Error');
        }
    };

    public delete = async (req: Request, res: Response): Promise<Response> => {
        try {

            const { id } = req.params;
            await Patient.findByIdAndDelete(id);
            return res.status(200).json('deleted');
        } catch (err) {
            // eslint-disable-next-line no-console
            console.log(err);
            return res.status(500).json('Server Error');
        }
    };
}

export default new PatientController();
