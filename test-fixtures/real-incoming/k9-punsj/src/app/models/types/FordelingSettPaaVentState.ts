import { IError } from 'app/models/types';

interface FordelingSettPaaVentState {
    settPaaVentError?: IError;
    settPaaVentSuccess?: boolean;
}

export default FordelingSettPaaVentState;
