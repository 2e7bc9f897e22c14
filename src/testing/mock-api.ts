import { http, HttpResponse } from "msw";
import { generateDataset, type Dataset } from "../../mock/dataset/generate-dataset.ts";
import { QueryError } from "../../mock/engine/query-error.ts";
import { RESOURCE_NAMES } from "../../mock/engine/resources.ts";
import { runQuery } from "../../mock/engine/run-query.ts";
import { setupTestServer } from "./msw.ts";

export const TEST_BASE_URL = "http://localhost/pc";
const ROOT = `${TEST_BASE_URL}/partner/v1/analytics/`;

let shared: Dataset | undefined;
/** One demo dataset per test file (a fifth of the default size keeps generation fast), relative to today. */
export function testDataset(): Dataset {
  shared ??= generateDataset({ seed: 4242, scale: 0.2 });
  return shared;
}

/** The mock Partner Center engine behind MSW (listening for the test file, see msw.ts): component tests read the same answers the demo server gives. */
export function mockApiServer(dataset: () => Dataset = testDataset) {
  return setupTestServer(
    http.get(`${ROOT}*`, ({ request }) => {
      const url = new URL(request.url);
      const resource = RESOURCE_NAMES.find((r) => `${ROOT}${r}` === `${url.origin}${url.pathname}`);
      if (!resource)
        return HttpResponse.json(
          { code: "404", description: "unknown resource", data: [], source: "test" },
          { status: 404 },
        );
      try {
        return HttpResponse.json(runQuery(dataset(), resource, url.searchParams));
      } catch (error) {
        if (error instanceof QueryError) {
          return HttpResponse.json(
            { code: error.code, description: error.description, data: [], source: error.source },
            { status: error.status },
          );
        }
        throw error;
      }
    }),
  );
}
