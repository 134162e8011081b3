// Crime against the port itself and its people: hostile reconnaissance, theft, corruption,
// access-control breaches, modern slavery, and everything else.
import type { ReportTemplate } from "./reportTemplate";

export const hostileReconnaissanceTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "A person was reported filming the security fencing and camera positions at {port} from the public road near {gate}.",
      details: [
        "The person is described as a man in his thirties wearing a grey hooded top, who left in {vehicle}.",
        "Notes are said to have been made of the times of shift changes.",
        "The vehicle registration was given as {reg}.",
      ],
    },
    {
      summary:
        "A drone is reported to have been flown over {area} at {port} at around {time}.",
      details: [
        "The drone is said to have hovered over the cranes before leaving towards the town.",
        "No one is known to have been seen operating it.",
      ],
    },
    {
      summary:
        "Two people are said to have asked detailed questions about passenger screening at {port}.",
      details: [
        "The questions reportedly concerned how vehicles are screened and how long checks take.",
        "The pair are said to have left in {vehicle}.",
      ],
    },
    {
      summary:
        "Unusual interest is reported in the fuel and gas storage at {port}.",
      details: [
        "A vehicle, {vehicle}, is said to have parked facing the tanks for long periods.",
        "Photographs are said to have been taken of the tank farm from the shore path.",
      ],
    },
  ],
  sharedDetails: [
    "The activity lasted around twenty minutes and appeared methodical.",
    "Similar behaviour is believed to have been seen at the same spot last month.",
  ],
};

export const theftTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "Loads of {goods} are said to be going missing from trailers parked overnight in {area} at {port}.",
      details: [
        "The thefts are said to take place between {nightTime} and dawn, when the area is poorly lit.",
        "{vehicle} registered {reg} is said to have been seen in the area on several nights.",
      ],
    },
    {
      summary:
        "A driver working for {haulier} is alleged to be taking part-loads from {port} to an unofficial yard.",
      details: [
        "Paperwork is allegedly altered at {gate} so that the loads appear complete.",
        "A false booking reference is believed to have been used with {company}.",
      ],
    },
    {
      summary:
        "Curtain-sided trailers at {port} are reported to have been slashed and pallets of {goods} removed.",
      details: [
        "The losses are said to run to several thousand pounds' worth of {goods}.",
        "{vehicle} registered {reg} is said to have been seen in the area on several nights.",
      ],
    },
    {
      summary:
        "Fuel is believed to be siphoned from port plant at {port} and sold on.",
      details: [
        "The fuel is said to be taken from straddle carriers parked in {area}.",
        "Drums are said to be loaded into {vehicle} at around {nightTime}.",
      ],
    },
  ],
  sharedDetails: [
    "Stolen goods are believed to be sold on through online marketplaces.",
    "The thefts are believed to have gone on for some months.",
  ],
};

export const fraudTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "A manager with {company} at {port} is alleged to be taking cash to prioritise bookings for certain hauliers.",
      details: ["The hauliers involved are believed to include {haulier}."],
    },
    {
      summary:
        "False weighbridge tickets are said to be issued at {port} in return for payment.",
      details: [
        "Lorries for {haulier} are said to be among those waved through.",
      ],
    },
    {
      summary:
        "Port passes at {port} are alleged to be issued without proper vetting in return for cash.",
      details: [
        "Vetting checks on at least two pass holders are said to have been skipped.",
      ],
    },
    {
      summary:
        "A supplier to {port} is suspected of invoicing for security patrols that never took place.",
      details: [
        "Patrol logs for {area} are said to be filled in at the end of the week.",
      ],
    },
  ],
  sharedDetails: [
    "Payments of around {cash} are said to change hands in the staff car park.",
    "Records are said to be amended afterwards to hide the changes.",
    "The arrangement is alleged to have been running for over a year.",
  ],
};

export const securityBreachTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "People without passes are reported to be entering the restricted area at {port} by tailgating vehicles through {gate}.",
      details: [
        "Staff at the gate are said not to check passes when the barrier is busy.",
        "The tailgating is said to happen most often around {time}.",
      ],
    },
    {
      summary:
        "A section of perimeter fencing near {area} at {port} is reported to be damaged and used as a shortcut.",
      details: [
        "The camera covering the fence line is said not to have worked for several weeks.",
        "Footpaths are said to have worn through the grass on both sides of the gap.",
      ],
    },
    {
      summary:
        "Port passes at {port} are said to be lent between workers to get contractors through {gate}.",
      details: [
        "Contractors from {company} are said to be among those using borrowed passes.",
      ],
    },
    {
      summary:
        "A side gate at {port} is reported to be left unlocked overnight.",
      details: ["The gate is said to open onto {area}."],
    },
  ],
  sharedDetails: [
    "The problem is believed to have been raised before without action.",
    "Vehicles are allegedly let through without the driver's pass being checked.",
  ],
};

export const modernSlaveryTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "Crew on the fishing vessel {fishingVessel} at {port} are said to be working without pay and to have had their passports taken.",
      details: ["The crew are said not to be allowed ashore."],
    },
    {
      summary:
        "Car wash workers near {port} are reported to be living on site and driven to and from the port each day.",
      details: [
        "A minibus, {vehicle}, registration {reg}, reportedly collects them at {time}.",
      ],
    },
    {
      summary:
        "Agency workers at {port} are said to be housed in overcrowded accommodation and made to hand over their wages.",
      details: ["Their documents are believed to be held by a supervisor."],
    },
  ],
  sharedDetails: [
    "The workers are said to appear tired and underfed and to avoid speaking to others.",
    "Around {count} people are believed to be affected.",
  ],
};

export const otherTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "Fly-tipping of what looks like hazardous waste is reported near {gate} at {port}.",
      details: [
        "{vehicle}, registration {reg}, is said to have been involved.",
      ],
    },
    {
      summary:
        "A vessel at {berth} at {port} is suspected of discharging oily waste at night.",
      details: ["A sheen is said to be visible on the water by morning."],
    },
    {
      summary:
        "Anti-social behaviour and drug use are reported in the car park at {port}.",
      details: ["Groups are said to gather there after {nightTime}."],
    },
    {
      summary:
        "Undeclared catches are believed to be landed at {port} from {fishingVessel}.",
      details: ["The fish are said to be loaded straight into {vehicle}."],
    },
  ],
  sharedDetails: [
    "The activity is said to happen mainly at weekends.",
    "It is not known whether the port authority is aware.",
    "The information is said to be recent.",
  ],
};
