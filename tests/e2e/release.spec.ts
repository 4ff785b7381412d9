import { expect, test } from "@playwright/test";

// What a browser gets from the release: hashed assets compressed and kept for a
// year, the page itself fetched anew every time so a new release shows at once.
test("hashed assets are served compressed and immutable; index.html is never cached", async ({ request }) => {
  const page = await request.get("/", { headers: { "accept-encoding": "br, gzip" } });
  expect(page.status()).toBe(200);
  expect(page.headers()["cache-control"]).toBe("no-store");
  const html = await page.text();
  const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();

  // Playwright's client decodes the body, so the size sent is read from the headers.
  for (const encoding of ["br", "gzip"]) {
    const asset = await request.get(script!, { headers: { "accept-encoding": encoding } });
    expect(asset.status()).toBe(200);
    expect(asset.headers()["content-encoding"]).toBe(encoding);
    expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers()["vary"]?.toLowerCase()).toContain("accept-encoding");
  }
  const plain = await request.get(script!, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();

  // A client-side route gets the same never-cached page.
  const deepLink = await request.get("/cheatsheets/anything");
  expect(deepLink.headers()["cache-control"]).toBe("no-store");
  expect(await deepLink.text()).toBe(html);
});

test("the whole first load, compressed, is a fraction of its raw size", async ({ page }) => {
  const sizes = { sent: 0, raw: 0 };
  page.on("response", async (response) => {
    if (!response.url().includes("/assets/")) return;
    const sent = Number((await response.allHeaders())["content-length"] ?? 0);
    const body = await response.body().catch(() => Buffer.alloc(0));
    sizes.sent += sent;
    sizes.raw += body.length;
  });
  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(sizes.raw).toBeGreaterThan(0);
  expect(sizes.sent).toBeLessThan(sizes.raw / 2);
});
