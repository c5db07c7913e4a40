import { compareSync, genSaltSync, hashSync } from 'bcryptjs';
import child_process from 'child_process';
import * as crypto from 'crypto';
import express from 'express';
import * as fs from 'fs';
import * as mime from 'mime-types';
import path from 'path';
import { ConfigurationManager } from '../config/configuration.manager';
import { Gender } from '../domain.types/miscellaneous/system.types';
import { InputValidationError } from './input.validation.error';
import { TimeHelper } from './time.helper';
import Countries from './misc/countries';

import genpass from 'generate-password';
import bcrypt from 'bcryptjs';

////////////////////////////////////////////////////////////////////////

export class Helper {

    static getDefaultSearchFilters = (query) => {
        var filters = {};
        var dateFrom = query.dateFrom ? query.dateFrom : null;
        if (dateFrom != null) {
            filters['DateFrom'] = new Date(dateFrom);
        }
        var dateTo = query.dateTo ? query.dateTo : null;
        if (dateTo != null) {
            const to = exports.addDays(new Date(dateTo), 1);
            filters['DateTo'] = to;
        }
        var pageIndex = query.pageIndex ? query.pageIndex : 0;
        if (pageIndex != null) {
            filters['PageIndex'] = parseInt(pageIndex);
        }
        var itemsPerPage = query.itemsPerPage ? query.itemsPerPage : 0;
        if (itemsPerPage != null) {
            filters['ItemsPerPage'] = parseInt(itemsPerPage);
        }
        var orderBy = query.orderBy ? query.orderBy : null;
        if (orderBy != null) {
            filters['OrderBy'] = orderBy;
        }
        var order = query.order ? query.order : null;
        if (order != null) {
            filters['Order'] = order;
        }
        return filters;
    };

    static setDefaultPagination = (filters) => {
        let limit = 25;
        if (filters.ItemsPerPage) {
            limit = filters.ItemsPerPage;
        }
        let offset = 0;
        let pageIndex = 0;
        if (filters.PageIndex) {
            pageIndex = filters.PageIndex < 0 ? 0 : filters.PageIndex;
            offset = pageIndex * limit;
        }
        return { pageIndex, limit, offset };
    };

    static getResourceOwner = (request: express.Request): string => {
        if (request.params.userId) {
            return request.params.userId;
        }
        if (request.params.patientUserId) {
            return request.params.patientUserId;
        }
        if (request.params.doctorUserId) {
            request.params.doctorUserId;
        }
        return null;
    };

    static getStoragePath = () => {
        return path.join(process.env.STORAGE_BUCKET, process.env.NODE_ENV);
    };

    static compareHashedPassword = (password, hash) => {
        if (!password) {
            return false;
        }
        // returns Boolean
        return bcrypt.compareSync(password.toString(), hash);
    };

    static generateHashedPassword = (password) => {
        if (!password) {
            return null;
        }
        // hash password with bcrypt algorithm
        return bcrypt.hashSync(password.toString(), 10);
    };

    static generateCryptoToken = async () => {
        const { randomBytes } = await import('crypto');
        const buffer = randomBytes(30);
        return buffer.toString('hex');
    };

    static generateUserName = () => {
        return genpass.generate({
            length    : 8,
            numbers   : false,
            lowercase : true,
            uppercase : false,
            symbols   : false,
        });
    };

    static hasProperty = (obj, prop) => {
        return Object.prototype.hasOwnProperty.call(obj, prop);
    };

    static isUrl = (str) => {
        if (!str) {
            return false;
        }
        try {
            new URL(str);
            return true;
        } catch (err) {
            return false;
        }
    };

    static dumpJson(obj, filename) {
        const txt = JSON.stringify(obj, null, '    ');
        fs.writeFileSync(filename, txt);
    }

    static jsonToObj = (jsonPath) => {
        if (!fs.existsSync(jsonPath)) {
            return null;
        }

        const rawdata = fs.readFileSync(jsonPath, {
            encoding : 'utf8',
            flag     : 'r',
        });

        const obj = JSON.parse(rawdata);
        return obj;
    };

    static executeCommand = (command: string): Promise<string> => {
        return new Promise(function (resolve, reject) {
            child_process.exec(command, function (error: Error, standardOutput: string, standardError: string) {
                if (error) {
                    reject();
                    return;
                }
                if (standardError) {
                    reject(standardError);
                    return;
                }
                resolve(standardOutput);
            });
        });
    };

    static getSessionHeaders = (token: string) => {
        return {
            'Content-Type'    : 'application/json; charset=utf-8',
            Accept            : '*/*',
            'Cache-Control'   : 'no-cache',
            'Accept-Encoding' : 'gzip, deflate, br',
            Connection        : 'keep-alive',
            Authorization     : 'Bearer ' + token,
        };
    };

