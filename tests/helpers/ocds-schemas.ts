import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import releasePackageSchema from "@/lib/ocds/schema/release-package-schema.json";
import releaseSchema from "@/lib/ocds/schema/release-schema.json";

/** The official OCDS 1.1.5 release-package schema (with the release schema it refers to). */
export function releasePackageValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(releaseSchema);
  return ajv.compile(releasePackageSchema);
}
