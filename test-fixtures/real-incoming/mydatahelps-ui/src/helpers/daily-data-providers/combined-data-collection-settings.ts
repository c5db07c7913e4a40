import MyDataHelps, { DataCollectionSettings, SupportedDeviceDataV2DataType } from "@careevolution/mydatahelps-js";

export interface CombinedDataCollectionSettings {
    settings: DataCollectionSettings;
    deviceDataV2Types: SupportedDeviceDataV2DataType[];
}

export async function getCombinedDataCollectionSettings(useV2: boolean = false): Promise<CombinedDataCollectionSettings> {
    const [settings, deviceDataV2Types] = await Promise.all([
        MyDataHelps.getDataCollectionSettings(),
        useV2 ? MyDataHelps.getDeviceDataV2AllDataTypes(true) : Promise.resolve([])
    ]);
    return { settings, deviceDataV2Types };
}