    static getNeedleOptions = (headers) => {
        return {
            headers    : headers,
            compressed : true,
            json       : true,
        };
    };

    static removeArrayDuplicates<Type>(arr: Type[]): Type[] {
        function onlyUnique(value, index, self) {
            return self.indexOf(value) === index;
        }
        const unique = arr.filter(onlyUnique);
        return unique;
    }

    static areStringsOverlapping = (firstStr: string, secondStr: string) => {
        if (firstStr.indexOf(secondStr) !== -1 || secondStr.indexOf(firstStr) !== -1) {
            return true;
        }
        return false;
    };

    static areOffsetsOverlapping = (
        firstStart: number,
        firstEnd: number,
        secondStart: number,
        secondEnd: number
    ): boolean => {
        if (
            (firstStart <= secondStart && secondStart >= firstEnd) ||
            (firstStart <= secondEnd && secondEnd >= firstEnd) ||
            (secondStart <= firstStart && firstStart >= secondEnd) ||
            (secondStart <= firstEnd && firstEnd >= secondEnd)
        ) {
            return true;
        }
        return false;
    };

    static handleValidationError = (result) => {
        let index = 1;
        const errorMessages = [];
        for (const er of result.errors) {
            errorMessages.push(` ${index}. ${er.msg} - <${er.value}> for <${er.param}> in ${er.location}`);
            index++;
        }
        throw new InputValidationError(errorMessages);
    };

    static getAgeFromBirthDate = (birthdate: Date, onlyYears = false): string => {
        if (birthdate === null) {
            return '';
        }
        const bd = birthdate.getTime();
        const milsecs = Date.now() - bd;

        const milsecInYear = 365 * 24 * 3600 * 1000;
        const milsecsInMonth = 30 * 24 * 3600 * 1000;

        const years = Math.floor(milsecs / milsecInYear);
        const remainder = milsecs % milsecInYear;
        const months = Math.floor(remainder / milsecsInMonth);

        let age = years > 0 ? years.toString() + ' years' : '';
        if (onlyYears) {
            if (age.length === 0) {
                return '0 years';
            }
            return age;
        }
        age = age + (months > 0 ? ' and ' + months.toString() + ' months' : '');
        return age;
    };

    static guessPrefixByGender = (gender: Gender) => {
        if (gender === Gender.Male) {
            return 'Mr.';
        }
        if (gender === Gender.Female) {
            return 'Miss.';
        }
        return ''; //Return empty prefix
    };

    static constructPersonDisplayName = (
        prefix: string | null,
        firstName: string | null,
        lastName: string | null
    ): string => {
        var prefix = Helper.checkStr(prefix) ? prefix + ' ' : '';
        var firstName = Helper.checkStr(firstName) ? firstName + ' ' : '';
        var lastName = Helper.isStr(lastName) ? lastName : '';
        let displayName: string = prefix + firstName + lastName;
        displayName = displayName.trim();
        if (displayName.length === 0) {
            displayName = 'unknown';
        }
        return displayName;
    };

    static formatDate = (date) => {
        const d = new Date(date);
        const month = ('00' + (d.getMonth() + 1).toString()).slice(-2);
        const day = ('00' + d.getDate().toString()).slice(-2);
        const year = (d.getFullYear()).toString().slice(-2);
        return [year, month, day].join('');
    };

    static isAlpha = (c) => {
        const alphas = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
        return alphas.indexOf(c) !== -1;
    };

    static isAlphaVowel = (c) => {
        const alphas = 'aeiouAEIOU';
        return alphas.indexOf(c) !== -1;
    };

    static isDigit = (c) => {
        const digits = '0123456789';
        return digits.indexOf(c) !== -1;
    };

    static isAlphaNum = (c) => {
        return Helper.isAlpha(c) || Helper.isDigit(c);
    };

    static hasAlpha = (str: string) => {
        for (const c of str) {
            if (Helper.isAlpha(c)) {
                return true;
            }
        }
        return false;
    };

    static getDigitsOnly = (str: string): string => {
        let temp = '';
        if (!str) {
            return temp;
        }
        for (let x = 0; x < str.length; x++) {
            const c = str.charAt(x);
            if (Helper.isDigit(c)) {
                temp += c;
            }
        }
        return temp;
    };

    static checkStr(val: any) {
        if (val === null || val === undefined || typeof val !== 'string') {
            return null;
        }
        return val;
    }

    static isStr(val: any): boolean {
        if (val === null || val === undefined || typeof val !== 'string') {
            return false;
        }
        return true;
    }

    static checkNum(val: any): number {
        if (val === null || typeof val === 'undefined' || typeof val !== 'number') {
            return null;
        }
        return val;
    }

