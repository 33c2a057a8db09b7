import { describe, expect, it } from "vitest";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import {
  REQUIREMENT_TRANSITIONS,
  assertTransition,
  canTransition,
  type RequirementAction,
} from "./state-machine";

// The workflow of DESIGN.md, written out independently of the implementation's table.
const LEGAL: [RequirementStatus, RequirementAction, RequirementStatus][] = [
  ["DRAFT", "submit", "PENDING_REVIEW"],
  ["PENDING_REVIEW", "approve", "PUBLISHED"],
  ["PENDING_REVIEW", "requestChanges", "DRAFT"],
  ["PENDING_REVIEW", "reject", "REJECTED"],
  ["PUBLISHED", "takeDown", "REMOVED"],
  ["EVALUATING", "takeDown", "REMOVED"],
  ["PUBLISHED", "close", "EVALUATING"],
  ["EVALUATING", "award", "AWARDED"],
  ["EVALUATING", "noAward", "UNSUCCESSFUL"],
  ["AWARDED", "sign", "CONTRACTED"],
  ["CONTRACTED", "complete", "COMPLETED"],
  ["DRAFT", "cancel", "CANCELLED"],
  ["PENDING_REVIEW", "cancel", "CANCELLED"],
  ["PUBLISHED", "cancel", "CANCELLED"],
  ["EVALUATING", "cancel", "CANCELLED"],
];

const STATUSES = Object.values(RequirementStatus);
const REQUIREMENT_ACTIONS = Object.keys(REQUIREMENT_TRANSITIONS) as RequirementAction[];
const legalTarget = (status: RequirementStatus, action: RequirementAction) =>
  LEGAL.find(([from, a]) => from === status && a === action)?.[2];

const pairs = STATUSES.flatMap((status) =>
  REQUIREMENT_ACTIONS.map((action) => [status, action] as const),
);

describe("the requirement state machine", () => {
  it("knows every action of the workflow", () => {
    expect([...REQUIREMENT_ACTIONS].sort()).toEqual(
      [...new Set(LEGAL.map(([, action]) => action))].sort(),
    );
    expect(pairs).toHaveLength(STATUSES.length * REQUIREMENT_ACTIONS.length);
  });

  it.each(pairs.filter(([status, action]) => legalTarget(status, action)))(
    "allows %s --%s-->",
    (status, action) => {
      expect(assertTransition(status, action)).toBe(legalTarget(status, action));
    },
  );

  it.each(pairs.filter(([status, action]) => !legalTarget(status, action)))(
    "refuses %s --%s-->",
    (status, action) => {
      expect(() => assertTransition(status, action)).toThrow(
        expect.objectContaining({
          code: "INVALID_TRANSITION",
          message: "invalidTransition",
          params: { from: status, action },
        }),
      );
    },
  );

  it("lets nothing leave a final state", () => {
    for (const status of ["COMPLETED", "REJECTED", "REMOVED", "UNSUCCESSFUL", "CANCELLED"] as const)
      expect(REQUIREMENT_ACTIONS.filter((action) => canTransition(status, action))).toEqual([]);
  });

  it("says who may trigger each action", () => {
    const by = Object.fromEntries(
      REQUIREMENT_ACTIONS.map((action) => [action, REQUIREMENT_TRANSITIONS[action].by]),
    );
    expect(by).toEqual({
      submit: "member",
      approve: "admin",
      requestChanges: "admin",
      reject: "admin",
      takeDown: "admin",
      close: "system",
      award: "member",
      noAward: "member",
      sign: "member",
      complete: "member",
      cancel: "owner",
    });
  });
});
