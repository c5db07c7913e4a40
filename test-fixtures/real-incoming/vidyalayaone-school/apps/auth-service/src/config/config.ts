import dotenv from 'dotenv';
import path from 'path';

dotenv.config({ 
  path: path.resolve(__dirname, '../../.env')
});

interface Config {
  server: {
    port: number;
    nodeEnv: string;
    apiPrefix: string;
  };
  database: {
    url: string;
  };
  jwt: {
    accessSecret: string;
    refreshSecret: string;
    accessExpiresIn: string;
    refreshExpiresIn: string;
  };
  security: {
    bcryptSaltRounds: number;
    otpExpiresIn: number;
    maxLoginAttempts: number;
    lockoutTime: number;
  };
  cors: {
    origin: (string | RegExp)[];
  };
  sms: {
    fast2smsApiKey: string,
    testNumbers: string
  };
  services: {
    school: {
      url: string;
      timeout: number;
    };
  };
  ses: {
    smtpHost: string;
    smtpPort: number;
    smtpUser: string;
    smtpPass: string;
    smtpFrom: string;
  };
}

const rawCorsOrigins = process.env.CORS_ORIGIN
  ? process.env.CORS_ORIGIN.split(',').map(s => s.trim())
  : ['http://localhost:3000'];

const parsedCorsOrigins = rawCorsOrigins.map(origin => {
  if (origin.includes('*')) {
    // convert *.vidyalayaone.com → regex
    const regex = new RegExp(
      '^' + origin.replace(/\./g, '\\.').replace('*', '([a-z0-9-]+)') + '$'
    );
    return regex;
  }
  return origin; // exact match
});

const config: Config = {
  server: {
    port: parseInt(process.env.PORT || '3001', 10),
    nodeEnv: process.env.NODE_ENV || 'development',
    apiPrefix: process.env.API_PREFIX || '/api/v1',
  },
  database: {
    url: process.env.DATABASE_URL || '',
  },
  jwt: {
    accessSecret: process.env.JWT_ACCESS_SECRET || '',
    refreshSecret: process.env.JWT_REFRESH_SECRET || '',
    accessExpiresIn: process.env.JWT_ACCESS_EXPIRES_IN || '7d',
    refreshExpiresIn: process.env.JWT_REFRESH_EXPIRES_IN || '7d',
  },
  security: {
    bcryptSaltRounds: parseInt(process.env.BCRYPT_SALT_ROUNDS || '12', 10),
    otpExpiresIn: parseInt(process.env.OTP_EXPIRES_IN || '10', 10),
    maxLoginAttempts: parseInt(process.env.MAX_LOGIN_ATTEMPTS || '5', 10),
    lockoutTime: parseInt(process.env.LOCKOUT_TIME || '15', 10),
  },
  cors: {
    origin: parsedCorsOrigins,
  },
  sms: {
    fast2smsApiKey: process.env.FAST2SMS_API_KEY || '',
    testNumbers: process.env.SMS_TEST_NUMBERS || '',
  },
  services: {
    school: {
      url: process.env.SCHOOL_SERVICE_URL || 'http://school-service:3002',
      timeout: parseInt(process.env.SCHOOL_SERVICE_TIMEOUT || '30000', 10),
    },
  },
  ses: {
    smtpHost: process.env.SES_SMTP_HOST || '',
    smtpPort: parseInt(process.env.SES_SMTP_PORT || '587', 10),
    smtpUser: process.env.SES_SMTP_USER || '',
    smtpPass: process.env.SES_SMTP_PASS || '',
    smtpFrom: process.env.SES_SMTP_FROM || '',
  },
};

export default config;