    static isNum(val: any): boolean {
        if (val === null || typeof val === 'undefined' || typeof val !== 'number') {
            return false;
        }
        return true;
    }

    static generatePassword(): string {
        const password = genpass.generate({
            length    : 8,
            numbers   : true,
            lowercase : true,
            uppercase : true,
            symbols   : true,
        });
        return password;
    }

    static sanitizePhone(phone: string) {
        if (!phone) {
            return phone;
        }
        if (phone.includes('-')) {
            const tokens = phone.split('-');
            let countryCode = tokens[0];
            let phoneNumber = tokens.length > 2 ? tokens.slice(1).join() : tokens[1];
            countryCode = '+' + Helper.getDigitsOnly(countryCode);
            phoneNumber = Helper.getDigitsOnly(phoneNumber);
            return countryCode + '-' + phoneNumber;
        } else if (phone.startsWith('+')) {
            var countryCodes = Countries.map((x) => x.PhoneCode);
            var countryCodesSorted = countryCodes.sort((a, b) => b.length - a.length);
            for (var cc of countryCodesSorted) {
                if (phone.startsWith(cc)) {
                    var phoneNumber = phone.substring(cc.length);
                    phoneNumber = Helper.getDigitsOnly(phoneNumber);
                    return cc + '-' + phoneNumber;
                }
            }
        }
        return phone;
    }

    static validatePhone(phone: string) {
        const tokens = phone.split('-');
        const countryCode = tokens[0];
        const phoneNumber = tokens[1];
        const validCountryCode = Helper.isStr(countryCode) && countryCode.length > 0;
        if (!validCountryCode) {
            return Promise.reject('Invalid country code');
        }
        const validPhoneNumber = Helper.isStr(phoneNumber) && phoneNumber.length >= 9;
        if (!validPhoneNumber) {
            //throw new InputValidationError(['Invalid phone number']);
            return Promise.reject('Invalid phone number');
        }
        return Promise.resolve();
    }

    public static sleep = (miliseconds) => {
        return new Promise((resolve) => {
            setTimeout(resolve, miliseconds);
        });
    };

    public static isEmptyObject = (obj) => {
        return Object.keys(obj).length === 0 && obj.constructor === Object;
    };

    public static encodeToBase64 = (str: string) => {
        const buffer = Buffer.from(str, 'utf-8');
        return buffer.toString('base64');
    };

    public static decodeFromBase64 = (str: string) => {
        const buffer = Buffer.from(str, 'base64');
        return buffer.toString('utf-8');
    };

    public static hash = (str: string) => {
        const salt = genSaltSync(8);
        const hashed = hashSync(str, salt);
        return hashed;
    };

    public static compare = (str: string, hashed: string) => {
        return compareSync(str, hashed);
    };

    public static padInteger = (num: number, places: number, paddingCharacter: string) => {
        return String(num).padStart(places, paddingCharacter);
    };

    //Reference: https://github.com/zishon89us/node-cheat/blob/master/stackoverflow_answers/crypto-create-cipheriv.js#L2

    public static encrypt = (str: string) => {
        const algorithm = 'aes-256-ctr';
        const LENGTH = 16;
        const iv = crypto.randomBytes(LENGTH);
        const cipher = crypto.createCipheriv(algorithm, Buffer.from(process.env.CIPHER_SALT, 'hex'), iv);
        let encrypted = cipher.update(str);
        encrypted = Buffer.concat([encrypted, cipher.final()]);
        return iv.toString('hex') + ':' + encrypted.toString('hex');
    };

    public static decrypt = (str: string) => {
        const algorithm = 'aes-256-ctr';
        const tokens = str.split(':');
        const iv = Buffer.from(tokens.shift(), 'hex');
        const encryptedText = Buffer.from(tokens.join(':'), 'hex');
        const decipher = crypto.createDecipheriv(algorithm, Buffer.from(process.env.CIPHER_SALT, 'hex'), iv);
        let decrypted = decipher.update(encryptedText);
        decrypted = Buffer.concat([decrypted, decipher.final()]);
        return decrypted.toString();
    };

    public static getPossiblePhoneNumbers = (phone) => {
        if (phone == null) {
            return [];
        }

        let phoneTemp = phone;
        phoneTemp = phoneTemp.trim();
        const countryCodes = Countries.map((x) => x.PhoneCode);
        const searchFors = countryCodes;
        const possiblePhoneNumbers = [phone];

        let phonePrefix = '';

        for (var s of searchFors) {
            if (phoneTemp.startsWith(s)) {
                phonePrefix = s;
                phoneTemp = phoneTemp.replace(s, '');
                phoneTemp = phoneTemp.replace('-', '');
            }
        }

        if (phonePrefix) {
            possiblePhoneNumbers.push(phonePrefix + phoneTemp);
            possiblePhoneNumbers.push(phonePrefix + '-' + phoneTemp);
            possiblePhoneNumbers.push(phoneTemp);
        } else {
            var possibles = Countries.map((x) => {
                return x.PhoneCode + phoneTemp;
            });
            possiblePhoneNumbers.push(...possibles);
            possibles = Countries.map((x) => {
                return x.PhoneCode + '-' + phoneTemp;
            });
            possiblePhoneNumbers.push(...possibles);

            possiblePhoneNumbers.push(phoneTemp);
        }
        return possiblePhoneNumbers;
    };

