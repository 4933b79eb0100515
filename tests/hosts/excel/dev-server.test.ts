/**
 * The dev server's HTTPS setup (build-config/webpack.addin.js) without touching the machine's trust store:
 * office-addin-dev-certs' getHttpsServerOptions is replaced by one that reads a certificate generated here into
 * a temporary folder (with the package's own generator), and the server is asked for a page over TLS.
 */
import * as fs from "fs";
import * as https from "https";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";

const certs = { getHttpsServerOptions: jest.fn() };
jest.mock("office-addin-dev-certs", () => certs);

const addinConfig = require("../../../build-config/webpack.addin.js");
type ServerFactory = (options: object, app: (req: unknown, res: { end(body: string): void }) => void) => Promise<https.Server>;

const serveConfig = () => addinConfig({ addin: true, WEBPACK_SERVE: true }, { mode: "development" });

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "wpc-certs-"));
  const { generateCertificates } = jest.requireActual("office-addin-dev-certs");
  const quiet = jest.spyOn(console, "log").mockImplementation(() => undefined);
  await generateCertificates(path.join(dir, "ca.crt"), path.join(dir, "localhost.crt"), path.join(dir, "localhost.key"), 1);
  quiet.mockRestore();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("`webpack serve` listens on port 3000 with an HTTPS server from the Office development certificate", async () => {
  const read = (f: string) => fs.readFileSync(path.join(dir, f));
  certs.getHttpsServerOptions.mockResolvedValue({ ca: read("ca.crt"), cert: read("localhost.crt"), key: read("localhost.key") });
  const config = serveConfig();
  expect(config.devServer.port).toBe(3000);
  const server = await (config.devServer.server as ServerFactory)({}, (_req, res) => res.end("served"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const port = (server.address() as AddressInfo).port;
    const body = await new Promise<string>((resolve, reject) => {
      https.get({ host: "127.0.0.1", servername: "localhost", port, path: "/taskpane.html", ca: read("ca.crt") }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve(text));
      }).on("error", reject);
    });
    expect(body).toBe("served"); // the certificate is trusted for localhost through the dev CA
  } finally {
    server.close();
  }
});

test("without a certificate the dev server stops with what to run", async () => {
  certs.getHttpsServerOptions.mockRejectedValue(new Error("Unable to install the CA certificate."));
  await expect((serveConfig().devServer.server as ServerFactory)({}, () => undefined)).rejects.toThrow(/npx office-addin-dev-certs install/);
});

test("builds never ask for certificates", () => {
  certs.getHttpsServerOptions.mockClear();
  const config = addinConfig({ addin: true }, { mode: "production" });
  expect(config.devServer).toBeUndefined();
  expect(certs.getHttpsServerOptions).not.toHaveBeenCalled();
});
