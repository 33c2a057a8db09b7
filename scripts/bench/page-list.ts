import type pg from "pg";

/** A page `npm run bench:pages` measures, and who asks for it. */
export interface Page {
  name: string;
  path: string;
  as?: "enterprise" | "vendor";
}

/** The pages that matter, on the bench data (the requirement page is the newest public one). */
export async function pagesToMeasure(pool: pg.Pool): Promise<Page[]> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM "Requirement" WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC'
     ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  return [
    { name: "/ (search, 20 cards)", path: "/" },
    { name: "/?q=电网 (zh word)", path: `/?q=${encodeURIComponent("电网")}` },
    { name: "/?q=LLM (en word)", path: "/?q=LLM" },
    { name: "/?q=电网 LLM (mixed)", path: `/?q=${encodeURIComponent("电网 LLM")}` },
    { name: "/?q=电 (one character)", path: `/?q=${encodeURIComponent("电")}` },
    { name: "/?industry=power-grid", path: "/?industry=power-grid" },
    { name: "/vendors", path: "/vendors" },
    { name: "/requirements/<id>", path: `/requirements/${rows[0]!.id}` },
    { name: "/dashboard (enterprise)", path: "/dashboard", as: "enterprise" },
    { name: "/workspace (vendor)", path: "/workspace", as: "vendor" },
    {
      name: "/api/v1/requirements?q=计量",
      path: `/api/v1/requirements?q=${encodeURIComponent("计量")}`,
    },
  ];
}
