"""English vocabulary and sentence templates for the synthetic news corpus (written for this benchmark).

Same slots as bench/_lang_ar.py.
"""

from __future__ import annotations

# counted nouns: key -> (singular, plural)
NOUNS = {
    "person": ("person", "people"), "member": ("militant", "militants"), "attack": ("attack", "attacks"),
    "operation": ("operation", "operations"), "civilian": ("civilian", "civilians"),
    "soldier": ("soldier", "soldiers"), "child": ("child", "children"), "house": ("house", "houses"),
    "school": ("school", "schools"), "truck": ("truck", "trucks"), "ton": ("tonne", "tonnes"),
    "family": ("family", "families"), "refugee": ("refugee", "refugees"), "patient": ("patient", "patients"),
    "job": ("job", "jobs"), "student": ("student", "students"), "village": ("village", "villages"),
    "detainee": ("suspect", "suspects"), "fighter": ("fighter", "fighters"), "drone": ("drone", "drones"),
    "barrel": ("barrel", "barrels"), "project": ("project", "projects"), "country": ("country", "countries"),
}
SCALES = {3: "thousand", 6: "million", 9: "billion"}
CURRENCIES = (("$", "prefix"), ("US$", "prefix"), ("dollars", "suffix"), ("euros", "suffix"),
              ("€", "prefix"), ("£", "prefix"), ("Iraqi dinars", "suffix"), ("IQD", "prefix"),
              ("Saudi riyals", "suffix"), ("Egyptian pounds", "suffix"), ("USD", "prefix"))
PERCENT_FORMS = ("{n}%", "{n}%", "{n} percent", "{n} per cent")
QUALIFIERS = ("more than", "over", "about", "around", "nearly", "almost", "roughly", "fewer than",
              "less than", "at least", "up to", "some", "an estimated")
RANGE_FORMS = ("between {a} and {b}", "from {a} to {b}", "{a}-{b}", "{a} to {b}")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
YEAR_FORMS = ("in {y}", "during {y}", "since {y}", "for {y}")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
DURATION_UNITS = (("day", "days"), ("week", "weeks"), ("month", "months"), ("year", "years"),
                  ("hour", "hours"))
DURATION_FORMS = ("within {d}", "over the past {d}", "for {d}", "in the last {d}", "{d} ago")

PLACES = ("Iraq", "Syria", "Yemen", "Lebanon", "Jordan", "Egypt", "Libya", "Sudan", "Somalia", "Tunisia",
          "Morocco", "Algeria", "Kuwait", "Qatar", "Saudi Arabia", "Oman")
CITIES = ("Baghdad", "Mosul", "Basra", "Erbil", "Damascus", "Aleppo", "Raqqa", "Sanaa", "Aden", "Beirut",
          "Tripoli", "Amman", "Cairo", "Alexandria", "Khartoum", "Mogadishu", "Rabat", "Doha")
ORGS = ("the Defence Ministry", "the Interior Ministry", "the Health Ministry", "the central bank",
        "the United Nations", "the World Health Organization", "the World Food Programme",
        "the UN refugee agency",
        "the coalition", "U.S. Central Command", "the Red Crescent", "the International Monetary Fund",
        "the World Bank", "the statistics office", "the cabinet", "a local monitoring group")
SPEAKERS = (("a ministry spokesman", "m"), ("a senior official", "m"), ("local sources", "f"),
            ("security sources", "f"), ("the prime minister", "m"), ("the foreign minister", "m"),
            ("the governor", "m"), ("an aid official", "f"), ("witnesses", "m"), ("an economist", "m"),
            ("the government", "f"), ("a military commander", "m"), ("the hospital director", "m"))
SAY_VERBS = (("said", "said", "that"), ("confirmed", "confirmed", "that"), ("stressed", "stressed", "that"),
             ("noted", "noted", "that"), ("added", "added", "that"), ("announced", "announced", "that"))
OPENERS = ("", "", "", "Meanwhile, ", "Separately, ", "At the same time, ", "Earlier, ", "In a statement, ")
CLAUSES = (
    "the security situation in the region was gradually improving despite continuing challenges",
    "talks between the parties remained stalled",
    "efforts were under way to restore basic services to the damaged districts",
    "the government was preparing a comprehensive reconstruction plan",
    "cooperation with international partners was essential to overcome the crisis",
    "prices in local markets had risen sharply",
    "rescue teams were still searching for missing people under the rubble",
    "hospitals faced severe shortages of medicines and supplies",
    "the authorities had opened an investigation into the incident",
    "aid had begun to reach remote areas",
    "the elections would be held on schedule",
    "parliament would debate the bill at its next session",
    "border crossings had reopened to goods traffic",
    "initial findings pointed to a technical fault",
    "the tourism sector was recovering after years of stagnation",
)
TAILS = ("", "", "", ", according to an official statement", ", speaking to reporters",
         " at a news conference in {city}", ", without giving further details",
         ", according to informed sources")
STANDALONE = (
    "The region has seen rising tension between the rival parties for months.",
    "No group has claimed responsibility for the attack so far.",
    "The move comes amid a deep economic crisis.",
    "Rights groups accuse the authorities of failing to protect civilians.",
    "The decision has caused wide debate in political circles.",
    "Residents fear that fighting could resume at any moment.",
    "Infrastructure has suffered heavy damage after years of neglect.",
    "Roads leading to the city remain closed to traffic.",
    "Protesters are demanding better services and accountability.",
    "Medical sources said some of the wounded were in critical condition.",
    "Observers say the coming weeks will be decisive.",
    "Several countries welcomed the agreement as a positive step.",
    "The local economy depends heavily on oil revenue.",
    "Displaced families are waiting to return to their homes.",
    "The announcement follows an official visit to {city} earlier this week.",
)
NUMERIC = (
    "{org_cap} said it had carried out {count:operation} against the group in {place} since {date}.",
    "{count_cap:person} were killed and {count:person} wounded in the attack in {city}, {speaker} said.",
    "The raids killed {count:member} and led to the arrest of {count:detainee}, according to {org}.",
    "Exports were worth {money} in {month}, compared with {money} a year earlier.",
    "Inflation rose to {pct} in {month}, up from {pct} a year before.",
    "Donors pledged {money} to support relief efforts in {place}.",
    "{org_cap} recorded {count:attack} in {place} {dur}.",
    "{count_cap:family} fled their villages {dur} to escape the fighting.",
    "{org_cap} said {pct} of the population faced food insecurity.",
    "The government allocated {money} to rebuild {count:school} in {city}.",
    "The camps host {range:refugee}, according to estimates by {org}.",
    "The new budget amounts to {money} {year}, {org} said.",
    "Some {count:truck} carrying aid entered {place} through the border crossing.",
    "The local currency lost {pct} of its value {dur}.",
    "The team finished {ord} at the tournament in {city}.",
    "Losses were estimated at {money}.",
    "Oil output reached {count:barrel} a day in {month}.",
    "The {ord} round of talks was held in {city} on {date}.",
    "Unemployment fell to {pct} in the last quarter of {year_plain}.",
    "The company was founded {year} and now employs {count:person}.",
)
TITLES = ("{headline} in {place}", "{place}: {headline}", "{headline}")
HEADLINES = ("Fears grow of a humanitarian crisis", "Government unveils new plan",
             "Talks to shore up the truce", "Rising prices squeeze families",
             "New toll from security operations", "Donors pledge support",
             "Displaced families begin to return", "Warnings of drought", "Reconstruction gets under way")
SUBHEADINGS = ("Background", "Reactions", "The humanitarian situation", "The figures", "What next")
