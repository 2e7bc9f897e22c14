import { RESOURCES, RESOURCE_NAMES, type ResourceName } from "../engine/resources.ts";
import { startOfUtcDay, type Dataset } from "./generate-dataset.ts";
import { TableBuilder } from "./table.ts";

/**
 * A dataset from hand-written rows in the API's shape (dates as ISO text, Date or epoch ms; missing fields
 * become null, or 0 for numbers), for tests whose expectations should be obvious. Missing resources are empty.
 */
export function datasetFromRows(
  rowsByResource: Partial<Record<ResourceName, Iterable<Readonly<Record<string, unknown>>>>>,
  today: Date = new Date(),
): Dataset {
  const tables = Object.fromEntries(
    RESOURCE_NAMES.map((resource) => {
      const builder = new TableBuilder(RESOURCES[resource]);
      for (const row of rowsByResource[resource] ?? []) builder.append(row);
      return [resource, builder.finish()];
    }),
  ) as Dataset["tables"];
  return { today: startOfUtcDay(today), tables };
}
