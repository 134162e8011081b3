// Wording for the injected campaigns. Every summary names the shared entity or behaviour, so the
// link between reports from different ports is there for pattern detection to find.
import type { ReportTemplate } from "./reportTemplate";

export const exploitedCrewTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "{role} at {port} is said to be under pressure to help take bags off {vessel} when she berths.",
      details: [
        "{vessel} is said to be arriving from {origin} and the bags are to be moved to {area}.",
      ],
    },
    {
      summary:
        "Workers at {port} are reported to have been offered {cash} each to look away while holdalls are taken off {vessel}.",
      details: [
        "Men in {vehicle} are said to wait near {gate} whenever {vessel} is alongside.",
      ],
    },
    {
      summary:
        "{role} at {port} is alleged to have been threatened over a debt and told to move bags from {vessel} to a waiting car.",
      details: [
        "The worker is said to be frightened of what will happen if they refuse.",
      ],
    },
  ],
  sharedDetails: [
    "The worker has reportedly been told that people at other ports are doing the same for the same group.",
    "The bags are believed to contain {drug}.",
  ],
};

export const haulierTheftTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "Pallets of {goods} are reported to be going missing from trailers hauled by {haulier} while parked at {port}.",
      details: [
        "The trailers are said to stand in {area} for several hours before collection.",
      ],
    },
    {
      summary:
        "A driver for {haulier} is alleged to be dropping part-loads of {goods} at an unofficial yard after leaving {port}.",
      details: [
        "{vehicle} registered {reg} is said to meet the lorries in a lay-by nearby.",
      ],
    },
    {
      summary:
        "Seals on trailers belonging to {haulier} at {port} are said to have been replaced after loads were lightened.",
      details: [
        "Paperwork is allegedly altered at {gate} so the loads appear complete.",
      ],
    },
  ],
  sharedDetails: [
    "The losses are said to be noticed only when the loads reach the customer.",
    "The same thing is believed to be happening at other south coast ports.",
  ],
};

export const tailgatingTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "People are reported to be tailgating vehicles through {gate} at {port} to reach the restricted quay.",
      details: ["The people involved are believed to have gone on to {area}."],
    },
    {
      summary:
        "Tailgating through {gate} at {port} is said to be happening at most shift changes.",
      details: ["The tailgating is said to happen most often around {time}."],
    },
    {
      summary:
        "A person without a visible pass is reported to have tailgated a lorry through {gate} at {port}.",
      details: [
        "The person is said to have walked towards {area} and not come back.",
      ],
    },
  ],
  sharedDetails: [
    "The barrier is said to stay up long enough for a second vehicle or person to follow.",
    "Staff at the gate are said not to challenge people once the barrier is busy.",
  ],
};

export const droneReconnaissanceTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "A drone is reported to have been flown over {area} at {port} at around {time}.",
      details: [
        "The drone is said to have flown a slow, systematic pattern, as if filming.",
      ],
    },
    {
      summary:
        "A small drone is said to have hovered over the storage tanks at {port} before flying off inland.",
      details: [
        "{vehicle} is said to have been parked on a nearby lay-by at the time.",
      ],
    },
    {
      summary:
        "A drone is said to have circled the jetty at {port} several times at around {time}.",
      details: [
        "The flight is believed to have lasted around fifteen minutes.",
      ],
    },
  ],
  sharedDetails: [
    "No one is known to have been seen operating it.",
    "Similar flights are said to have been seen elsewhere on the Forth the same week.",
  ],
};
