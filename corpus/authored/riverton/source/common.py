"""Riverton house boilerplate shared by all plans."""
from lib import p, sh, part, NEW_HEADINGS, OLD_HEADINGS, OLD_MAPPING

def cover(name, dob, address, plan_date_text, status, ref, caseworker, extra=None):
    c = [("Name of child", "Child name", name),
         ("Date of birth", "Date of birth", dob),
         ("Home address", "Address", address),
         ("Riverton reference", "Reference", ref),
         ("Date of this plan", "Plan date", plan_date_text),
         ("Plan status", "Status", status),
         ("SEND caseworker", "Caseworker", caseworker)]
    if extra:
        c.extend(extra)
    return c

def intro(template, name, first, status, old_wording=False):
    b = [sh("About this plan"),
         p(f"This Education, Health and Care (EHC) plan has been written by Riverton Metropolitan Borough "
           f"Council's SEND Assessment and Review Service following an EHC needs assessment for {name}. "
           f"It brings together the information and advice given by {first}'s family and by the education, "
           f"health and social care professionals who know {first}, and it sets out what will be provided to help "
           f"{first} achieve the outcomes agreed with the family."),
         p("Where this plan uses the first person (\"I\", \"me\", \"my\"), the words have been written with the "
           "family to reflect what is known about the child's own views and experiences. Where advice is quoted, the "
           "author and date of the advice are given in Part 12."),
         ]
    if template == "old":
        b.append(p(OLD_MAPPING))
    else:
        b.append(p("Each part of this plan is marked with the section of the plan required by the SEND Regulations "
                   "2014 (Sections A to K)."))
    if status == "draft":
        b.append(p("This is a draft plan. The family has 15 days from the date it is sent to comment on the draft, to "
                   "ask for a meeting with the caseworker and to tell us which setting or school they would like to be "
                   "named. The name and type of setting or school is not included in a draft plan."))
    b.append(p("Abbreviations used in this plan are written out in full the first time they appear."))
    return b

def heading(template, key, status="content", override=None):
    h = override or (NEW_HEADINGS if template == "new" else OLD_HEADINGS)[key]
    return part(key, status, h)

def ending(first, caseworker, date_text, manager=None):
    b = [sh("Reviewing this plan"),
         p(f"This plan will be reviewed at least once every 12 months at an annual review meeting. Because {first} is "
           "under five, Riverton asks settings to hold a review every three to six months, and the setting, the family "
           "or any professional may ask for an early review if needs change." if manager == "under5" else
           f"This plan will be reviewed at least once every 12 months at an annual review meeting arranged by {first}'s "
           "setting or school. The family or any professional working with the child may ask for an early review if "
           "needs change."),
         sh("If you disagree with this plan"),
         p("If you disagree with anything in this plan, please speak to your SEND caseworker first. You can also "
           "contact Riverton SEND Information, Advice and Support Service (SENDIASS), which is free, impartial and "
           "confidential, and you can ask for disagreement resolution or mediation. You may have the right to appeal to "
           "the First-tier Tribunal (Special Educational Needs and Disability) about Sections B, F and I, and the "
           "Tribunal can make non-binding recommendations about health and social care sections."),
         sh("Sign-off"),
         p(f"Signed on behalf of Riverton Metropolitan Borough Council: {caseworker}, SEND Caseworker"),
         p(f"Date: {date_text}")]
    return b