    public static getFileExtension = (filename: string) => {
        var ext = /^.+\.([^.]+)$/.exec(filename);
        return ext == null ? '' : ext[1];
    };

    public static getFilenameFromFilePath = (filepath: string) => {
        return path.basename(filepath);
    };

    public static generateDisplayId = (prefix = null) => {
        var tmp = (Math.floor(Math.random() * 9000000000) + 1000000000).toString();
        var displayId = tmp.slice(0, 4);
        var identifier = displayId;
        if (prefix != null) {
            identifier = prefix + '-' + identifier;
        }
        return identifier;
    };

    public static generateDisplayCode = (prefix = null) => {
        const code = genpass.generate({
            length    : 24,
            numbers   : true,
            lowercase : true,
            uppercase : false,
            symbols   : false,
        });
        return prefix ? prefix + '#' + code : code;
    };

    public static convertCamelCaseToPascalCase = (str: string): string => {
        if (str.length > 0) {
            return str.charAt(0).toUpperCase() + str.substring(1);
        }
        return str;
    };

    public static generateDownloadFolderPath = async () => {
        var timestamp = TimeHelper.timestamp(new Date());
        var tempDownloadFolder = ConfigurationManager.DownloadTemporaryFolder();
        var downloadFolderPath = path.join(tempDownloadFolder, timestamp);

        await fs.promises.mkdir(downloadFolderPath, { recursive: true });

        return downloadFolderPath;
    };

    public static createTempDownloadFolder = async () => {
        var tempDownloadFolder = ConfigurationManager.DownloadTemporaryFolder();
        if (fs.existsSync(tempDownloadFolder)) {
            return tempDownloadFolder;
        }
        await fs.promises.mkdir(tempDownloadFolder, { recursive: true });
        return tempDownloadFolder;
    };

    public static createTempUploadFolder = async () => {
        var tempUploadFolder = ConfigurationManager.UploadTemporaryFolder();
        if (fs.existsSync(tempUploadFolder)) {
            return tempUploadFolder;
        }
        await fs.promises.mkdir(tempUploadFolder, { recursive: true });
        return tempUploadFolder;
    };

    public static strToFilename = (str: string, extension: string, delimiter: string, limitTo = 32): string => {
        var tmp = str.replace(' ', delimiter);
        tmp = tmp.substring(0, limitTo);
        var ext = extension.startsWith('.') ? extension : '.' + extension;
        return tmp + ext;
    };

    public static getMimeType = (pathOrExtension: string) => {
        var mimeType = mime.lookup(pathOrExtension);
        if (!mimeType) {
            mimeType = 'text/plain';
        }
        return mimeType;
    };

    public static getValueForEitherKeys = (obj: any, keys: string[]): string => {
        const existingKeys = Object.keys(obj);
        for (var key of keys) {
            var found = existingKeys.includes(key);
            if (found) {
                return obj[key];
            }
        }
        return null;
    };

    public static convertPrivilegeMapToPrivilegeList = (privilegeMap) => {
        const x = (privilegeMap) => {
            const privileges = [];
            const keys = Object.keys(privilegeMap);
            for (var key of keys) {
                var value = privilegeMap[key];
                if (typeof value === "object") {
                    var subPrivileges = x(value);
                    for (var subPrivilege of subPrivileges) {
                        privileges.push(key + "." + subPrivilege);
                    }
                } else {
                    privileges.push(key);
                }
            }
            return privileges;
        };

        const list = x(privilegeMap);

        const tokenValue = (privilegeMap, tokens) => {
            var currentLevel = privilegeMap;
            for (var i = 0; i < tokens.length; i++) {
                var key = tokens[i];
                if (Helper.hasProperty(currentLevel, key)) {
                    currentLevel = currentLevel[key];
                    continue;
                }
                else {
                    return undefined;
                }
            }
            return currentLevel;
        };
        const refined = [];
        for (var i = 0; i < list.length; i++) {
            var p = list[i];
            const tokens = p.split('.');
            var value = tokenValue(privilegeMap, tokens);
            if (p.endsWith(".Enabled")) {
                p = p.replace(/\.Enabled$/, '');
            }
            refined.push({
                [p] : value,
            });
        }
        return refined;
    };

}
