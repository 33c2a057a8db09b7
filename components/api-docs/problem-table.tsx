import { getTranslations } from "next-intl/server";
import { PROBLEM_STATUS, problemType, type ProblemCode } from "@/lib/api/problem";
import { Table, cellClass } from "@/components/ui/table";
import { codeClass } from "./code-class";

/** Every problem code with its status; each row is the target of its problem type URI. */
export async function ProblemTable() {
  const [t, tApi] = await Promise.all([
    getTranslations("apiDocs.page"),
    getTranslations("api.titles"),
  ]);
  const codes = Object.keys(PROBLEM_STATUS) as ProblemCode[];
  return (
    <Table
      framed
      caption={t("errorsTitle")}
      columns={[t("colStatus"), t("colCode"), t("colMeaning")].map((label) => ({ label }))}
    >
      {codes.map((code) => (
        <tr
          key={code}
          id={problemType(code).split("#")[1]}
          className="scroll-mt-6 target:bg-amber-50"
        >
          <td className={cellClass}>{PROBLEM_STATUS[code]}</td>
          <td className={cellClass}>
            <code className={codeClass}>{code}</code>
          </td>
          <td className={cellClass}>{tApi(code)}</td>
        </tr>
      ))}
    </Table>
  );
}
