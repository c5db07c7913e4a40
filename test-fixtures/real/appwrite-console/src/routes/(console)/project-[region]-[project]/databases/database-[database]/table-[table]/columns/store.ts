import type { Component } from 'svelte';
import { writable } from 'svelte/store';
import Boolean, { submitBoolean, updateBoolean } from './boolean.svelte';
import Email, { submitEmail, updateEmail } from './email.svelte';
import Enum, { submitEnum, updateEnum } from './enum.svelte';
import Float, { submitFloat, updateFloat } from './float.svelte';
import BigInt, { submitBigInt, updateBigInt } from './bigint.svelte';
import Integer, { submitInteger, updateInteger } from './integer.svelte';
import Ip, { submitIp, updateIp } from './ip.svelte';
import String, { submitString, updateString } from './string.svelte';
import Varchar, { submitVarchar, updateVarchar } from './varchar.svelte';
import Text, { submitText, updateText } from './text.svelte';
import Mediumtext, { submitMediumtext, updateMediumtext } from './mediumtext.svelte';
import Longtext, { submitLongtext, updateLongtext } from './longtext.svelte';
import Url, { submitUrl, updateUrl } from './url.svelte';
import Datetime, { submitDatetime, updateDatetime } from './datetime.svelte';
import Point, { submitPoint, updatePoint } from './point.svelte';
import Line, { submitLine, updateLine } from './line.svelte';
import Polygon, { submitPolygon, updatePolygon } from './polygon.svelte';
import type { Columns } from '$database/store';
import type { Models } from '@appwrite.io/console';
import Relationship, { submitRelationship, updateRelationship } from './relationship.svelte';
import {
    IconCalendar,
    IconHashtag,
    IconLink,
    IconList,
    IconLocationMarker,
    IconMail,
    IconRelationship,
    IconText,
    IconToggle,
    IconPoint,
    IconLine,
    IconPolygon
} from '@appwrite.io/pink-icons-svelte';
import type { ComponentType } from 'svelte';

export type Option = {
    name:
        | 'Text'
        | 'Mediumtext'
        | 'Longtext'
        | 'Varchar'
        | 'BigInt'
        | 'Integer'
        | 'Float'
        | 'Boolean'
        | 'Datetime'
        | 'Email'
        | 'IP'
        | 'URL'
        | 'Enum'
        | 'Relationship'
        | 'Point'
        | 'Line'
        | 'Polygon'
        | 'String (deprecated)';
    sentenceName: string;
    component: Component;
    type:
        | 'string'
        | 'text'
        | 'mediumtext'
        | 'longtext'
        | 'varchar'
        | 'bigint'
        | 'integer'
        | 'double'
        | 'boolean'
        | 'datetime'
        | 'relationship'
        | 'point'
        | 'linestring'
        | 'polygon';
    create: (
        databaseId: string,
        tableId: string,
        key: string,
        data: Partial<Columns>
    ) => Promise<void>;
    update: (
        databaseId: string,
        tableId: string,
        data: Partial<Columns>,
        originalKey: string
    ) => Promise<void>;
    format?: 'email' | 'ip' | 'url' | 'enum';
    icon: ComponentType;
};

export const STRING_COLUMN_NAME = 'String (deprecated)';

export const columnOptions: Option[] = [
    {
        name: 'Text',
        sentenceName: 'text',
        component: Text,
        type: 'text',
        create: submitText,
        update: updateText,
        icon: IconText
    },
    {
        name: 'Mediumtext',
        sentenceName: 'mediumtext',
        component: Mediumtext,
        type: 'mediumtext',
        create: submitMediumtext,
        update: updateMediumtext,
        icon: IconText
    },
    {
        name: 'Longtext',
        sentenceName: 'longtext',
        component: Longtext,
        type: 'longtext',
        create: submitLongtext,
        update: updateLongtext,
        icon: IconText
    },
    {
        name: 'Varchar',
        sentenceName: 'varchar',
        component: Varchar,
        type: 'varchar',
        create: submitVarchar,
        update: updateVarchar,
        icon: IconText
    },
    {
        name: 'BigInt',
        sentenceName: 'bigint',
        component: BigInt,
        type: 'bigint',
        create: submitBigInt,
        update: updateBigInt,
        icon: IconHashtag
    },
    {
        name: 'Integer',
        sentenceName: 'integer',
        component: Integer,
        type: 'integer',
        create: submitInteger,
        update: updateInteger,
        icon: IconHashtag
    },
    {
        name: 'Float',
        sentenceName: 'float',
        component: Float,
        type: 'double',
        create: submitFloat,
        update: updateFloat,
        icon: IconHashtag
    },
    {
        name: 'Boolean',
        sentenceName: 'boolean',
        component: Boolean,
        type: 'boolean',
        create: submitBoolean,
        update: updateBoolean,
        icon: IconToggle
    },
    {
        name: 'Datetime',
        sentenceName: 'datetime',
        component: Datetime,
        type: 'datetime',
        create: submitDatetime,
        update: updateDatetime,
        icon: IconCalendar
    },
    {
        name: 'Point',
        sentenceName: 'point',
        component: Point,
        type: 'point',
        create: submitPoint,
        update: updatePoint,
        icon: IconPoint
    },
    {
        name: 'Line',
        sentenceName: 'linestring',
        component: Line,
        type: 'linestring',
        create: submitLine,
        update: updateLine,
        icon: IconLine
    },
    {
        name: 'Polygon',
        sentenceName: 'polygon',
        component: Polygon,
        type: 'polygon',
        create: submitPolygon,
        update: updatePolygon,
        icon: IconPolygon
    },
    {
        name: 'Email',
        sentenceName: 'email',
        component: Email,
        type: 'string',
        format: 'email',
        create: submitEmail,
        update: updateEmail,
        icon: IconMail
    },
    {
        name: 'IP',
        sentenceName: 'IP',
        component: Ip,
        type: 'string',
        format: 'ip',
        create: submitIp,
        update: updateIp,
        icon: IconLocationMarker
    },
    {
        name: 'URL',
        sentenceName: 'URL',
        component: Url,
        type: 'string',
        format: 'url',
        create: submitUrl,
        update: updateUrl,
        icon: IconLink
    },
    {
        name: 'Enum',
        sentenceName: 'enum',
        component: Enum,
        type: 'string',
        format: 'enum',
        create: submitEnum,
        update: updateEnum,
        icon: IconList
    },
    {
        name: 'Relationship',
        sentenceName: 'relationship',
        component: Relationship,
        type: 'relationship',
        create: submitRelationship,
        update: updateRelationship,
        icon: IconRelationship
    },
    {
        name: STRING_COLUMN_NAME,
        sentenceName: 'string',
        component: String,
        type: 'string',
        create: submitString,
        update: updateString,
        icon: IconText
    }
];

export const option = writable<Option>();

export function getSupportedColumns(consoleVariables: Models.ConsoleVariables): Option[] {
    const spatialTypes: Set<Option['type']> = new Set(['point', 'linestring', 'polygon']);
    return columnOptions.filter((col) => {
        if (col.type === 'relationship' && !consoleVariables?.supportForRelationships) return false;
        if (spatialTypes.has(col.type) && !consoleVariables?.supportForSpatials) return false;
        return true;
    });
}
