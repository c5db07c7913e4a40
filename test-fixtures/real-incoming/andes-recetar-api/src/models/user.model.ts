import { Schema, Model, model } from 'mongoose';
import mongoose from 'mongoose';
import bcrypt from 'bcryptjs';
import IUser from '../interfaces/user.interface';
import IProfesionAutorizada from '../interfaces/profesionAutorizada.interface';


// Validation callbacks
const uniqueEmail = async (email: string): Promise<boolean> => {
    const user = await User.findOne({ email });
    return !user;
};

const validEmail = (email: string): boolean => {
    const emailRegex = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
    return emailRegex.test(email);
};

const uniqueUsername = async function (username: string): Promise<boolean> {
    // excluimos el id del usuario que vamos a actualizar para no validar que se esta repitiendo el campo username
    const _id = typeof (this._id) !== 'undefined' ? this._id : this.getFilter()._id;
    const user = await User.findOne({ username, _id: { $nin: [_id] } });
    return !user;
};

// Setter
const encryptPassword = (password: string) => {
    const salt = bcrypt.genSaltSync(10);
    const passwordDigest = bcrypt.hashSync(password, salt);
    return passwordDigest;
};

// Schema
export const userSchema = new Schema({
    username: {
        type: String,
        required: '{PATH} is required',
        unique: true
    },
    email: {
        type: String
    },
    pendingEmail: {
        type: String
    },
    emailConfirmationToken: {
        type: String
    },
    emailConfirmationExpires: {
        type: Date
    },
    enrollment: {
        type: String
    },
    cuil: {
        type: String
    },
    businessName: {
        type: String
    },
    password: {
        type: String,
        required: '{PATH} is required is required',
        minlength: [8, '{PATH} required a minimum of 8 characters'],
        set: encryptPassword
    },
    roles: [{
        type: Schema.Types.ObjectId,
        ref: 'Role'
    }],
    refreshToken: {
        type: String,
    },
    authenticationToken: {
        type: String,
    },
    passwordChangeTokenExpiry: {
        type: Date,
    },
    passwordCreatedAt: {
        type: Date,
        default: undefined
    },
    createdAt: {
        type: Date,
        default: Date.now
    },
    updatedAt: Date,
    isActive: {
        type: Boolean,
        default: true,
        required: [true, '{PATH} is required']
    },
    activation: {
        updatedAt: {
            type: Date
        },
        updatedBy: {
            type: Schema.Types.ObjectId,
            ref: 'User'
        },
        userId: {
            type: Schema.Types.ObjectId,
            ref: 'User'
        },
        userName: {
            type: String
        }
    },
    lastLogin: {
        type: Date,
        default: new Date('2020-04-02T00:00:00.000Z')
    },
    idAndes: {
        type: String,
        default: ''
    },
    profesionGrado: [{
        profesion: {
            type: String,
            required: '{PATH} is required'
        },
        codigoProfesion: {
            type: String,
            required: '{PATH} is required'
        },
        numeroMatricula: {
            type: String,
            required: '{PATH} is required'
        },
    }],
    organizaciones: [
        {
            _id: {
                type: Schema.Types.ObjectId,
                default: () => new mongoose.Types.ObjectId()
            },
            nombre: String,
            direccion: String,
        }
    ],
    authorizationExpiration: {
        type: Date
    },
    authorizationDisposition: {
        type: String
    },
    responsibleDTEnrollment: {
        type: String
    }
});

// Model
const User: Model<IUser> = model<IUser>('User', userSchema);

// Model methods
User.schema.method('isValidPassword', async (thisUser: IUser, password: string): Promise<boolean> => {
    try {
        return await bcrypt.compare(password, thisUser.password);
    } catch (err) {
        throw err;
    }
});

// Model Validations
User.schema.path('username').validate(uniqueUsername, 'This {PATH} is already registered');

export default User;
