import { getTranslations } from "next-intl/server";
import { PROBLEM_STATUS, problemType, type ProblemCode } from "@/lib/api/problem";
import { codeClass, docCell, DocTable } from "./doc-table";

/** Every problem code with its status; each row is the target of its problem type URI. */
export async function ProblemTable() {
  const [t, tApi] = await Promise.all([
    getTranslations("apiDocs.page"),
    getTranslations("api.titles"),
  ]);
  const codes = Object.keys(PROBLEM_STATUS) as ProblemCode[];
  return (
    <DocTable caption={t("errorsTitle")} columns={[t("colStatus"), t("colCode"), t("colMeaning")]}>
      {codes.map((code) => (
        <tr
          key={code}
          id={problemType(code).split("#")[1]}
          className="scroll-mt-6 target:bg-amber-50"
        >
          <td className={docCell}>{PROBLEM_STATUS[code]}</td>
          <td className={docCell}>
            <code className={codeClass}>{code}</code>
          </td>
          <td className={docCell}>{tApi(code)}</td>
        </tr>
      ))}
    </DocTable>
  );
}
