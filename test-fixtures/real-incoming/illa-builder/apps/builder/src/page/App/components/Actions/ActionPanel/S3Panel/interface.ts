import { S3ActionTypeContent } from "@illa-public/public-types"

export interface S3ActionPartProps {
  commandArgs: S3ActionTypeContent
}
