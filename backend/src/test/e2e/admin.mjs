/**
 * Helpers for the officers' web admin (/admin) in a real browser, shared by
 * the admin tests (`admin.e2e.ts`) and the screenshots (`npm run
 * screenshots`): sign in through the login form, read the CSRF token the page
 * gives its forms, post a form as that browser, create an officer through the
 * administrator's page, and set up a dossier with a subscriber through the
 * integration and public APIs.
 *
 * Plain ESM JavaScript (typed through JSDoc), like harness.mjs.
 */
import { ConsoleWatch, HarnessError, INTEGRATION_KEY } from "../../../../zalo-miniapp/e2e/harness.mjs";

/** Password of the demo officers (backend OfficerBootstrap.demoOfficers). */
export const DEMO_PASSWORD = "MotCua@2026";
/** Demo accounts: the province's administrator and an officer of the commune Hàm Thuận Bắc. */
export const DEMO_OFFICERS = {
  administrator: { username: "quantri", fullName: "Nguyễn Thị Quản Trị" },
  officer: { username: "canbo.hamthuanbac", fullName: "Lê Văn Cán Bộ" },
};
/** Agencies of the demo (backend resources demo/binh-thuan-2019.sql): code and name as the admin shows it. */
export const COMMUNES = {
  hamThuanBac: { code: "000.12.00.H36", name: "UBND xã Hàm Thuận Bắc" },
  hamThuanNam: { code: "000.13.00.H36", name: "UBND xã Hàm Thuận Nam" },
};
/** The demo citizen behind the sandbox sign-in (and the chat simulator): sandbox messages are recorded for this id. */
export const SANDBOX_CITIZEN = "nguoi-dan-demo";

/** An office screen. */
export const DESKTOP = { width: 1366, height: 768 };
/** A tablet held both ways. */
export const TABLETS = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];

/**
 * @typedef {object} AdminSession
 * @property {import("playwright-core").BrowserContext} context
 * @property {import("playwright-core").Page} page
 * @property {ConsoleWatch} console
 */

/**
 * A fresh browser context (no cookie) for the admin, in Vietnamese and
 * Vietnam's time zone, with the console watched. A tablet viewport gets a
 * touch screen.
 * @param {import("playwright-core").Browser} browser
 * @param {{ width: number, height: number }} [viewport]
 * @returns {Promise<AdminSession>}
 */
export async function openAdminSession(browser, viewport = DESKTOP) {
  const touch = viewport.width < DESKTOP.width;
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    isMobile: touch,
    hasTouch: touch,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page, console: new ConsoleWatch(page) };
}

/**
 * Signs in through the real login form (POST /j_security_check). Does not
 * check the outcome: callers assert where the browser landed.
 * @param {import("playwright-core").Page} page
 * @param {string} baseUrl
 * @param {string} username
 * @param {string} [password]
 */
export async function submitLogin(page, baseUrl, username, password = DEMO_PASSWORD) {
  const response = await page.goto(`${baseUrl}/admin/login`);
  if (response?.status() !== 200) {
    throw new HarnessError(`GET /admin/login answered ${response?.status()}`);
  }
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== "/admin/login" || url.search !== ""),
    page.getByRole("button", { name: "Đăng nhập", exact: true }).click(),
  ]);
}

/**
 * Signs in and fails unless the dashboard opens with the officer's name in the header.
 * @param {import("playwright-core").Page} page
 * @param {string} baseUrl
 * @param {{ username: string, fullName: string }} officer
 * @param {string} [password]
 */
export async function logIn(page, baseUrl, officer, password = DEMO_PASSWORD) {
  await submitLogin(page, baseUrl, officer.username, password);
  if (new URL(page.url()).pathname !== "/admin") {
    throw new HarnessError(`${officer.username} could not sign in: the browser is at ${page.url()}`);
  }
  await page.getByRole("heading", { level: 1, name: "Tổng quan hồ sơ" }).waitFor();
  await page.locator("header .who", { hasText: officer.fullName }).waitFor();
}

/**
 * The CSRF token the current page puts in its forms (all forms of a page carry the same one).
 * @param {import("playwright-core").Page} page
 * @returns {Promise<string>}
 */
export async function csrfToken(page) {
  const token = await page.locator('form input[type="hidden"][name="csrf"]').first().inputValue();
  if (!/^[\w-]{20,}$/.test(token)) {
    throw new HarnessError(`The page ${page.url()} has no usable CSRF token in its forms: "${token}"`);
  }
  return token;
}

/**
 * Posts an application/x-www-form-urlencoded form with the browser's cookies,
 * as a browser would, without following the redirect.
 * @param {import("playwright-core").Page} page
 * @param {string} url
 * @param {Record<string, string>} fields
 */
export async function postForm(page, url, fields) {
  return page.request.post(url, {
    form: fields,
    maxRedirects: 0,
    headers: { Accept: "text/html,application/xhtml+xml" },
  });
}

/**
 * The administrator creates an officer through the "Thêm cán bộ" form of
 * /admin/officers, in a browser context of their own.
 * @param {import("playwright-core").Browser} browser
 * @param {string} baseUrl
 * @param {{ username: string, fullName: string, agencyName: string, password: string }} officer
 */
