import { expect, test } from "./support/test";
import { signIn } from "./support/session";
import { CSG_TITLE } from "./support/pages";
import { fillNewRequirement, saveDraft } from "./support/requirement-editor";

// Nothing lost: a second save over someone else's is refused with who and when, keeping the
// input; leaving with unsaved changes asks first.

test("two people edit one draft: the later save is refused, and leaving unsaved asks first", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "csg@zhipei.demo");
  await page.goto("/dashboard/requirements/new");
  await fillNewRequirement(page, `并发编辑测试 ${Date.now()}`);
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/edit/);

  const other = await page.context().newPage();
  await other.goto(page.url().replace(/\?.*$/, ""));
  await page.getByLabel("需求概述").fill("先保存的人写下的概述。");
  await saveDraft(page);

  await other.getByLabel("需求名称").fill("后保存的人的标题");
  await other.getByRole("button", { name: "保存草稿" }).click();
  await expect(other.locator("form [role=alert]")).toContainText("修改了该需求");
  await expect(other.getByLabel("需求名称")).toHaveValue("后保存的人的标题");

  let asked = "";
  other.on("dialog", async (dialog) => {
    asked = dialog.message();
    await dialog.dismiss();
  });
  await other.getByRole("link", { name: /返回工作台/ }).click();
  await expect.poll(() => asked).toContain("未保存的更改");
  await expect(other).toHaveURL(/\/edit$/);
  await expect(other.getByLabel("需求名称")).toHaveValue("后保存的人的标题");
});

test("while drafting, 相似需求 shows other enterprises' requirements like it, with their state", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "zj-grid@zhipei.demo");
  await page.goto("/dashboard/requirements/new");
  const similar = page.getByRole("region", { name: "相似需求" });
  await expect(similar).toContainText("暂时没有相似的需求");
  await page.getByLabel("需求名称").fill("电能量数据创新应用与计量装置故障预警");
  const csg = similar.getByRole("listitem").filter({ hasText: CSG_TITLE });
  await expect(csg).toContainText("征集中", { timeout: 15_000 });
  await expect(csg).toContainText("发布方：");
  await page.getByLabel("需求名称").fill("医院门诊语音导诊");
  await expect(similar.getByRole("link", { name: CSG_TITLE })).toHaveCount(0, { timeout: 15_000 });
});
