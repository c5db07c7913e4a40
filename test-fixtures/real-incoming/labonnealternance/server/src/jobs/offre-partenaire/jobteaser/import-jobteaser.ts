import { JOBPARTNERS_LABEL } from "shared/models/jobs-partners.model"
import rawJobteaserModel from "shared/models/raw-jobteaser.model"
import { Readable } from "stream"
import { createGunzip } from "zlib"
import config from "@/config"
import { importFromStreamInXml } from "@/jobs/offre-partenaire/import-from-stream-in-xml"
import { rawToComputedJobsPartners } from "@/jobs/offre-partenaire/raw-to-computed-jobs-partners"
import { jobteaserJobToJobsPartners, ZJobteaserJob } from "./jobteaser-mapper"

const rawCollectionName = rawJobteaserModel.collectionName
const offerXmlTag = "job"

type ListType = { last_modified: string; mode: number; name: string; size: number }
export const importJobteaserRaw = async (sourceStream?: NodeJS.ReadableStream) => {
  if (sourceStream) {
    return importFromStreamInXml({
      destinationCollection: rawCollectionName,
      offerXmlTag,
      stream: sourceStream,
      importName: JOBPARTNERS_LABEL.JOBTEASER,
      conflictingOpeningTagWithoutAttributes: true,
    })
  } else {
    // fetch token
    const tokenResponse = await fetch("https://partneraccess.jobteaser.com/api/v2/user/token", {
      method: "GET",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Basic ${btoa(`${config.jobteaserUserName}:${config.jobteaserPassword}`)}`,
      },
    })
    const token = ((await tokenResponse.json()) as { access_token: string; expires_at: string }).access_token

    // fetch list of files
    const listResponse = await fetch("https://partneraccess.jobteaser.com/api/v2/user/dirs", {
      method: "GET",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${token}`,
      },
    })
    const list: ListType[] = (await listResponse.json()) as ListType[]
    const latestFile = list.at(-1)?.name

    // fetch latest file
    const fileResponse = await fetch(`https://partneraccess.jobteaser.com/api/v2/user/files?path=${latestFile}`, {
      method: "GET",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${token}`,
      },
    })

    const nodeStream = Readable.fromWeb(fileResponse.body!)
    const gunzip = createGunzip()
    const fileSourceStream = nodeStream.pipe(gunzip)
    return importFromStreamInXml({
      destinationCollection: rawCollectionName,
      offerXmlTag,
      stream: fileSourceStream,
      importName: JOBPARTNERS_LABEL.JOBTEASER,
      conflictingOpeningTagWithoutAttributes: true,
    })
  }
}

export const importJobteaserToComputed = async () => {
  return rawToComputedJobsPartners({
    collectionSource: rawCollectionName,
    partnerLabel: JOBPARTNERS_LABEL.JOBTEASER,
    zodInput: ZJobteaserJob,
    mapper: jobteaserJobToJobsPartners,
    documentJobRoot: offerXmlTag,
  })
}
