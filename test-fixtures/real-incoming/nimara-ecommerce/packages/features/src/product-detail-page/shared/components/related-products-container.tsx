import { type Region } from "@nimara/foundation/regions/types";
import type { ServiceRegistry } from "@nimara/infrastructure/types";

import { RelatedProducts } from "./related-products";

type Props = {
  productPath: (slug: string) => string;
  region: Region;
  services: ServiceRegistry;
  slug: string;
};

export const RelatedProductsContainer = async ({
  slug,
  services,
  region,
  productPath,
}: Props) => {
  const storeService = await services.getStoreService();
  const result = await storeService.getProductRelatedProducts({
    productSlug: slug,
    channel: region.market.channel,
    languageCode: region.language.code,
    countryCode: region.market.countryCode,
    options: {
      next: {
        tags: [`PRODUCT:${slug}`, "DETAIL-PAGE:PRODUCT"],
        revalidate: services.config.cacheTTL.pdp,
      },
    },
  });

  if (!result?.data?.products?.length) {
    return null;
  }

  // Compute paths on the server side to avoid passing functions to Client Components
  const productPaths = result.data.products.reduce(
    (acc, product) => {
      return { ...acc, [product.slug]: productPath(product.slug) };
    },
    {} as Record<string, string>,
  );

  return (
    <RelatedProducts
      products={result.data.products}
      productPaths={productPaths}
    />
  );
};
