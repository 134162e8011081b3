// Insider threat, by the three insider types of the PortSafe material: deliberate insiders,
// volunteers who offer themselves (self-initiated), and workers recruited or coerced (exploited).
import type { InsiderType } from "../../src/domain";
import type { ReportTemplate } from "./reportTemplate";

export const insiderTemplates: Record<InsiderType, ReportTemplate> = {
  exploited: {
    scenarios: [
      {
        summary:
          "{role} at {port} is said to be under pressure from a drugs gang to move bags out of {area} when {vessel} is alongside.",
        details: [
          "The bags are said to be moved to {vehicle} waiting near {gate}.",
          "{vessel} is understood to arrive from {origin} roughly every fortnight.",
        ],
      },
      {
        summary:
          "{role} at {port} is reported to owe money to a local dealer and to have been told to clear the debt by passing on shift patterns.",
        details: [
          "It is alleged that threats were made against the worker's family after a debt of around {cash} built up.",
          "Information suggests the worker has been asked to photograph the duty rota.",
        ],
      },
      {
        summary:
          "A worker in {area} at {port} is believed to have been approached outside {gate} and offered {cash} a time to look the other way.",
        details: [
          "The first approach is believed to have come through a social media message offering quick cash for small favours at the port.",
          "The men who made the approach are said to have left in {vehicle}, registration {reg}.",
        ],
      },
      {
        summary:
          "Concern that {role} at {port} is being coerced into moving containers out of the stack before they can be examined.",
        details: [
          "A seal on {container} is alleged to have been replaced after the box was moved to {area}.",
          "The moves are said to coincide with arrivals from {origin}.",
        ],
      },
    ],
    sharedDetails: [
      "The worker has reportedly appeared frightened and has been swapping onto night shifts.",
      "Payments are said to be made in cash at the end of shifts.",
      "The worker is said to have been seen meeting two men in the car park near {gate}.",
    ],
  },
  deliberate: {
    scenarios: [
      {
        summary:
          "{role} at {port} is alleged to be selling access to the terminal operating system to an organised crime group.",
        details: [
          "The employee is said to have logged into the booking system on rest days and from outside the terminal.",
          "Release details for {container} are believed to have been passed on before the box was collected.",
        ],
      },
      {
        summary:
          "An employee of {company} at {port} is said to be deliberately releasing containers flagged for examination.",
        details: [
          "Boxes from {origin} are said to be of particular interest.",
          "The released containers are said to be collected quickly by {haulier}.",
        ],
      },
      {
        summary:
          "{role} at {port} is believed to be stealing from cargo and passing details of high-value loads to others.",
        details: [
          "Loads of {goods} are said to be targeted.",
          "It is alleged that a camera covering {area} has been turned away from the loading bay.",
        ],
      },
      {
        summary:
          "A member of staff at {port} is alleged to be issuing duplicate release PINs for containers and selling them.",
        details: [
          "The PINs are said to sell for around {cash} each.",
          "Collections are said to take place around {time}, when supervision is light.",
        ],
      },
    ],
    sharedDetails: [
      "The employee is alleged to be living well beyond their salary and to have bought {vehicle} for cash.",
      "Information suggests the activity has gone on for several months and that others on the same team may be involved.",
    ],
  },
  self_initiated: {
    scenarios: [
      {
        summary:
          "{role} at {port} is said to have offered to help a known criminal network bring goods through the port.",
        details: [
          "It is believed the worker sought out the contacts themselves after getting into financial difficulty.",
          "The offer reportedly included advance notice of Border Force activity on the {day} shift.",
        ],
      },
      {
        summary:
          "A worker at {port} is alleged to be boasting that they can get anything out of {area} for the right price.",
        details: [
          "The offer is said to have been made in a pub near the port.",
          "The worker is alleged to have shown others a list of container numbers due from {origin}.",
        ],
      },
      {
        summary:
          "A contractor working for {company} at {port} is believed to have offered drivers a way round checks for payment.",
        details: [
          "The asking price is said to be {cash} per load.",
          "Drivers for {haulier} are said to have been approached.",
        ],
      },
    ],
    sharedDetails: [
      "No payment is known to have changed hands yet.",
      "The worker's pass is said to give access to {area} and to the quay.",
      "The worker is said to drive {vehicle}, registration {reg}.",
    ],
  },
};
