import Replicate from "replicate";
import {
  IImageGenerator,
  YpAiGenerateImageTypes,
  YpImageGenerationOptions,
} from "./iImageGenerator.js";
import log from "../../../utils/loggerTs.js";
import imageModelConfig from "./imageModelConfig.cjs";

const { getAspectRatioForImageSize } = imageModelConfig;

interface PsFluxProSchema {
  prompt: string;
  seed?: number;
  steps?: number;
  guidance?: number;
  interval?: number;
  aspect_ratio?: string;
  safety_tolerance?: number;
}

export class FluxImageGenerator implements IImageGenerator {
  private replicate: Replicate;
  private maxRetryCount = 3;

  constructor(private replicateApiKey: string, private fluxProModelName: string) {
    this.replicate = new Replicate({ auth: replicateApiKey });
  }

  async generateImageUrl(
    prompt: string,
    type: YpAiGenerateImageTypes = "logo",
    options?: YpImageGenerationOptions
  ): Promise<string | undefined> {
    let retryCount = 0;
    let retrying = true;
    let result: any;

    // Configure the input to replicate’s model
    const input: PsFluxProSchema = { prompt };

    // Assign aspect ratio depending on type
    if (options?.imageSize) {
      input.aspect_ratio = getAspectRatioForImageSize(options.imageSize);
    } else if (type === "logo") {
      input.aspect_ratio = "16:9";
    } else if (type === "icon") {
      input.aspect_ratio = "1:1";
    } else {
      input.aspect_ratio = "16:9";
    }

    while (retrying && retryCount < this.maxRetryCount) {
      try {
        const modelName = options?.imageModel || this.fluxProModelName;
        result = await this.replicate.run(modelName as `${string}/${string}`, {
          input,
        });

        if (result) {
          retrying = false;
          return result; // typically a single URL
        }
      } catch (error: any) {
        log.warn("Error generating image with Flux, retrying...");
        log.warn(error.stack);
        retryCount++;
        const sleepingFor = 5000 + retryCount * 10000;
        log.debug(`Sleeping for ${sleepingFor} milliseconds`);
        await new Promise((resolve) => setTimeout(resolve, sleepingFor));
      }
    }

    if (!result) {
      log.error(`Error generating image after ${retryCount} retries`);
    }

    return undefined;
  }
}