export async function createOfficer(browser, baseUrl, officer) {
  const session = await openAdminSession(browser);
  try {
    const { page } = session;
    await logIn(page, baseUrl, DEMO_OFFICERS.administrator);
    await page.getByRole("navigation").getByRole("link", { name: "Cán bộ", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Cán bộ" }).waitFor();
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Thêm cán bộ" }) });
    await form.getByLabel("Tên đăng nhập").fill(officer.username);
    await form.getByLabel("Họ tên").fill(officer.fullName);
    await form.getByLabel("Vai trò").selectOption({ label: "Cán bộ" });
    await form.getByLabel("Đơn vị").selectOption({ label: officer.agencyName });
    await form.getByLabel(/Mật khẩu ban đầu/).fill(officer.password);
    await form.getByRole("button", { name: "Thêm cán bộ" }).click();
    await page.getByRole("heading", { level: 1, name: `Mật khẩu của ${officer.username.toLowerCase()}` }).waitFor();
    session.console.assertClean();
  } finally {
    await session.context.close();
  }
}

// ---------------------------------------------------------------------------
// Dossiers set up through the APIs (what a one-stop system and a citizen do)

/** Numbers handed out in this process. */
const usedNumbers = new Set();

/**
 * A dossier code of the agency that no other test of this run uses: the
 * receipt date is today (Vietnam time) and the number 9xxx, so it never meets
 * the demo's dossiers.
 * @param {string} agencyCode
 */
export function freshDossierCode(agencyCode) {
  const today = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
    year: "2-digit",
    month: "2-digit",
    day: "2-digit",
  })
    .format(new Date())
    .replace(/-/g, "");
  let number;
  do {
    number = 9000 + Math.floor(Math.random() * 1000);
  } while (usedNumbers.has(number));
  usedNumbers.add(number);
  return `${agencyCode}-${today}-${number}`;
}

/**
 * The one-stop system sends a dossier being processed (status 4) through the integration API.
 * @param {string} baseUrl
 * @param {{ code: string, agencyCode: string, applicantName: string, phone: string }} dossier
 */
export async function sendDossier(baseUrl, dossier) {
  const received = new Date(Date.now() - 3 * 86_400_000);
  const due = new Date(Date.now() + 12 * 86_400_000);
  const record = {
    code: dossier.code,
    procedureCode: "1.009994",
    agencyCode: dossier.agencyCode,
    status: 4,
    eventTime: new Date(Date.now() - 60_000).toISOString(),
    eventKey: `e2e-admin-${dossier.code}`,
    applicant: { name: dossier.applicantName, type: "citizen", phone: dossier.phone },
    receivedAt: received.toISOString(),
    dueAt: due.toISOString(),
    resultDelivery: "desk",
    channel: "desk",
    notificationConsent: true,
  };
  const response = await fetch(`${baseUrl}/api/integration/v1/dossiers`, {
    method: "POST",
    headers: { "X-Api-Key": INTEGRATION_KEY, "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(record),
  });
  const body = await response.text();
  if (response.status !== 200 || JSON.parse(body).applied !== 1) {
    throw new HarnessError(
      `POST /api/integration/v1/dossiers for ${dossier.code} answered ${response.status}: ${body}`,
    );
  }
}

/**
 * The sandbox's demo citizen signs in as the Mini App does and follows the dossier as its proven applicant.
 * @param {string} baseUrl
 * @param {string} code
 */
export async function followAsSandboxCitizen(baseUrl, code) {
  const session = await fetch(`${baseUrl}/api/public/v1/session/sandbox`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: "{}",
  });
  if (session.status !== 200) {
    throw new HarnessError(`POST /api/public/v1/session/sandbox answered ${session.status}: ${await session.text()}`);
  }
  const { sessionToken } = /** @type {{ sessionToken: string }} */ (await session.json());
  // The receipt's QR token proves the follower to be the applicant: only then do notifications carry the details.
  const link = await fetch(`${baseUrl}/api/integration/v1/dossiers/${encodeURIComponent(code)}/link`, {
    headers: { "X-Api-Key": INTEGRATION_KEY, Accept: "application/json" },
  });
  if (link.status !== 200) {
    throw new HarnessError(
      `GET /api/integration/v1/dossiers/${code}/link answered ${link.status}: ${await link.text()}`,
    );
  }
  const { token } = /** @type {{ token: string }} */ (await link.json());
  const follow = await fetch(
    `${baseUrl}/api/public/v1/me/subscriptions/${encodeURIComponent(code)}?t=${encodeURIComponent(token)}`,
    {
      method: "PUT",
      headers: { Authorization: `Bearer ${sessionToken}` },
    },
  );
  const answer = await follow.text();
  if (follow.status !== 200 || JSON.parse(answer).following !== true || JSON.parse(answer).applicantProven !== true) {
    throw new HarnessError(`PUT /api/public/v1/me/subscriptions/${code} answered ${follow.status}: ${answer}`);
  }
}

/**
 * @typedef {object} SandboxMessage
 * @property {number} id
 * @property {string} recipient
 * @property {string} channel
 * @property {string} text
 * @property {string} createdAt
 */

/**
 * What the OA would have sent, newest first (GET /api/sandbox/v1/messages).
 * @param {string} baseUrl
 * @param {string} [recipient]
 * @returns {Promise<SandboxMessage[]>}
 */
export async function sandboxMessages(baseUrl, recipient) {
  const query = recipient ? `?recipient=${encodeURIComponent(recipient)}&limit=200` : "?limit=200";
  const response = await fetch(`${baseUrl}/api/sandbox/v1/messages${query}`, {
    headers: { Accept: "application/json" },
  });
  if (response.status !== 200) {
    throw new HarnessError(`GET /api/sandbox/v1/messages answered ${response.status}: ${await response.text()}`);
  }
  return /** @type {SandboxMessage[]} */ (await response.json());
}
